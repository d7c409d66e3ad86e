// Index pages fetched at once under rate limiting give the very file that one page at a time gives.
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorFor, fingerprint, readSync, recordingSleep, scimConfig, sync, tempDir, TOKEN, type TempDir } from './support.js';

let server: ScimTestServer;
let tmp: TempDir;

const config = (concurrency: number) => scimConfig(server.url, { pagination: { pageSize: 7, concurrency } });

beforeAll(async () => {
  server = await startScimServer({ generate: { users: 120, groups: 30, seed: 5, roles: 4 }, auth: { bearer: TOKEN } });
  tmp = await tempDir();
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

describe('concurrent index paging', () => {
  it('under 429s with Retry-After gives the same c1z content as sequential paging', async () => {
    const sequential = connectorFor({ config: config(1) });
    await sync(sequential, tmp.file('sequential.c1z'));
    await sequential.close();
    const pagesOneByOne = server.requests.length;

    server.resetLog();
    server.setFaults({ seed: 9, rateLimit: { probability: 0.3, retryAfterSeconds: 2 } });
    try {
      const { sleep, waits } = recordingSleep();
      const concurrent = connectorFor({ config: config(5), http: { sleep, random: () => 0.5 } });
      await sync(concurrent, tmp.file('concurrent.c1z'));
      await concurrent.close();
      expect(fingerprint(await readSync(tmp.file('concurrent.c1z')))).toEqual(fingerprint(await readSync(tmp.file('sequential.c1z'))));
      const limited = server.requests.filter((r) => r.fault === 'rateLimit').length;
      expect(limited).toBeGreaterThan(3);
      expect(waits).toContain(2000);
      // Pages are fetched ahead only where the listing needs them: every answered request was a page it used.
      expect(server.requests.length - limited).toBe(pagesOneByOne);
    } finally {
      server.clearFaults();
    }
  });
});
