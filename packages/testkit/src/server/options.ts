// Public option, fault and log types of the fault-injecting SCIM test server.
import type { ScimDirectory } from '../directory.js';
import type { GenerateOptions } from '../generate.js';
import type { ScimDirectoryData } from '../scim-types.js';

/**
 * Which requests a fault applies to: `"METHOD /path"` or `"/path"` (any method), where the path is
 * relative to the SCIM base (`/Users/*`), or absolute outside it (`/oauth/token`); `*` matches one segment.
 */
export type RoutePattern = string;

/** With neither `first` nor `probability`, a fault hits every matching request. */
export interface FaultTrigger {
  routes?: RoutePattern[];
  /** Hit the first N matching requests (counted from the last `setFaults` of this fault). */
  first?: number;
  /** Hit each matching request with this probability, drawn from the fault PRNG (`faults.seed`). */
  probability?: number;
  /** Hit one matching request in every N (the 1st, N+1th, …): throttling that is steady, not bursty. */
  every?: number;
}

export interface RateLimitFault extends FaultTrigger {
  /** 429 by default; GitHub signals secondary limits with 403, some gateways with 503. */
  status?: 429 | 403 | 503;
  retryAfterSeconds?: number;
  /** How `Retry-After` is written (RFC 9110 §10.2.3), or `none` to leave it out. Default `seconds`. */
  retryAfterFormat?: 'seconds' | 'http-date' | 'none';
  /** A reason word put in the error detail, as Google names its limits (`userRateLimitExceeded`). */
  reason?: string;
}

export interface ServerErrorFault extends FaultTrigger {
  status?: 500 | 502 | 503;
}

export interface SlowFault extends FaultTrigger {
  delayMs: number;
}

export interface TruncateFault extends FaultTrigger {
  /** `invalid-json`: a complete HTTP response whose JSON is cut; `abort`: the connection drops mid-body. */
  mode?: 'invalid-json' | 'abort';
}

export interface HtmlErrorFault extends FaultTrigger {
  /** Default 502, as a proxy sends; 500 for an application server's error page. */
  status?: 500 | 502 | 503;
}

export interface TrickleFault extends FaultTrigger {
  /** Pause between two chunks of the response body. */
  intervalMs: number;
  /** Bytes per chunk; default 1. */
  bytesPerChunk?: number;
}

export interface HugeBodyFault extends FaultTrigger {
  /** Characters of padding added to the JSON reply (a `padding` attribute). */
  bytes: number;
  /** Send the body chunked, without Content-Length. Default false. */
  chunked?: boolean;
}

export interface RedirectFault extends FaultTrigger {
  /** Base the request is redirected to; the request's path below the SCIM base and its query are kept. */
  to: string;
  status?: 301 | 302 | 307 | 308;
}

export interface FaultConfig {
  seed?: number;
  /** Serve at most N resources per page, whatever `count` asks for. */
  pageCap?: number;
  /** Report `itemsPerPage` as the requested count, as `totalResults`, or as 0 instead of the page length. */
  itemsPerPage?: 'requested' | 'total' | 'zero';
  omitTotalResults?: boolean;
  /** Report this `totalResults` on every list page, whatever the listing holds (a server that lies about it). */
  totalResults?: number;
  /**
   * Report `totalResults` as the length of the page served (with `pageCap`: a server that caps `count` silently
   * and counts only what it sent, contrary to RFC 7644 §3.4.2).
   */
  totalIsPageLength?: boolean;
  /** Every page after the first starts this many resources late, so the resources between pages are never served. */
  skipAcrossPages?: number;
  /** Treat `startIndex` as a 0-based offset, so `startIndex=1` skips the first resource. */
  zeroBasedStartIndex?: boolean;
  /**
   * Where the offset faults (`zeroBasedStartIndex`, `startIndexAsPageNumber`, `duplicateAcrossPages`, `skipAcrossPages`,
   * `pastEndRepeatsFirstPage`) apply: every listing (the default), only resource lists, or only
   * `GET /Groups/{id}/Members` pages.
   */
  offsetFaultsOn?: 'all' | 'lists' | 'members';
  /** Every page after the first starts this many resources early, repeating the previous page's tail. */
  duplicateAcrossPages?: number;
  /**
   * Reads `startIndex` as the number of a page of the requested `count` (page = ceil(startIndex / count)) but
   * serves that page at the capped size, so a client asking for more than `pageCap` gets pages that overlap.
   */
  startIndexAsPageNumber?: boolean;
  /** A `startIndex` past the end returns the first page again (SCIMMY 1.3.5 behaviour). */
  pastEndRepeatsFirstPage?: boolean;
  /** `GET /Groups` lists at most K members per group; `GET /Groups/{id}` still returns them all. */
  membersCap?: number;
  /**
   * `GET /Groups` leaves the `members` attribute out of every group, as Databricks' account API does for
   * accounts created after 2025-08-22; `GET /Groups/{id}` still returns them.
   */
  listedWithoutMembers?: boolean;
  /**
   * Reads with `attributes=` answer multi-valued complex attributes (`members`, `roles`, `groups`, …) with
   * elements that carry no `value` (`[{}, {}]`), a bug of a widely used server library.
   */
  valuelessAttributeReads?: boolean;
  /** `DELETE /Users/{id}` leaves the user's entries in the groups' `members` (servers that never clean up). */
  deletedUsersStayInGroups?: boolean;
  /** A PATCH `add` of a member already in the group appends it again instead of ignoring it. */
  duplicateMemberAdd?: boolean;
  /** Reads with `attributes=` come back without an `ETag` header. */
  noEtagOnAttributeReads?: boolean;
  /**
   * Group writes must give every member its `type` ("User" or "Group"); one without is refused with 400, and a
   * type is stored as given rather than filled in by the server.
   */
  requireMemberType?: boolean;
  rateLimit?: RateLimitFault;
  serverError?: ServerErrorFault;
  slow?: SlowFault;
  /** Never answer until the server closes. */
  hang?: FaultTrigger;
  truncateJson?: TruncateFault;
  /** A 502 (or `status`) with an HTML body, as a proxy in front of the SCIM server would send. */
  htmlError?: HtmlErrorFault;
  /** The reply's body arrives a few bytes at a time. */
  trickle?: TrickleFault;
  /** The reply is padded to a huge size. */
  hugeBody?: HugeBodyFault;
  /** A 400 whose error detail repeats the request's Authorization header and body, as careless servers do. */
  echoCredentials?: FaultTrigger;
  redirect?: RedirectFault;
}

/** `setFaults` takes explicit `undefined` to switch a fault off. */
export type FaultPatch = { [K in keyof FaultConfig]?: FaultConfig[K] | undefined };

export interface PagingOptions {
  defaultPageSize?: number;
  /** Silent cap on `count`, advertised in the ServiceProviderConfig. Default 1000. */
  maxPageSize?: number;
  /** Serve RFC 9865 cursor paging when the request has `cursor`. */
  cursor?: boolean;
  /** Paging used when a request names neither `startIndex` nor `cursor`. Default `index`. */
  defaultMethod?: 'index' | 'cursor';
}

/**
 * A strict server answers 400 `invalidPath` to value-filter paths (`roles[value eq "x"]`) on the listed
 * attributes, and reads a `remove` whose path names a multi-valued attribute without a filter as "remove every
 * value", ignoring any `value` list (RFC 7644 §3.5.2.2).
 */
export interface StrictPatchOptions {
  /** Attributes whose value filters are refused. Default `["roles", "members"]`. */
  rejectValueFilters?: string[];
}

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  /** Required in the body of `account_credentials` grants (Zoom server-to-server OAuth). */
  accountId?: string;
}

export interface AuthOptions {
  bearer?: string;
  basic?: { username: string; password: string };
  /** A raw header value, e.g. `{ header: 'authorization', value: 'key' }` for a key sent without a scheme. */
  apiKey?: { header: string; value: string };
  oauth?: { clients: OAuthClient[]; expiresInSeconds?: number };
}

export interface ScimServerOptions {
  host?: string;
  port?: number;
  /** Default `/scim/v2`. */
  basePath?: string;
  /** Seed data used as given; without it a directory is generated (default 25 users, 5 groups, seed 1). */
  directory?: ScimDirectoryData;
  generate?: Omit<GenerateOptions, 'baseUrl'>;
  paging?: PagingOptions;
  /** ETag / If-Match / If-None-Match support (RFC 7644 §3.14). */
  etag?: boolean;
  /** RFC 7644-strict PATCH handling, as some conformant servers do it; lenient (off) by default. */
  strictPatch?: StrictPatchOptions;
  /** What a successful PATCH answers: 200 with the resource (default) or 204. */
  patchResponse?: 'resource' | 'no-content';
  auth?: AuthOptions;
  faults?: FaultConfig;
  /** Clock for token expiry, `meta.lastModified` and `Retry-After` dates. */
  now?: () => number;
  /** How a `slow` fault waits; inject one to test slowness without real time passing. */
  sleep?: (ms: number) => Promise<void>;
}

export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Lower-case names; credentials are cut down to their scheme (`Bearer [REDACTED]`). */
  headers: Record<string, string>;
  /** Parsed JSON or form fields (secrets redacted), the raw text otherwise, `undefined` when empty. */
  body: unknown;
  /** `undefined` while the request is pending or hung. */
  status: number | undefined;
  /** The fault that answered this request, if any. */
  fault?: string;
}

export interface ScimTestServer {
  /** SCIM base, e.g. `http://127.0.0.1:PORT/scim/v2`. */
  url: string;
  origin: string;
  tokenUrl: string;
  directory: ScimDirectory;
  requests: LoggedRequest[];
  faults: FaultConfig;
  setFaults(patch: FaultPatch): void;
  clearFaults(): void;
  resetLog(): void;
  /** Invalidates every issued OAuth token now, to test refresh-on-401. */
  expireTokens(): void;
  close(): Promise<void>;
}
