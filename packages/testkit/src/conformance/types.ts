// What a provider package hands the conformance suite: its folder, its credentials and the CLI to drive.
import type { AuthOptions, ScimServerOptions } from '../server/options.js';

/** The `main(argv, io)` of @baton-scim/cli, passed in so testkit depends on no other workspace package. */
export type CliMain = (argv: readonly string[], io: CliIoLike) => Promise<number>;

export interface CliIoLike {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly interactive: boolean;
  readonly signal: AbortSignal;
}

export interface ExpectedDirectory {
  /** user id → display name, primary email (or null) and enabled flag. */
  readonly users: Readonly<Record<string, { displayName: string; email: string | null; enabled: boolean }>>;
  /** group id → display name. */
  readonly groups: Readonly<Record<string, string>>;
  /** role id → display name. */
  readonly roles: Readonly<Record<string, string>>;
  /** Every grant id after expansion, e.g. `group:g1:member:user:u1`. */
  readonly grants: readonly string[];
}

export interface ConformanceOptions {
  /** The provider id (folder name, package suffix, YAML id). */
  readonly providerId: string;
  /** The provider package's root folder, e.g. `new URL('..', import.meta.url)`. */
  readonly packageDir: URL;
  readonly main: CliMain;
  /** Credential flags the CLI is given, e.g. `['--token', 'test-token']`. */
  readonly credentialFlags: readonly string[];
  /** How the test server checks those credentials. */
  readonly serverAuth: AuthOptions;
  /** Extra flags, e.g. `['--account-id', 'acct-1']`. */
  readonly extraFlags?: readonly string[];
  /** Base path of the SCIM API on the test server (default `/scim/v2`). */
  readonly basePath?: string;
  readonly server?: Omit<ScimServerOptions, 'directory' | 'auth' | 'basePath'>;
  /** Whether the provider's YAML points the token request at a URL the suite must override (--auth-url). */
  readonly obtainsToken?: boolean;
  /**
   * The provider lists groups without members (`group.excludeMembersInList`, as GitHub recommends), so the
   * sync also reads each group's members once with `GET /Groups/{id}?attributes=members`.
   */
  readonly readsMembersPerGroup?: boolean;
  /**
   * The provider reads each group's members from `GET /Groups/{id}/Members` in index pages (as Webex serves
   * them) rather than from the group listing; every group's member list must be read, and nothing else per group.
   */
  readonly readsMemberPages?: boolean;
}
