// Applies --api-endpoint / --auth-url and fills `{account_id}`; refuses URLs that still hold a placeholder. A token
// scope may name `{api_origin}`, the origin of the API endpoint in use, so one config serves every cloud of a
// vendor (Microsoft Graph's national clouds each have their own host and scope).
import type { ScimConfig } from '@baton-scim/scim';
import type { ResolvedFlags } from '../options/resolve.js';

const PLACEHOLDER = /\{([A-Za-z_][\w-]*)\}|%7B([A-Za-z_][\w-]*)%7D/g;

function fill(url: string, accountId: string | undefined): string {
  return url.replace(PLACEHOLDER, (whole, a: string | undefined, b: string | undefined) => {
    const name = a ?? b ?? '';
    return (name === 'account_id' || name === 'accountId') && accountId ? encodeURIComponent(accountId) : whole;
  });
}

const API_ORIGIN = '{api_origin}';

/** The scope with `{api_origin}` replaced by the API endpoint's origin (left as is when that is no URL). */
function fillScope(scope: string, apiEndpoint: string): string {
  if (!scope.includes(API_ORIGIN)) return scope;
  let origin: string;
  try {
    origin = new URL(apiEndpoint).origin;
  } catch {
    return scope;
  }
  return scope.replaceAll(API_ORIGIN, origin);
}

function placeholders(url: string): string[] {
  return [...url.matchAll(PLACEHOLDER)].map((m) => m[1] ?? m[2] ?? '');
}

/** Returns the config with its URLs resolved, plus every problem (each naming the flag that fixes it). */
export function resolveEndpoints(config: ScimConfig, flags: ResolvedFlags, label: string): { config: ScimConfig; problems: string[] } {
  const accountId = flags.string('account-id');
  const problems: string[] = [];
  const apiEndpoint = fill(flags.string('api-endpoint') ?? config.apiEndpoint, accountId);
  if (flags.string('api-endpoint') !== undefined && /[?#]/.test(apiEndpoint)) {
    problems.push('--api-endpoint must not contain a query (?…) or fragment (#…): the connector adds paths and its own query parameters; remove it');
  }
  const left = placeholders(apiEndpoint);
  if (left.length > 0) {
    problems.push(`${label}: apiEndpoint ${apiEndpoint} needs your tenant's value for ${left.map((p) => `{${p}}`).join(', ')}: pass --api-endpoint (BATON_API_ENDPOINT) with the full SCIM base URL${left.includes('account_id') ? ', or --account-id' : ''}`);
  }
  let auth = config.auth;
  const obtain = config.auth.obtainToken;
  if (obtain) {
    const url = fill(flags.string('auth-url') ?? obtain.url, accountId);
    const missing = placeholders(url);
    if (missing.length > 0) {
      problems.push(`${label}: auth.authUrl ${url} needs your tenant's value for ${missing.map((p) => `{${p}}`).join(', ')}: pass --auth-url (BATON_AUTH_URL)${missing.includes('account_id') ? ' or --account-id' : ''}`);
    }
    const scope = obtain.scope === undefined ? undefined : fillScope(obtain.scope, apiEndpoint);
    auth = { ...config.auth, obtainToken: { ...obtain, url, ...(scope === undefined ? {} : { scope }) } };
  }
  return { config: { ...config, apiEndpoint, auth }, problems };
}
