// A sync against a server that throttles for long stretches: it completes while it progresses, and fails clearly when it does not.
import { existsSync } from 'node:fs';
import { BatonError } from '@baton-scim/core';
import { startScimServer, type FaultPatch, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorFor, readSync, recordingSleep, resourceIds, scimConfig, sync, tempDir, TOKEN, type TempDir } from '../sync/support.js';

/** The retry budget without progress, scaled down from the default 600 s. */
const BUDGET_MS = 3000;

let server: ScimTestServer;
let tmp: TempDir;

beforeAll(async () => {
  server = await startScimServer({ generate: { users: 60, groups: 8, seed: 31, roles: 2 }, auth: { bearer: TOKEN } });
  tmp = await tempDir();
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

async function throttledSync(faults: FaultPatch, name: string): Promise<{ waits: number[]; file: string }> {
  server.setFaults(faults);
  const { sleep, waits } = recordingSleep();
  const connector = connectorFor({
    config: scimConfig(server.url, { pagination: { pageSize: 10 } }),
    http: { sleep, retry: { syncBudgetMs: BUDGET_MS, maxAttempts: 2 } },
  });
  const file = tmp.file(name);
  try {
    await sync(connector, file);
    return { waits, file };
  } finally {
    await connector.close();
    server.clearFaults();
  }
}

describe('a server that throttles with Retry-After', () => {
  it('a sync throttled steadily for over three times the budget completes with every user', async () => {
    // Every other request is refused with Retry-After: 1 s; each retry then succeeds.
    const { waits, file } = await throttledSync({ rateLimit: { every: 2, retryAfterSeconds: 1 } }, 'steady.c1z');
    const waited = waits.reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThan(3 * BUDGET_MS);
    const got = await readSync(file);
    expect(resourceIds(got.resources, 'user')).toEqual([...server.directory.users.keys()].sort());
    expect(resourceIds(got.resources, 'group')).toEqual([...server.directory.groups.keys()].sort());
    expect(server.requests.some((r) => r.status === 429)).toBe(true);
  });

  it('a sync that makes no progress for longer than the budget fails with a clear message and writes no file', async () => {
    const name = 'stuck.c1z';
    const err = await throttledSync({ rateLimit: { routes: ['GET /Groups'], retryAfterSeconds: 1 } }, name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    const message = (err as BatonError).message;
    expect(message).toMatch(/GET \/scim\/v2\/Groups failed with HTTP 429/);
    expect(message).toMatch(/no request succeeded during 3 s of waiting to retry, the retry budget without progress \(http\.syncRetryBudgetSeconds/);
    expect(existsSync(tmp.file(name))).toBe(false);
  });
});
