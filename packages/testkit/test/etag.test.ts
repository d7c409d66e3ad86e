import { afterEach, describe, expect, it } from 'vitest';
import { startScimServer } from '../src/server/start.js';
import type { ScimTestServer } from '../src/server/options.js';
import { call, jsonInit, patchOp } from './helpers.js';

let s: ScimTestServer;
afterEach(async () => s.close());

describe('ETags', () => {
  it('sends meta.version as ETag, answers 304 to a matching If-None-Match, 412 to a stale If-Match', async () => {
    s = await startScimServer({ etag: true, generate: { users: 3, groups: 1, seed: 2 } });
    const group = [...s.directory.groups.values()][0]!;
    const url = `${s.url}/Groups/${group.id}`;
    const first = await call(url);
    expect(first.headers.get('etag')).toBe('W/"1"');
    expect(first.json.meta.version).toBe('W/"1"');
    expect((await call(url, { headers: { 'if-none-match': 'W/"1"' } })).status).toBe(304);

    const rename = patchOp({ op: 'replace', path: 'displayName', value: 'Renamed' });
    const ok = await call(url, jsonInit('PATCH', rename, { 'if-match': 'W/"1"' }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('W/"2"');

    const stale = await call(url, jsonInit('PATCH', patchOp({ op: 'replace', path: 'displayName', value: 'Lost' }), { 'if-match': 'W/"1"' }));
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ status: '412' });
    expect(s.directory.groups.get(group.id)?.displayName).toBe('Renamed');
    expect((await call(url, { method: 'DELETE', headers: { 'if-match': '"1"' } })).status).toBe(412);
    expect((await call(url, { method: 'DELETE', headers: { 'if-match': '*' } })).status).toBe(204);
  });

  it('ignores If-Match and sends no ETag when ETags are off', async () => {
    s = await startScimServer({ generate: { users: 3, groups: 1, seed: 2 } });
    const group = [...s.directory.groups.values()][0]!;
    const url = `${s.url}/Groups/${group.id}`;
    expect((await call(url)).headers.get('etag')).toBeNull();
    const res = await call(url, jsonInit('PATCH', patchOp({ op: 'replace', path: 'displayName', value: 'X' }), { 'if-match': 'W/"999"' }));
    expect(res.status).toBe(200);
  });
});
