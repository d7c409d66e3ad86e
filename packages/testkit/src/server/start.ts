// Starts the fault-injecting SCIM test server on 127.0.0.1 (port 0 by default) with node:http.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { toDirectory } from '../directory.js';
import { requireCount, TestkitConfigError } from '../errors.js';
import { generateDirectory } from '../generate.js';
import { CursorStore } from './cursors.js';
import { applyFaultPatch, clearAllFaults, FaultRuntime } from './faults.js';
import { handleRequest } from './handle-request.js';
import { TokenStore } from './tokens.js';
import type { PagingOptions, ScimServerOptions, ScimTestServer } from './options.js';
import { TOKEN_PATH } from './routes.js';
import type { ServerState } from './state.js';

function resolvePaging(paging: PagingOptions = {}): Required<PagingOptions> {
  const maxPageSize = requireCount('paging.maxPageSize', paging.maxPageSize ?? 1000);
  const defaultPageSize = requireCount('paging.defaultPageSize', paging.defaultPageSize ?? Math.min(100, maxPageSize));
  if (defaultPageSize > maxPageSize) throw new TestkitConfigError('paging.defaultPageSize', `must not exceed paging.maxPageSize (${maxPageSize})`);
  return { defaultPageSize, maxPageSize, cursor: paging.cursor ?? false, defaultMethod: paging.defaultMethod ?? 'index' };
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startScimServer(options: ScimServerOptions = {}): Promise<ScimTestServer> {
  const trimmed = (options.basePath ?? '/scim/v2').replace(/^\/+|\/+$/g, '');
  if (trimmed === '') throw new TestkitConfigError('basePath', 'must name a path below the origin, e.g. /scim/v2');
  const basePath = `/${trimmed}`;
  const faults = structuredClone(options.faults ?? {});
  const state: ServerState = {
    basePath,
    baseUrl: '',
    origin: '',
    directory: { users: new Map(), groups: new Map() },
    paging: resolvePaging(options.paging),
    etag: options.etag ?? false,
    patchResponse: options.patchResponse ?? 'resource',
    strictPatch: options.strictPatch && {
      rejectValueFilters: (options.strictPatch.rejectValueFilters ?? ['roles', 'members']).map((a) => a.toLowerCase()),
    },
    auth: options.auth,
    faults,
    faultRuntime: new FaultRuntime(faults.seed ?? 1),
    tokens: new TokenStore(),
    cursors: new CursorStore(),
    log: [],
    requestCount: 0,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? ((ms) => delay(ms).then(() => undefined)),
  };
  const server = createServer((req, res) => {
    handleRequest(state, req, res).catch((err: unknown) => res.destroy(err instanceof Error ? err : new Error(String(err))));
  });
  const address = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  state.origin = `http://${host}:${address.port}`;
  state.baseUrl = `${state.origin}${basePath}`;
  try {
    // Generated after listening so meta.location and $ref carry the real port.
    state.directory = toDirectory(options.directory ?? generateDirectory({ users: 25, groups: 5, seed: 1, ...options.generate, baseUrl: state.baseUrl }));
  } catch (err) {
    server.close();
    throw err;
  }
  return {
    url: state.baseUrl,
    origin: state.origin,
    tokenUrl: `${state.origin}${TOKEN_PATH}`,
    directory: state.directory,
    requests: state.log,
    faults,
    setFaults: (patch) => applyFaultPatch(faults, state.faultRuntime, patch),
    clearFaults: () => clearAllFaults(faults, state.faultRuntime),
    resetLog: () => void state.log.splice(0),
    expireTokens: () => state.tokens.expireAll(state.now()),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Hung and keep-alive connections would otherwise hold close() open forever.
        server.closeAllConnections();
      }),
  };
}
