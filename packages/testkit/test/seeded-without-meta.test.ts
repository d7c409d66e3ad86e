import { afterEach, describe, expect, it } from 'vitest';
import { PATCH_OP_SCHEMA, type ScimDirectoryData } from '../src/scim-types.js';
import { startScimServer } from '../src/server/start.js';
import type { ScimTestServer } from '../src/server/options.js';
import { call, jsonInit } from './helpers.js';

let server: ScimTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// A recorded vendor response (Asana's) carries no `meta` on users and only `resourceType` on groups.
const directory = JSON.parse(JSON.stringify({
  users: [
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: 'u1', userName: 'ada@example.com' },
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: 'u2', userName: 'grace@example.com' },
  ],
  groups: [{ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'g1', displayName: 'Marketing', members: [{ value: 'u1' }], meta: { resourceType: 'Group' } }],
})) as ScimDirectoryData;

describe('a seeded directory whose resources carry no meta.location', () => {
  it('adds a member by PATCH and derives user groups, leaving $ref out instead of failing', async () => {
    server = await startScimServer({ directory });
    const patch = { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'add', path: 'members', value: [{ value: 'u2' }] }] };
    const res = await call(`${server.url}/Groups/g1`, jsonInit('PATCH', patch));
    expect(res.status, res.text).toBe(200);
    const members = (res.json as { members: Array<Record<string, unknown>> }).members;
    expect(members.map((m) => m['value'])).toEqual(['u1', 'u2']);
    expect(members.every((m) => !('$ref' in m))).toBe(true);
    const user = await call(`${server.url}/Users/u2`);
    expect((user.json as { groups: unknown[] }).groups).toEqual([{ value: 'g1', display: 'Marketing', type: 'direct' }]);
  });
});
