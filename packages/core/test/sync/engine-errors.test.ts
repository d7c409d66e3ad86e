// How the sync engine handles connector bugs, transient errors, not-found, fatal errors and cancellation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatonError } from '../../src/errors.js';
import { runSync, type RunSyncOptions } from '../../src/sync/run-sync.js';
import { readContents } from '../support/c1z-contents.js';
import { type Call, sampleDirectory, TestConnector, type TestConnectorOptions } from '../support/test-connector.js';
import { memoryLogger, tempDir } from '../support/temp.js';

let dir: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  dir = tempDir('engine-errors');
  file = join(dir.path, 'sync.c1z');
});
afterEach(() => dir.remove());

const isCall = (c: Call, method: Call['method'], target: string): boolean => c.method === method && c.target === target;

function sync(options: TestConnectorOptions, extra: Partial<RunSyncOptions> = {}): { connector: TestConnector; run: Promise<unknown> } {
  const connector = new TestConnector(sampleDirectory, options);
  return { connector, run: runSync({ file, connector, ...extra }) };
}

describe('connector bugs', () => {
  it('aborts when the next page token repeats the request token', async () => {
    const { connector, run } = sync({ nextToken: (c, next) => (c.type === 'user' && c.token === 'offset:2' ? 'offset:2' : next) });
    await expect(run).rejects.toThrow(
      new RegExp(
        'listing resources of type "user": connector bug: user.listResources\\(no parent\\) returned next page token ' +
          '"offset:2", which this listing already requested',
      ),
    );
    expect(connector.calls.filter((c) => c.type === 'user')).toHaveLength(2);
  });

  it('aborts when a token comes back after other pages (a paging cycle)', async () => {
    const cycle: Record<string, string> = { '': 'A', A: 'B', B: 'A' };
    const { connector, run } = sync({ nextToken: (c, next) => (c.type === 'role' ? (cycle[c.token] ?? '') : next) });
    await expect(run).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/token "A", which this listing already requested/) as unknown,
    });
    expect(connector.calls.filter((c) => c.type === 'role').map((c) => c.token)).toEqual(['', 'A', 'B']);
  });

  it('aborts when a resource lacks the trait annotation of its type, naming it', async () => {
    const { run } = sync({ mapResource: (r) => (r.id?.resource === 'cy' ? { ...r, annotations: [] } : r) });
    await expect(run).rejects.toMatchObject({
      code: 'invalid-data',
      message: expect.stringContaining(
        'resource user:cy ("User cy") is missing the UserTrait annotation that its resource type "user" declares',
      ) as unknown,
    });
  });
});

describe('transient errors', () => {
  it('retries with full-jitter backoff on the injected sleep, then succeeds', async () => {
    const sleeps: number[] = [];
    const logger = memoryLogger();
    const { connector, run } = sync(
      {
        fault: (c, attempt) =>
          isCall(c, 'listGrants', 'group:eng') && c.token === '' && attempt <= 3 ? new BatonError('unavailable', 'HTTP 503') : undefined,
      },
      { sleep: (ms) => Promise.resolve(void sleeps.push(ms)), retry: { random: () => 0.5 }, logger },
    );
    const summary = (await run) as { requestsRetried: number; counts: { grants: number } };
    expect(sleeps).toEqual([500, 1000, 2000]);
    expect(connector.calls.filter((c) => isCall(c, 'listGrants', 'group:eng')).map((c) => c.token)).toEqual(['', '', '', '', 'offset:2']);
    expect(summary.requestsRetried).toBe(3);
    expect(summary.counts.grants).toBe(13);
    expect(logger.lines.filter((l) => l.msg === 'retrying operation' && l.level === 'warn')).toHaveLength(3);
  });

  it("waits what the server asks: Retry-After, or until the rate limit resets, capped at 60 s", async () => {
    const sleeps: number[] = [];
    const now = new Date('2026-01-01T00:00:00Z');
    const errors = [
      new BatonError('rate-limited', '429', { retryAfterMs: 7_000 }),
      new BatonError('rate-limited', '429', { rateLimit: { remaining: 0, resetAt: now.getTime() + 12_000 } }),
      new BatonError('rate-limited', '429', { rateLimit: { remaining: 0, resetAt: now.getTime() + 600_000 } }),
    ];
    const { run } = sync(
      { fault: (c, attempt) => (isCall(c, 'listResources', '') && c.type === 'role' ? errors[attempt - 1] : undefined) },
      { sleep: (ms) => Promise.resolve(void sleeps.push(ms)), now: () => now },
    );
    await run;
    expect(sleeps).toEqual([7_000, 12_000, 60_000]);
  });

  it('gives up after the configured attempts and says how many failed and why', async () => {
    const { connector, run } = sync(
      { fault: (c) => (isCall(c, 'listEntitlements', 'role:admin') ? new BatonError('deadline-exceeded', 'request timeout') : undefined) },
      { sleep: () => Promise.resolve(), retry: { maxAttempts: 3 } },
    );
    await expect(run).rejects.toMatchObject({
      code: 'deadline-exceeded',
      message:
        'sync aborted while listing entitlements of resource role:admin (resource type "role"): role.listEntitlements(role:admin) ' +
        'failed 3 times in a row with transient errors; giving up. Last error: request timeout',
    });
    expect(connector.calls.filter((c) => isCall(c, 'listEntitlements', 'role:admin'))).toHaveLength(3);
  });
});

describe('errors whose retries are spent', () => {
  it('are not retried again by the engine: one call, no wait, the error as the connector gave it', async () => {
    const sleeps: number[] = [];
    const spent = new BatonError('unavailable', 'GET /Users failed 5 times with HTTP 503', { retriesSpent: true });
    const { connector, run } = sync(
      { fault: (c) => (isCall(c, 'listResources', '') && c.type === 'user' ? spent : undefined) },
      { sleep: (ms) => Promise.resolve(void sleeps.push(ms)) },
    );
    await expect(run).rejects.toMatchObject({ code: 'unavailable' });
    await expect(run).rejects.toThrow('GET /Users failed 5 times with HTTP 503');
    expect(connector.calls.filter((c) => isCall(c, 'listResources', '') && c.type === 'user')).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('are recognised when wrapped by another error', async () => {
    const sleeps: number[] = [];
    const inner = new BatonError('unavailable', 'HTTP 503 after 5 attempts', { retriesSpent: true });
    const wrapped = new BatonError('unavailable', 'listing users failed', { cause: inner });
    const { connector, run } = sync(
      { fault: (c) => (isCall(c, 'listResources', '') && c.type === 'user' ? wrapped : undefined) },
      { sleep: (ms) => Promise.resolve(void sleeps.push(ms)) },
    );
    await expect(run).rejects.toMatchObject({ code: 'unavailable' });
    expect(connector.calls.filter((c) => isCall(c, 'listResources', '') && c.type === 'user')).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe('not found', () => {
  it('warns and skips the resource in the grants phase', async () => {
    const gone = new BatonError('not-found', 'HTTP 404 group ops');
    const { run } = sync({ fault: (c) => (isCall(c, 'listGrants', 'group:ops') ? gone : undefined) });
    const summary = (await run) as { warningCount: number; warnings: string[]; counts: { grants: number } };
    expect(summary.warningCount).toBe(1);
    expect(summary.warnings[0]).toMatch(/group.listGrants\(group:ops\) failed with not-found; skipped: HTTP 404 group ops/);
    expect(summary.counts.grants).toBe(12);
    expect((await readContents(file)).grants.has('group:ops:member:user:dee')).toBe(false);
  });

  it('aborts once skips pass both the count and the share of actions', async () => {
    // 14 resources get an entitlements listing, users first; the 9 of groups, teams and roles are gone.
    const notFound = (c: Call): Error | undefined =>
      c.method === 'listEntitlements' && c.type !== 'user' ? new BatonError('not-found', 'gone') : undefined;
    const attempt = async (limit?: { count: number; ratio: number }): Promise<unknown> => {
      const d = tempDir('engine-not-found');
      try {
        const extra = limit ? { notFoundLimit: limit } : {};
        return await runSync({ file: join(d.path, 'sync.c1z'), connector: new TestConnector(sampleDirectory, { fault: notFound }), ...extra });
      } finally {
        d.remove();
      }
    };
    await expect(attempt()).resolves.toMatchObject({ warningCount: 9 });
    await expect(attempt({ count: 3, ratio: 0.1 })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining(
        'too many not-found errors: 4 of 9 resources were skipped (limit: more than 3 and more than 10%)',
      ) as unknown,
    });
    await expect(attempt({ count: 3, ratio: 0.5 })).rejects.toThrow(/too many not-found errors: 6 of 11 resources/);
  });

  it('aborts on not-found while listing resources', async () => {
    const { run } = sync({ fault: (c) => (isCall(c, 'listResources', 'group:ops') ? new BatonError('not-found', 'no such group') : undefined) });
    await expect(run).rejects.toMatchObject({
      code: 'not-found',
      message: 'sync aborted while listing resources of type "team" under group:ops: no such group',
    });
  });
});

describe('fatal errors and cancellation', () => {
  it('leaves the previous file byte-identical on a non-retryable error, and the next sync resumes', async () => {
    await runSync({ file, connector: new TestConnector(sampleDirectory) });
    const before = readFileSync(file);
    let syncId = '';
    const denied = new BatonError('permission-denied', 'HTTP 403: token lacks scope roles:read');
    const { run } = sync(
      { fault: (c) => (c.method === 'listResources' && c.type === 'role' ? denied : undefined) },
      { onProgress: (e) => void (e.type === 'sync-start' && (syncId = e.syncId)) },
    );
    await expect(run).rejects.toMatchObject({
      code: 'permission-denied',
      message: 'sync aborted while listing resources of type "role": HTTP 403: token lacks scope roles:read',
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    const resumed = await runSync({ file, connector: new TestConnector(sampleDirectory) });
    expect(resumed).toMatchObject({ syncId, resumed: true });
  });

  it('fails before touching any sync when validation fails', async () => {
    const connector = new TestConnector(sampleDirectory);
    connector.validateError = new BatonError('unauthenticated', 'HTTP 401: bad token');
    await expect(runSync({ file, connector })).rejects.toMatchObject({
      code: 'unauthenticated',
      message: 'connector validation failed, nothing was synced: HTTP 401: bad token',
    });
    expect(connector.calls).toHaveLength(0);
    expect(existsSync(file) || existsSync(`${file}.partial`)).toBe(false);
  });

  it('stops between pages on abort, keeps the work, and throws a cancelled error', async () => {
    await runSync({ file, connector: new TestConnector(sampleDirectory) });
    const before = readFileSync(file);
    const controller = new AbortController();
    let pages = 0;
    const connector = new TestConnector(sampleDirectory);
    const run = runSync({
      file,
      connector,
      signal: controller.signal,
      onProgress: (e) => {
        if (e.type === 'progress' && ++pages === 5) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({
      code: 'cancelled',
      message: expect.stringMatching(/cancelled while .*the next sync of .* resumes it/) as unknown,
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    const callsBefore = connector.calls.length;
    const again = new TestConnector(sampleDirectory);
    await expect(runSync({ file, connector: again })).resolves.toMatchObject({ resumed: true });
    const full = new TestConnector(sampleDirectory);
    await runSync({ file: join(dir.path, 'other.c1z'), connector: full });
    expect(callsBefore + again.calls.length).toBe(full.calls.length);
  });
});
