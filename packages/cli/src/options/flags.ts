// The table of every root flag: its BATON_* variable, default, and whether its value is a secret.
import type { FlagSpec } from './flag-spec.js';
import { RUNNER_FLAGS, UNIMPLEMENTED_RUNNER_FLAGS } from './runner-flags.js';

export type { FlagKind, FlagSpec } from './flag-spec.js';

export function envName(flag: string): string {
  return 'BATON_' + flag.toUpperCase().replace(/-/g, '_');
}

const DIRECT_FLAGS: readonly FlagSpec[] = [
  { name: 'service-provider', kind: 'string', description: 'Built-in or installed provider id (e.g. slack, zoom, miro, postman)' },
  { name: 'scim-config', kind: 'string', description: 'Path to a custom YAML SCIM configuration file' },
  { name: 'scim-config-file', kind: 'string', description: 'Alias of --scim-config (Go connector spelling)', hidden: true },
  { name: 'scim-config-value', kind: 'string', description: 'The YAML SCIM configuration itself, inline' },
  { name: 'api-endpoint', kind: 'string', description: "SCIM base URL; overrides the config's apiEndpoint (tenant-specific providers need it)" },
  { name: 'auth-url', kind: 'string', description: "Token endpoint URL; overrides the config's auth.authUrl (tenant-specific token endpoints)" },
  { name: 'token', kind: 'string', secret: true, description: 'OAuth2 bearer token' },
  { name: 'api-key', kind: 'string', secret: true, description: "API key (sent with the config's apiKeyPrefix)" },
  { name: 'username', kind: 'string', description: 'Username for basic authentication' },
  { name: 'password', kind: 'string', secret: true, description: 'Password for basic authentication' },
  { name: 'scim-client-id', kind: 'string', description: 'Client ID used to obtain an access token' },
  { name: 'scim-client-secret', kind: 'string', secret: true, description: 'Client secret used to obtain an access token' },
  { name: 'account-id', kind: 'string', description: "Account ID for the account_credentials token grant (Zoom) or an {account_id} in the config's URLs; ignored, with a warning, elsewhere" },
  { name: 'provisioning', short: 'p', kind: 'boolean', defaultValue: false, description: 'Enable provisioning actions' },
  { name: 'file', short: 'f', kind: 'string', defaultValue: 'sync.c1z', description: 'Path to the c1z file to write (sync) or read (provisioning lookups)' },
  { name: 'log-level', kind: 'string', choices: ['debug', 'info', 'warn', 'error'], description: 'Log level (default: info for JSON logs; error for console logs, which end with a summary instead)' },
  { name: 'output-format', short: 'o', kind: 'string', choices: ['console', 'json'], description: 'What commands print on stdout: console (for a person) or json (default console)' },
  { name: 'log-format', kind: 'string', choices: ['json', 'console'], description: 'Log format (default: console on a terminal, json otherwise)' },
  { name: 'client-id', kind: 'string', description: 'ConductorOne client ID (switches to service mode)' },
  { name: 'client-secret', kind: 'string', secret: true, description: 'ConductorOne client secret (service mode)' },
  { name: 'task-concurrency', kind: 'string', defaultValue: '3', description: 'Service mode: how many tasks run at once (1-100)' },
  { name: 'skip-full-sync', kind: 'boolean', defaultValue: false, description: 'Service mode only (--client-id): answer sync tasks with an empty sync; ignored, with a warning, elsewhere' },
  { name: 'grant-entitlement', kind: 'string', description: 'One-shot grant: the entitlement id to grant (e.g. group:42:member)' },
  { name: 'grant-principal', kind: 'string', description: 'One-shot grant: the principal resource id' },
  { name: 'grant-principal-type', kind: 'string', description: 'One-shot grant: the principal resource type (e.g. user)' },
  { name: 'revoke-grant', kind: 'string', description: 'One-shot revoke: the grant id (e.g. group:42:member:user:7)' },
  { name: 'page-concurrency', kind: 'string', description: "Index list pages fetched at once (1: one at a time); overrides the config's pagination.concurrency" },
  { name: 'c1z-temp-dir', kind: 'string', description: 'Directory for temporary files while reading and writing c1z files' },
  { name: 'explore-cache', kind: 'boolean', defaultValue: false, description: "Keep the sync's decoded file in the explore cache (about 10x the .c1z's size, within explore's cache limit) so `explore` opens it at once" },
  ...RUNNER_FLAGS,
  ...UNIMPLEMENTED_RUNNER_FLAGS,
];

/**
 * Every secret flag has a file form (`--token-file`, `BATON_TOKEN_FILE`, `token-file:` in .baton.yaml): a
 * value on the command line is visible to every user of the machine in the process list.
 */
function withFileForms(flags: readonly FlagSpec[]): FlagSpec[] {
  return flags.flatMap((f) => f.secret
    ? [{ ...f, description: `${f.description} (or --${f.name}-file)` }, {
      name: `${f.name}-file`, kind: 'string' as const, fileFor: f.name,
      description: `File holding the value of --${f.name}; keeps it out of the process list`,
    }]
    : [f]);
}

export const FLAGS: readonly FlagSpec[] = withFileForms(DIRECT_FLAGS);

export const SECRET_FLAGS: readonly string[] = FLAGS.filter((f) => f.secret).map((f) => f.name);
