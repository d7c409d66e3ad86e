// Reads what a provider package declares for the shared suite: fixtures/conformance.yaml, checked key by key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AuthOptions, ScimServerOptions } from '@baton-scim/testkit';
import { parse } from 'yaml';

export const PROVIDERS_DIR = fileURLToPath(new URL('../../providers/', import.meta.url));

/** One provisioning call of a quirk: a grant of a group or role entitlement, or a revoke of a grant id. */
export type Step =
  | { readonly grant: { readonly entitlement: string; readonly principal: string; readonly principalType?: string }; readonly fails?: boolean }
  | { readonly revoke: string; readonly fails?: boolean };

/** A provider behaviour shown against the test server serving the package's fixtures. */
export interface Quirk {
  /** What the provider does, as the test's name. */
  readonly name: string;
  /** Test server options on top of the fixtures, e.g. `faults: { pageCap: 2 }`, `patchResponse: no-content`. */
  readonly server?: Omit<ScimServerOptions, 'directory' | 'auth' | 'basePath'>;
  /** Groups served besides the fixture's, e.g. one without a `members` attribute. */
  readonly addGroups?: readonly Record<string, unknown>[];
  /** The sync must fail with this text in its error output; by default it must succeed. */
  readonly syncFails?: string;
  /** The sync's listing requests (GET …/Users, …/Groups after the one-item credential check). */
  readonly listing?: {
    /** The page size every listing page asks for. */
    readonly count?: number;
    /** Whether Accept names the SCIM media type (`scim`) or not (`json`). */
    readonly accept?: 'scim' | 'json';
    /** The Authorization header as the server logs it, e.g. `Bearer [REDACTED]`. */
    readonly authorization?: string;
    /** More listing pages than this were read. */
    readonly morePagesThan?: number;
  };
  /** Every request of the sync: its logged Authorization header and its status. */
  readonly everyRequest?: { readonly authorization?: string; readonly status?: number };
  /** Text `inspect grants` / `inspect resources` must print for the synced file. */
  readonly grantsInclude?: readonly string[];
  readonly resourcesInclude?: readonly string[];
  /** Provisioning calls made after the sync, in order. */
  readonly steps?: readonly Step[];
  /** The PATCH bodies the steps sent, each matched as a subset (toMatchObject). */
  readonly patches?: readonly unknown[];
  /** The `Operations` of each PATCH the steps sent, exactly. */
  readonly operations?: readonly unknown[];
  readonly patchStatuses?: readonly number[];
  /** The methods of the steps' requests to one path under the base path, e.g. `/Groups/g1`, in order. */
  readonly requestsTo?: { readonly path: string; readonly methods: readonly string[] };
  /** Member ids of groups on the server after the steps: exactly, at least, none of. */
  readonly members?: Readonly<Record<string, readonly string[]>>;
  readonly membersInclude?: Readonly<Record<string, readonly string[]>>;
  readonly membersExclude?: Readonly<Record<string, readonly string[]>>;
}

export interface Declared {
  readonly providerId: string;
  readonly packageDir: URL;
  readonly file: string;
  /** Credential flags the CLI is given, e.g. `[--token, t]`. */
  readonly credentials: readonly string[];
  /** How the test server checks them. */
  readonly serverAuth: AuthOptions;
  readonly basePath: string;
  readonly extraFlags: readonly string[];
  readonly readsMembersPerGroup: boolean;
  readonly obtainsToken: boolean;
  /** The placeholder of the YAML's default endpoint: a sync without --api-endpoint must name it and the flag. */
  readonly templatedEndpoint: string | undefined;
  readonly quirks: readonly Quirk[];
}

const TOP_KEYS = new Set(['credentials', 'serverAuth', 'basePath', 'extraFlags', 'readsMembersPerGroup', 'obtainsToken', 'templatedEndpoint', 'quirks']);
const QUIRK_KEYS = new Set(['name', 'server', 'addGroups', 'syncFails', 'listing', 'everyRequest', 'grantsInclude', 'resourcesInclude', 'steps',
  'patches', 'operations', 'patchStatuses', 'requestsTo', 'members', 'membersInclude', 'membersExclude']);

/** Provider package folders, sorted. */
export function providerIds(): string[] {
  return readdirSync(PROVIDERS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PROVIDERS_DIR, d.name, 'package.json')))
    .map((d) => d.name)
    .sort();
}

/** The package's conformance.yaml, or undefined when it declares none (a provider with its own tests). */
export function readDeclared(providerId: string, dir = join(PROVIDERS_DIR, providerId)): Declared | undefined {
  const file = join(dir, 'fixtures', 'conformance.yaml');
  if (!existsSync(file)) return undefined;
  const fail = (key: string, what: string): never => {
    throw new Error(`${file}: ${key}: ${what}`);
  };
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8')) as unknown;
  } catch (err) {
    fail('(yaml)', (err as Error).message);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('(top)', 'must be a mapping with credentials, serverAuth and basePath');
  const d = data as Record<string, unknown>;
  for (const key of Object.keys(d)) if (!TOP_KEYS.has(key)) fail(key, `unknown key; known are ${[...TOP_KEYS].join(', ')}`);
  const strings = (key: string, v: unknown): readonly string[] =>
    Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : fail(key, 'must be a list of strings');
  const credentials = strings('credentials', d.credentials);
  if (typeof d.serverAuth !== 'object' || d.serverAuth === null) fail('serverAuth', 'must say how the test server checks the credentials, e.g. { bearer: <token> }');
  if (typeof d.basePath !== 'string' || !d.basePath.startsWith('/')) fail('basePath', 'must be the SCIM base path on the test server, starting with /');
  const quirks = d.quirks ?? [];
  if (!Array.isArray(quirks)) fail('quirks', 'must be a list');
  (quirks as unknown[]).forEach((q, i) => {
    if (typeof q !== 'object' || q === null) fail(`quirks[${i}]`, 'must be a mapping');
    const quirk = q as Record<string, unknown>;
    if (typeof quirk.name !== 'string' || quirk.name === '') fail(`quirks[${i}].name`, 'must say what the provider does');
    for (const key of Object.keys(quirk)) if (!QUIRK_KEYS.has(key)) fail(`quirks[${i}].${key}`, `unknown key; known are ${[...QUIRK_KEYS].join(', ')}`);
  });
  return {
    providerId,
    packageDir: pathToFileURL(`${dir}/`),
    file,
    credentials,
    serverAuth: d.serverAuth as AuthOptions,
    basePath: d.basePath as string,
    extraFlags: d.extraFlags === undefined ? [] : strings('extraFlags', d.extraFlags),
    readsMembersPerGroup: d.readsMembersPerGroup === true,
    obtainsToken: d.obtainsToken === true,
    templatedEndpoint: typeof d.templatedEndpoint === 'string' ? d.templatedEndpoint : undefined,
    quirks: quirks as Quirk[],
  };
}
