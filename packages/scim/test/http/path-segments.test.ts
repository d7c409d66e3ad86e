import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, pathSegment, type ScimHttpClient } from '../../src/index.js';
import { groupPath, userPath } from '../../src/connector/patch-send.js';
import { json, startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

const HOSTILE_IDS = ['.', '..', '...', 'a/b', '../Users', '50%', '%2E%2E', 'a?b=c', 'a#b', 'x y', 'ü'];

describe('ids in request paths', () => {
  it.each(HOSTILE_IDS)('id %j stays one segment of /Groups and /Users, as the server receives it', async (id) => {
    server = await startServer((_req, res) => json(res, 200, { id }));
    client = createScimHttpClient({ baseUrl: `${server.url}/scim/v2`, auth: { type: 'bearer', token: 'tok-abcdef' } });
    await client.get(groupPath(id));
    await client.send('PATCH', userPath(id), { Operations: [] });
    const [read, write] = server.requests.map((r) => r.url);
    for (const [url, collection] of [
      [read, 'Groups'],
      [write, 'Users'],
    ] as const) {
      // The server sees exactly three segments under the prefix, and the last one decodes to the id.
      const segments = url!.split('?')[0]!.split('/');
      expect(segments.slice(0, 4)).toEqual(['', 'scim', 'v2', collection]);
      expect(segments).toHaveLength(5);
      expect(decodeURIComponent(segments[4]!)).toBe(id);
      expect(url).not.toContain('?');
    }
  });

  it('escapes every dot of an all-dot id and nothing of an ordinary one', () => {
    expect(pathSegment('..')).toBe('%2E%2E');
    expect(pathSegment('a.b')).toBe('a.b');
  });
});
