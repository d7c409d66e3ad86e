// Fuzz: random configs give only path-named config errors; random SCIM responses give a complete sync or a typed error.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { BatonError } from '@baton-scim/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ConfigError } from '../../src/config/errors.js';
import { loadScimConfig } from '../../src/config/load.js';
import { json, startServer, type TestServer } from '../http/test-server.js';
import { BASE_CONFIG, connectorFor, scimConfig, sync } from '../sync/support.js';

type Tree = Record<string, unknown>;

/** BASE_CONFIG with one value replaced (or a key added) at a random path. */
const mutatedConfig = fc
  .tuple(
    fc.constantFrom(...leafPaths(BASE_CONFIG), ['user', 'extra'], ['pagination', 'pageSize'], ['http', 'maxAttempts'], ['apiEndpoint']),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([path, value]) => {
    const copy = structuredClone(BASE_CONFIG);
    let node: Tree = copy;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Tree;
    node[path[path.length - 1] ?? 'x'] = value;
    return copy;
  });

function leafPaths(tree: Tree, prefix: string[] = []): string[][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? leafPaths(value as Tree, [...prefix, key]) : [[...prefix, key]],
  );
}

/** Loads `text`; a failure must be a ConfigError whose every problem names the file and where in it. */
function loadOrExplain(text: string): void {
  try {
    loadScimConfig(text, { file: 'fuzz.yaml' });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const config = err as ConfigError;
    expect(config.issues.length).toBeGreaterThan(0);
    // A problem names its key, or its line, or is about the file as a whole (not YAML, not a mapping).
    for (const issue of config.issues) expect(issue.key !== '' || issue.line !== undefined || /YAML|the config/.test(issue.message)).toBe(true);
    for (const line of config.lines) expect(line.startsWith('fuzz.yaml')).toBe(true);
  }
}

describe('fuzz: configs', () => {
  it('a config with one random value anywhere loads or gives path-named errors', () => {
    fc.assert(fc.property(mutatedConfig, (config) => loadOrExplain(stringify(config))), { numRuns: 300, seed: 11 });
  });

  it('random text loads or gives path-named errors', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => loadOrExplain(text)), { numRuns: 300, seed: 12 });
  });
});

/** A page the server answers: sometimes a well-formed list response, sometimes anything. */
const scimUser = fc.record(
  { id: fc.oneof(fc.uuid(), fc.string(), fc.integer()), userName: fc.string(), emails: fc.jsonValue({ maxDepth: 2 }), active: fc.jsonValue({ maxDepth: 1 }) },
  { requiredKeys: [] },
);
const listBody = fc.oneof(
  fc.record(
    {
      totalResults: fc.oneof(fc.nat(60), fc.string(), fc.constant(null)),
      startIndex: fc.oneof(fc.nat(60), fc.constant(null)),
      itemsPerPage: fc.oneof(fc.nat(60), fc.constant(null)),
      Resources: fc.oneof(fc.array(scimUser, { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })),
    },
    { requiredKeys: ['Resources'] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);
const reply = fc.record({ status: fc.constantFrom(200, 200, 200, 400, 404, 500), body: listBody });

describe('fuzz: SCIM responses', () => {
  let server: TestServer;
  let dir: string;
  let replies: { status: number; body: unknown }[] = [];

  beforeAll(async () => {
    server = await startServer((_req, res, i) => {
      const r = replies[i % Math.max(1, replies.length)] ?? { status: 200, body: {} };
      json(res, r.status, r.body);
    });
    dir = await mkdtemp(join(tmpdir(), 'scim-fuzz-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a sync of random answers completes or fails with a typed error, never an unhandled exception', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(reply, { minLength: 1, maxLength: 8 }), async (answers) => {
        replies = answers;
        server.requests.length = 0;
        const connector = connectorFor({
          config: scimConfig(`${server.url}/scim/v2`, { pagination: { pageSize: 5 }, http: { maxAttempts: 1 } }),
          http: { sleep: () => Promise.resolve() },
        });
        try {
          await sync(connector, join(dir, `fuzz-${run++}.c1z`));
        } catch (err) {
          expect(err).toBeInstanceOf(BatonError);
        } finally {
          await connector.close();
        }
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});
