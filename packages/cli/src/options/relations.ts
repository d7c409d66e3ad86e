// Cross-flag rules (required together, mutually exclusive, one config source), reported together.
import { envName } from './flags.js';
import type { ResolvedFlags } from './resolve.js';

const spell = (name: string): string => `--${name} ($${envName(name)})`;

export function flagRelationProblems(flags: ResolvedFlags, needsConfig: boolean): string[] {
  const problems: string[] = [];
  const has = (n: string): boolean => flags.string(n) !== undefined;

  const configFile = flags.string('scim-config');
  const aliasFile = flags.string('scim-config-file');
  if (configFile && aliasFile && configFile !== aliasFile) {
    problems.push(`${spell('scim-config')} and ${spell('scim-config-file')} name different files; give only one`);
  }
  const sources = ['service-provider', 'scim-config-value'].filter(has);
  if (configFile ?? aliasFile) sources.push('scim-config');
  if (needsConfig && sources.length === 0) {
    problems.push(`one of ${spell('service-provider')}, ${spell('scim-config')} or ${spell('scim-config-value')} is required`);
  }
  if (sources.length > 1) {
    problems.push(`${sources.map((s) => `--${s}`).join(', ')} are mutually exclusive; choose one config source`);
  }

  if (has('grant-entitlement') && has('revoke-grant')) {
    problems.push('--grant-entitlement and --revoke-grant are mutually exclusive');
  }
  const grantParts = ['grant-entitlement', 'grant-principal', 'grant-principal-type'];
  if (grantParts.some(has) && !grantParts.every(has)) {
    const missing = grantParts.filter((n) => !has(n)).map((n) => `--${n}`).join(', ');
    problems.push(`a one-shot grant needs --grant-entitlement, --grant-principal and --grant-principal-type together (missing ${missing})`);
  }
  // Writes to the service provider happen only when asked for twice: the action and -p.
  const action = ['grant-entitlement', 'revoke-grant'].filter(has);
  if (action.length > 0 && !flags.bool('provisioning')) {
    problems.push(`--${action[0]} changes access in the service provider; add -p/--provisioning ($${envName('provisioning')}=true) to allow it. Nothing was sent`);
  }
  if (has('client-id') !== has('client-secret')) {
    problems.push(`${spell('client-id')} and ${spell('client-secret')} must be given together`);
  }
  return problems;
}
