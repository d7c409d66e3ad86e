// Command-line flags of `scim-test-server`, turned into server options.
import { parseArgs } from 'node:util';
import { TestkitConfigError } from './errors.js';
import type { FaultConfig, ScimServerOptions } from './server/options.js';
import { isRecord } from './scim-types.js';

export const USAGE = `Usage: scim-test-server [options]
  --host <addr>              listen address (default 127.0.0.1)
  --port <n>                 port (default 0: pick a free one)
  --users <n> --groups <n>   directory size (default 25 and 5)
  --nested-groups <n> --memberships <n> --roles <n> --seed <n>
  --token <t>                require "Authorization: Bearer <t>"
  --basic <user:pass>        require HTTP Basic credentials
  --oauth-client <id:secret[:accountId]>  enable POST /oauth/token for this client
  --token-ttl <seconds>      expires_in of issued tokens (default 3600)
  --page-size <n> --max-page-size <n>  default and maximum page size
  --cursor                   serve RFC 9865 cursor paging
  --etag                     serve ETags and honour If-Match
  --strict-patch             refuse value filters on roles/members (400 invalidPath); a remove of the
                             whole attribute removes every value, ignoring a value list (RFC 7644 §3.5.2.2)
  --faults <json>            initial fault config, e.g. '{"pageCap":10}'
  --help`;

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  users: { type: 'string' },
  groups: { type: 'string' },
  'nested-groups': { type: 'string' },
  memberships: { type: 'string' },
  roles: { type: 'string' },
  seed: { type: 'string' },
  token: { type: 'string' },
  basic: { type: 'string' },
  'oauth-client': { type: 'string' },
  'token-ttl': { type: 'string' },
  'page-size': { type: 'string' },
  'max-page-size': { type: 'string' },
  cursor: { type: 'boolean' },
  etag: { type: 'boolean' },
  'strict-patch': { type: 'boolean' },
  faults: { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** Typed as a record so the compiler flags a fault added to FaultConfig but missing here. */
const FAULT_KEY_SET: Record<keyof FaultConfig, true> = {
  seed: true, pageCap: true, itemsPerPage: true, omitTotalResults: true, totalResults: true, skipAcrossPages: true, zeroBasedStartIndex: true, offsetFaultsOn: true, duplicateAcrossPages: true, startIndexAsPageNumber: true,
  pastEndRepeatsFirstPage: true, membersCap: true, listedWithoutMembers: true, rateLimit: true, serverError: true, slow: true, hang: true, truncateJson: true,
  htmlError: true, redirect: true, trickle: true, hugeBody: true, echoCredentials: true, totalIsPageLength: true,
  valuelessAttributeReads: true, deletedUsersStayInGroups: true, duplicateMemberAdd: true, noEtagOnAttributeReads: true, requireMemberType: true,
};
const FAULT_KEYS = Object.keys(FAULT_KEY_SET);

function int(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new TestkitConfigError(`--${flag}`, `must be a non-negative integer, got "${value}"`);
  return Number(value);
}

function split(flag: string, value: string, parts: number): string[] {
  const out = value.split(':');
  if (out.length < parts || out.slice(0, parts).some((p) => p === '')) {
    throw new TestkitConfigError(`--${flag}`, `must look like ${flag === 'basic' ? 'user:pass' : 'id:secret[:accountId]'}`);
  }
  return out;
}

function faults(text: string | undefined): FaultConfig | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new TestkitConfigError('--faults', `is not valid JSON (${(err as Error).message})`);
  }
  if (!isRecord(parsed)) throw new TestkitConfigError('--faults', 'must be a JSON object such as {"pageCap":10}');
  const unknown = Object.keys(parsed).filter((key) => !FAULT_KEYS.includes(key));
  if (unknown.length > 0) throw new TestkitConfigError('--faults', `has unknown keys ${unknown.join(', ')}; known: ${FAULT_KEYS.join(', ')}`);
  return parsed;
}

/** Drops undefined values so optional options stay absent rather than explicitly undefined. */
function compact<T extends Record<string, unknown>>(obj: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

export type CliCommand = { help: true } | { help: false; options: ScimServerOptions };

export function parseCliArgs(argv: string[]): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new TestkitConfigError('arguments', `${(err as Error).message}; see --help`);
  }
  if (values.help) return { help: true };
  const opt = (flag: keyof typeof OPTIONS): number | undefined => int(flag, values[flag] as string | undefined);
  const [user = '', ...pass] = values.basic === undefined ? [] : split('basic', values.basic, 2);
  const [clientId = '', clientSecret = '', accountId] = values['oauth-client'] === undefined ? [] : split('oauth-client', values['oauth-client'], 2);
  const options: ScimServerOptions = {
    host: values.host ?? '127.0.0.1',
    port: opt('port') ?? 0,
    generate: {
      users: opt('users') ?? 25,
      groups: opt('groups') ?? 5,
      seed: opt('seed') ?? 1,
      ...compact({ nestedGroups: opt('nested-groups'), membershipsPerUser: opt('memberships'), roles: opt('roles') }),
    },
    paging: {
      cursor: values.cursor ?? false,
      ...compact({ defaultPageSize: opt('page-size'), maxPageSize: opt('max-page-size') }),
    },
    etag: values.etag ?? false,
    ...(values['strict-patch'] === true && { strictPatch: {} }),
    auth: {
      ...(values.token !== undefined && { bearer: values.token }),
      ...(values.basic !== undefined && { basic: { username: user, password: pass.join(':') } }),
      ...(values['oauth-client'] !== undefined && {
        oauth: { clients: [{ clientId, clientSecret, ...compact({ accountId }) }], ...compact({ expiresInSeconds: opt('token-ttl') }) },
      }),
    },
  };
  const initialFaults = faults(values.faults);
  if (initialFaults !== undefined) options.faults = initialFaults;
  return { help: false, options };
}
