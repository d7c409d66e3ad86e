import { afterEach, describe, expect, it } from 'vitest';
import type { ScimDirectoryData, ScimMember, ScimMeta } from '../src/scim-types.js';
import { startScimServer } from '../src/server/start.js';
import type { ScimTestServer } from '../src/server/options.js';
import { call } from './helpers.js';

let server: ScimTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const members: ScimMember[] = Array.from({ length: 7 }, (_, i) => ({ value: `u${i + 1}`, type: 'User' as const, display: `User ${i + 1}` }));
const meta = (resourceType: 'User' | 'Group', id: string): ScimMeta => ({
  resourceType, created: '2024-01-01T00:00:00Z', lastModified: '2024-01-01T00:00:00Z', location: `/${resourceType}s/${id}`, version: 'W/"1"',
});
const directory: ScimDirectoryData = {
  users: members.map((m) => ({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: m.value, meta: meta('User', m.value), userName: `${m.value}@example.com` })),
  groups: [{ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'g1', meta: meta('Group', 'g1'), displayName: 'Everyone', members }],
};

describe('GET /Groups/{id}/Members (the Webex member sub-resource)', () => {
  it('serves a group\'s members in index pages with memberSize as the total', async () => {
    server = await startScimServer({ directory });
    const first = await call(`${server.url}/Groups/g1/Members?startIndex=1&count=3`);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ displayName: 'Everyone', memberSize: 7, startIndex: 1, itemsPerPage: 3 });
    const page = first.json as { members: ScimMember[] };
    expect(page.members.map((m) => m.value)).toEqual(['u1', 'u2', 'u3']);
    const last = await call(`${server.url}/Groups/g1/Members?startIndex=7&count=3`);
    expect(last.json).toMatchObject({ memberSize: 7, startIndex: 7, itemsPerPage: 1 });
    expect(last.json.members).toEqual([members[6]]);
  });

  it('applies the page cap fault, answers 404 for an unknown group and 405 for writes', async () => {
    server = await startScimServer({ directory, faults: { pageCap: 2 } });
    const capped = await call(`${server.url}/Groups/g1/Members?startIndex=1&count=5`);
    expect(capped.json.members).toHaveLength(2);
    expect((await call(`${server.url}/Groups/nope/Members`)).status).toBe(404);
    expect((await call(`${server.url}/Groups/g1/Members`, { method: 'POST' })).status).toBe(405);
  });
});
