// Faults a server can inflict without erroring cleanly: each sync ends in a complete, correct file or a clear error within its budget.
import { copyFile } from 'node:fs/promises';
import { BatonError, isRetryable } from '@baton-scim/core';
import { startScimServer, type FaultPatch, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorFor, fingerprint, readSync, recordingSleep, scimConfig, sync, tempDir, TOKEN, type TempDir } from './support.js';

let server: ScimTestServer;
let tmp: TempDir;
let clean: ReturnType<typeof fingerprint>;

/** Small budgets, so every case ends within a second or two. */
const HTTP = { headersTimeoutSeconds: 0.3, bodyTimeoutSeconds: 0.3, maxAttempts: 2, maxResponseBytes: 65_536 };
const config = (http: Record<string, unknown> = {}, url = server.url) =>
  scimConfig(url, { pagination: { pageSize: 20 }, http: { ...HTTP, ...http } });

beforeAll(async () => {
  server = await startScimServer({ generate: { users: 40, groups: 6, seed: 5, roles: 2 }, auth: { bearer: TOKEN } });
  tmp = await tempDir();
  const connector = connectorFor({ config: config() });
  await sync(connector, tmp.file('clean.c1z'));
  await connector.close();
  clean = fingerprint(await readSync(tmp.file('clean.c1z')));
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

/** Syncs over a copy of the clean file under `faults`; returns the error, or undefined after checking the file is complete. */
async function syncUnder(name: string, faults: FaultPatch, http: Record<string, unknown> = {}): Promise<BatonError | undefined> {
  const file = tmp.file(`${name}.c1z`);
  await copyFile(tmp.file('clean.c1z'), file);
  server.resetLog();
  server.setFaults(faults);
  const { sleep, waits } = recordingSleep();
  const connector = connectorFor({ config: config(http), http: { sleep } });
  try {
    await sync(connector, file);
    expect(fingerprint(await readSync(file))).toEqual(clean);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(BatonError);
    // A failed sync leaves the previous file exactly as it was.
    expect(fingerprint(await readSync(file))).toEqual(clean);
    return err as BatonError;
  } finally {
    await connector.close();
    server.clearFaults();
    waitsSeen = waits;
  }
}
let waitsSeen: number[] = [];

const usersRequests = (): number => server.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/Users')).length;

describe('faults that must end in a clear error', () => {
  it('a body trickling in below the minimum rate', async () => {
    const err = await syncUnder('trickle', { trickle: { routes: ['GET /Users'], intervalMs: 25 } }, { minBytesPerSecond: 2000 });
    expect(err?.code).toBe('deadline-exceeded');
    expect(err?.message).toMatch(/GET \/scim\/v2\/Users sent its body at \d+ bytes\/s, below the minimum of 2000 bytes\/s \(gave up after 2 attempts\)/);
  });

  it.each([false, true])('a huge body (chunked: %s) is refused once, not fetched again', async (chunked) => {
    const err = await syncUnder('huge', { hugeBody: { routes: ['GET /Users'], bytes: 200_000, chunked } });
    expect(err?.code).toBe('invalid-data');
    expect(err?.message).toContain('over the limit of 65536 bytes; lower pagination.pageSize so pages are smaller, or raise http.maxResponseBytes');
    expect(err?.message).not.toMatch(/lost the connection|gave up after/);
    expect(usersRequests()).toBe(1);
  });

  it('a hung server gives up after maxAttempts header deadlines', async () => {
    const err = await syncUnder('hung', { hang: { routes: ['GET /Users'] } });
    expect(err?.code).toBe('deadline-exceeded');
    expect(err?.message).toContain('got no response headers within 300 ms (gave up after 2 attempts)');
    expect(usersRequests()).toBe(2);
  });

  it('a persistent HTML 500 fails after maxAttempts, naming the page', async () => {
    const err = await syncUnder('html', { htmlError: { routes: ['GET /Users'], status: 500 } });
    expect(err?.code).toBe('unavailable');
    expect(err?.message).toMatch(/HTTP 500 Internal Server Error: HTML page "500 Internal Server Error".*\(gave up after 2 attempts\)/);
    expect(usersRequests()).toBe(2);
    expect(isRetryable(err)).toBe(false);
  });

  it('a refused connection fails at once, with no retry', async () => {
    const closed = await startScimServer({ generate: { users: 1, groups: 0, seed: 1 } });
    const url = closed.url;
    await closed.close();
    const { sleep, waits } = recordingSleep();
    const connector = connectorFor({ config: config({}, url), http: { sleep } });
    const err = await sync(connector, tmp.file('refused.c1z')).then(() => undefined, (e: unknown) => e as BatonError);
    await connector.close();
    expect(err?.code).toBe('unavailable');
    expect(err?.message).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\); check the base URL/);
    expect(err?.message).not.toContain('gave up after');
    expect(waits).toEqual([]);
  });
});

describe('faults that heal within the budget', () => {
  it('one HTML 500 is retried and the file is complete', async () => {
    expect(await syncUnder('html-once', { htmlError: { routes: ['GET /Users'], status: 500, first: 1 } })).toBeUndefined();
  });

  it('a Retry-After of an hour is capped at maxRetryWaitSeconds', async () => {
    const faults: FaultPatch = { rateLimit: { routes: ['GET /Groups'], first: 1, retryAfterSeconds: 3600 } };
    expect(await syncUnder('retry-after', faults, { maxRetryWaitSeconds: 0.05 })).toBeUndefined();
    expect(waitsSeen).toEqual([50]);
  });
});
