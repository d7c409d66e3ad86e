// Fault injection: transient failures change nothing in the result; a hung server fails fast with a clear error.
// "Nothing" is checked table by table and row by row against a clean sync, blobs byte for byte; the .c1z files
// themselves differ, since each run has its own sync id and times.
import { BatonError } from '@baton-scim/core';
import { startScimServer, type FaultPatch, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorFor, recordingSleep, scimConfig, sync, tempDir, TOKEN, type TempDir } from './support.js';
import { tableRows } from './tables.js';

let server: ScimTestServer;
let tmp: TempDir;
let clean: Record<string, string[]>;
let cleanRequests: number;

// Small pages make many requests, so a fifth of them failing is dozens of faults.
const config = () => scimConfig(server.url, { pagination: { pageSize: 5 } });

beforeAll(async () => {
  server = await startScimServer({ generate: { users: 150, groups: 24, seed: 3, roles: 4 }, auth: { bearer: TOKEN } });
  tmp = await tempDir();
  const connector = connectorFor({ config: config() });
  await sync(connector, tmp.file('clean.c1z'));
  cleanRequests = connector.requestStats().total;
  await connector.close();
  clean = await tableRows(tmp.file('clean.c1z'), tmp.dir);
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

describe('transient faults on a fifth of the requests', () => {
  const cases: [string, FaultPatch, number][] = [
    ['429 with Retry-After 1 s, and 500', { rateLimit: { probability: 0.1, retryAfterSeconds: 1 }, serverError: { probability: 0.12, status: 500 } }, 1000],
    ['429 with Retry-After 0 s, and 503', { rateLimit: { probability: 0.1, retryAfterSeconds: 0 }, serverError: { probability: 0.12, status: 503 } }, 0],
  ];

  it.each(cases)('%s: every table holds the rows of a clean sync (sync ids and times aside)', async (_name, faults, retryAfterMs) => {
    server.resetLog();
    server.setFaults({ seed: 42, ...faults });
    try {
      const { sleep, waits } = recordingSleep();
      const connector = connectorFor({ config: config(), http: { sleep, random: () => 0.5 } });
      const file = tmp.file('faulty.c1z');
      await sync(connector, file);
      await connector.close();
      const rows = await tableRows(file, tmp.dir);
      expect(Object.keys(rows)).toEqual(Object.keys(clean));
      for (const table of Object.keys(clean)) expect(rows[table], table).toEqual(clean[table]);
      const injected = server.requests.filter((r) => r.fault !== undefined);
      const answered = server.requests.length;
      expect(injected.length).toBeGreaterThan(answered * 0.1);
      expect(injected.some((r) => r.fault === 'rateLimit') && injected.some((r) => r.fault === 'serverError')).toBe(true);
      // Each injected failure was retried once by the client: the logical requests are those of a clean run.
      expect(answered - injected.length).toBe(cleanRequests);
      expect(connector.requestStats().total).toBe(cleanRequests);
      expect(waits).toContain(retryAfterMs);
    } finally {
      server.clearFaults();
    }
  });
});

describe('a hung server', () => {
  it('fails the sync with a timeout that names the request and the setting to raise', async () => {
    server.setFaults({ hang: { routes: ['GET /Groups'] } });
    try {
      const { sleep } = recordingSleep();
      const connector = connectorFor({
        config: config(),
        http: { sleep, timeouts: { requestMs: 300 }, retry: { maxAttempts: 2 } },
      });
      const failure = sync(connector, tmp.file('hung.c1z'), { retry: { maxAttempts: 1 } });
      await expect(failure).rejects.toThrow(BatonError);
      await expect(failure).rejects.toMatchObject({
        code: 'deadline-exceeded',
        message: expect.stringMatching(/GET \/scim\/v2\/Groups did not complete within 300 ms.*http\.requestTimeoutSeconds/),
      });
      await connector.close();
    } finally {
      server.clearFaults();
    }
  });
});
