// Runs SCIMMY + scimmy-routers (an independent SCIM server implementation) on 127.0.0.1 with in-memory storage.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';
import type { ScimGroup, ScimUser } from './scim-types.js';

type Stored = Record<string, unknown>;

/** One harness's data; SCIMMY's resource registry is process-wide, so handlers find their store via the request context. */
export class ScimmyStore {
  readonly users = new Map<string, Stored>();
  readonly groups = new Map<string, Stored>();
  constructor(readonly silentCountCap?: number) {}
}

export interface ScimmyServerOptions {
  users: ScimUser[];
  groups: ScimGroup[];
  /** When set, requests need `Authorization: Bearer <token>`. */
  token?: string;
  /**
   * Serve at most this many resources per list page whatever `count` asks, and report `totalResults` as the
   * length of the page served, as a server that caps `count` silently does (RFC 7644 §3.4.2 wants the total).
   */
  silentCountCap?: number;
}

export interface ScimmyServer {
  url: string;
  store: ScimmyStore;
  close(): Promise<void>;
}

interface ResourceRequest {
  id?: string;
  filter?: { match(values: unknown[]): unknown[] };
  constraints?: { startIndex?: number; count?: number };
}

type SelectMap = (store: ScimmyStore) => Map<string, Stored>;

function storeOf(ctx: unknown): ScimmyStore {
  if (ctx instanceof ScimmyStore) return ctx;
  throw new SCIMMY.Types.Error(500, '', 'SCIMMY handler called without a testkit store in its context; declare resources only through startScimmyServer');
}

function handlers(select: SelectMap, kind: string): Record<string, unknown> {
  return {
    egress: (resource: ResourceRequest, ctx: unknown): Stored | unknown[] => {
      const map = select(storeOf(ctx));
      if (resource.id !== undefined) {
        const found = map.get(resource.id);
        if (found === undefined) throw new SCIMMY.Types.Error(404, '', `${kind} ${resource.id} not found`);
        return structuredClone(found);
      }
      const all = [...map.values()].map((v) => structuredClone(v));
      const matched = resource.filter ? resource.filter.match(all) : all;
      const limit = storeOf(ctx).silentCountCap;
      if (limit === undefined) return matched;
      // Pre-paged: SCIMMY then reports the page's length as totalResults and serves it from its startIndex.
      const start = Math.max(1, resource.constraints?.startIndex ?? 1) - 1;
      return matched.slice(start, start + Math.min(limit, resource.constraints?.count ?? limit));
    },
    ingress: (resource: ResourceRequest, instance: unknown, ctx: unknown): Stored => {
      const map = select(storeOf(ctx));
      const data = JSON.parse(JSON.stringify(instance)) as Stored;
      delete data['schemas'];
      const id = resource.id ?? randomUUID();
      const now = new Date().toISOString();
      const previous = map.get(id)?.['meta'] as { created?: string } | undefined;
      const next = { ...data, id, meta: { created: previous?.created ?? now, lastModified: now } };
      map.set(id, next);
      return structuredClone(next);
    },
    degress: (resource: ResourceRequest, ctx: unknown): void => {
      if (resource.id === undefined || !select(storeOf(ctx)).delete(resource.id)) {
        throw new SCIMMY.Types.Error(404, '', `${kind} ${resource.id ?? '(no id)'} not found`);
      }
    },
  };
}

function declareResources(): void {
  // Re-declaring the same classes only replaces their handlers, so this is safe to repeat.
  SCIMMY.Resources.declare(SCIMMY.Resources.User, {
    ...handlers((s) => s.users, 'User'),
    extensions: [{ schema: SCIMMY.Schemas.EnterpriseUser, required: false }],
  });
  SCIMMY.Resources.declare(SCIMMY.Resources.Group, handlers((s) => s.groups, 'Group'));
}

/** SCIMMY keeps only what its schemas know; `schemas` and server-owned meta are its own to fill. */
function seed(map: Map<string, Stored>, resources: Array<ScimUser | ScimGroup>): void {
  for (const resource of resources) {
    const { meta, ...rest } = structuredClone(resource);
    const data: Stored = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'schemas'));
    map.set(resource.id, { ...data, meta: { created: meta.created, lastModified: meta.lastModified } });
  }
}

export async function startScimmyServer(options: ScimmyServerOptions): Promise<ScimmyServer> {
  declareResources();
  const store = new ScimmyStore(options.silentCountCap);
  seed(store.users, options.users);
  seed(store.groups, options.groups);
  const app = express();
  const { token } = options;
  app.use(
    '/scim/v2',
    new SCIMMYRouters({
      type: 'bearer',
      handler: (req) => {
        if (token !== undefined && req.header('authorization') !== `Bearer ${token}`) {
          throw new Error('Authorization failed: send the configured Bearer token');
        }
        return 'testkit-client';
      },
      context: () => store,
      // Absolute meta.location, as a real server behind its own host name would send.
      baseUri: (req) => `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`,
    }),
  );
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/scim/v2`,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
