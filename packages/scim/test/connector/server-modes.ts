// The server behaviours provisioning must be right on: lenient, RFC-strict, with ETags, and SCIMMY (an independent implementation).
import { startScimmyServer, startScimServer, type LoggedRequest, type ScimDirectoryData, type ScimServerOptions } from '@baton-scim/testkit';
import { TOKEN } from '../sync/support.js';

export interface ModeServer {
  readonly url: string;
  members(groupId: string): string[];
  roles(userId: string): string[];
  /** The writes the server received (empty for SCIMMY, which keeps no log). */
  writes(): LoggedRequest[];
  close(): Promise<void>;
}

export interface ServerMode {
  readonly name: string;
  start(data: ScimDirectoryData): Promise<ModeServer>;
}

export function testkitMode(name: string, options: ScimServerOptions): ServerMode {
  return {
    name,
    start: async (data) => {
      const server = await startScimServer({ directory: structuredClone(data), auth: { bearer: TOKEN }, ...options });
      return {
        url: server.url,
        members: (id) => (server.directory.groups.get(id)?.members ?? []).map((m) => m.value),
        roles: (id) => (server.directory.users.get(id)?.roles ?? []).map((r) => r.value),
        writes: () => server.requests.filter((r) => r.method !== 'GET'),
        close: () => server.close(),
      };
    },
  };
}

const scimmyMode: ServerMode = {
  name: 'scimmy',
  start: async (data) => {
    const server = await startScimmyServer({ users: structuredClone(data.users), groups: structuredClone(data.groups), token: TOKEN });
    const values = (list: unknown): string[] => (Array.isArray(list) ? list.map((el) => String((el as { value: unknown }).value)) : []);
    return {
      url: server.url,
      members: (id) => values(server.store.groups.get(id)?.['members']),
      roles: (id) => values(server.store.users.get(id)?.['roles']),
      writes: () => [],
      close: () => server.close(),
    };
  },
};

export const SERVER_MODES: readonly ServerMode[] = [
  testkitMode('lenient', {}),
  testkitMode('strict', { strictPatch: {} }),
  testkitMode('etag', { etag: true }),
  testkitMode('strict+etag', { strictPatch: {}, etag: true }),
  scimmyMode,
];
