// Flags that were given but that the chosen config, auth method or mode will not use: each becomes a
// warning, so a typo or a wrong assumption does not pass silently.
import type { ScimConfig } from '@baton-scim/scim';
import type { ResolvedFlags } from '../options/resolve.js';
import { givenUnimplementedFlags } from '../options/runner-flags.js';

type CredentialFlag = 'token' | 'api-key' | 'username' | 'password' | 'scim-client-id' | 'scim-client-secret' | 'account-id';

const CREDENTIAL_FLAGS: readonly CredentialFlag[] = ['token', 'api-key', 'username', 'password', 'scim-client-id', 'scim-client-secret', 'account-id'];
const ACCOUNT_PLACEHOLDER = /\{account_?id\}|%7Baccount_?id%7D/i;

/** The credential flags `config` authenticates with, and how to name that method. */
function usedCredentials(config: ScimConfig, flags: ResolvedFlags): { used: Set<CredentialFlag>; method: string } {
  const obtain = config.auth.obtainToken;
  if (obtain) {
    const account = obtain.grantType === 'account_credentials';
    return {
      used: new Set<CredentialFlag>(['scim-client-id', 'scim-client-secret', ...(account ? ['account-id' as const] : [])]),
      method: `obtains a token with the ${obtain.grantType} grant`,
    };
  }
  switch (config.auth.authType) {
    case 'basic':
      return { used: new Set(['username', 'password']), method: 'uses basic authentication' };
    case 'apiKey':
      return { used: new Set([flags.string('api-key') ? 'api-key' : 'token']), method: 'sends an API key (--api-key)' };
    case 'oauth2':
      return { used: new Set([flags.string('token') ? 'token' : 'api-key']), method: 'sends a bearer token (--token)' };
  }
}

/**
 * `original` is the config as loaded, before a direct token replaced its token request; `hookProvisioning`
 * says the provider grants through its own membership hooks, which need no provisioning: section.
 */
export function ignoredFlagWarnings(flags: ResolvedFlags, original: ScimConfig, effective: ScimConfig, label: string, hookProvisioning = false): string[] {
  const { used, method } = usedCredentials(effective, flags);
  const urls = [original.apiEndpoint, original.auth.obtainToken?.url, flags.string('api-endpoint'), flags.string('auth-url')];
  if (urls.some((u) => u !== undefined && ACCOUNT_PLACEHOLDER.test(u))) used.add('account-id');
  const warnings = CREDENTIAL_FLAGS.filter((f) => flags.string(f) !== undefined && !used.has(f))
    .map((f) => `--${f} is ignored: ${label} ${method}, which does not use it`);
  if (flags.bool('provisioning') && !hookProvisioning && !hasProvisioning(effective)) {
    warnings.push(`-p/--provisioning has no effect: ${label} has no provisioning: section, so nothing can be granted or revoked (see \`baton-scim config --scim\` for its keys)`);
  }
  const serviceOnly = ['skip-full-sync', 'health-check', 'sync-resource-types'].filter((f) => flags.source(f) !== undefined && flags.source(f) !== 'default');
  if (serviceOnly.length > 0 && !flags.string('client-id')) {
    warnings.push(`${serviceOnly.map((f) => `--${f}`).join(', ')} ${serviceOnly.length > 1 ? 'are' : 'is'} ignored: ${serviceOnly.length > 1 ? 'they only apply' : 'it only applies'} in service mode (--client-id/--client-secret)`);
  }
  const unimplemented = givenUnimplementedFlags((name) => flags.source(name));
  if (unimplemented.length > 0) {
    warnings.push(`${unimplemented.join(', ')}: accepted for compatibility with Go connectors but not implemented by baton-scim; ignored`);
  }
  return warnings;
}

function hasProvisioning(config: ScimConfig): boolean {
  const p = config.provisioning;
  return !!(p.addUserToGroup ?? p.removeUserFromGroup ?? p.addUserRole ?? p.removeUserRole);
}
