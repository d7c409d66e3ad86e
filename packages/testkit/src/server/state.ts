// The per-server state every request handler reads and mutates.
import type { ScimDirectory } from '../directory.js';
import type { CursorStore } from './cursors.js';
import type { FaultRuntime } from './faults.js';
import type { TokenStore } from './tokens.js';
import type { AuthOptions, FaultConfig, LoggedRequest, PagingOptions } from './options.js';

export interface ServerState {
  basePath: string;
  baseUrl: string;
  origin: string;
  directory: ScimDirectory;
  paging: Required<PagingOptions>;
  etag: boolean;
  patchResponse: 'resource' | 'no-content';
  /** Lower-cased attributes whose PATCH value filters are refused; undefined on a lenient server. */
  strictPatch: { rejectValueFilters: readonly string[] } | undefined;
  auth: AuthOptions | undefined;
  faults: FaultConfig;
  faultRuntime: FaultRuntime;
  tokens: TokenStore;
  cursors: CursorStore;
  log: LoggedRequest[];
  /** Request numbers keep counting across `resetLog()`. */
  requestCount: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** The path a route pattern is matched against: below the SCIM base, or absolute outside it. */
export function routePath(state: ServerState, pathname: string): string {
  if (pathname === state.basePath) return '/';
  if (pathname.startsWith(`${state.basePath}/`)) return pathname.slice(state.basePath.length);
  return pathname;
}

export function isScimPath(state: ServerState, pathname: string): boolean {
  return pathname === state.basePath || pathname.startsWith(`${state.basePath}/`);
}
