// The conformance suite every provider package runs against its recorded, scrubbed fixtures.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScimServer } from '../server/start.js';
import type { ScimTestServer } from '../server/options.js';
import type { ScimDirectoryData } from '../scim-types.js';
import { definePackageChecks, expectSyncedDirectory } from './package-checks.js';
import { readSync } from './read-sync.js';
import { runCli } from './run-cli.js';
import type { ConformanceOptions, ExpectedDirectory } from './types.js';

function readJson<T>(dir: string, name: string): T {
  return JSON.parse(readFileSync(join(dir, 'fixtures', name), 'utf8')) as T;
}

export function defineProviderConformance(o: ConformanceOptions): void {
  const dir = fileURLToPath(o.packageDir);
  const directory = readJson<ScimDirectoryData>(dir, 'directory.json');
  const expected = readJson<ExpectedDirectory>(dir, 'expected.json');
  let server: ScimTestServer;
  let work: string;

  describe(`provider ${o.providerId}: conformance`, () => {
    beforeAll(async () => {
      server = await startScimServer({ ...o.server, directory, auth: o.serverAuth, basePath: o.basePath ?? '/scim/v2' });
      work = mkdtempSync(join(tmpdir(), `conformance-${o.providerId}-`));
    });
    afterAll(async () => server.close());

    const syncArgs = (file: string): string[] => [
      '--service-provider', o.providerId,
      '--api-endpoint', server.url,
      ...(o.obtainsToken ? ['--auth-url', server.tokenUrl] : []),
      ...o.credentialFlags, ...(o.extraFlags ?? []),
      '--log-level', 'warn', '-f', file,
    ];

    definePackageChecks({ main: o.main, providerId: o.providerId, packageDir: o.packageDir });

    it('syncs the recorded directory into exactly the expected users, groups, roles and grants', async () => {
      const file = join(work, 'sync.c1z');
      server.resetLog();
      const run = await runCli(o.main, syncArgs(file), dir);
      expect(run.code, run.stderr).toBe(0);
      expectSyncedDirectory(await readSync(o.main, file, dir), expected);
    });

    const perGroup = o.readsMembersPerGroup === true || o.readsMemberPages === true;
    it(perGroup ? 'reads list pages, and each group\'s members once' : 'reads only list pages: never a request per user or per group', () => {
      const scim = server.requests.filter((r) => !r.path.endsWith('/oauth/token'));
      expect(scim.length).toBeGreaterThan(0);
      const groupReads: string[] = [];
      const memberPages = new Map<string, number>();
      for (const r of scim) {
        expect(r.method).toBe('GET');
        const path = r.path.replace(server.url.replace(/^https?:\/\/[^/]+/, ''), '');
        if (o.readsMembersPerGroup && /^\/Groups\/[^/]+$/.test(path)) {
          expect(r.query['attributes']).toBe('members');
          groupReads.push(path);
          continue;
        }
        const subresource = /^(\/Groups\/[^/]+)\/Members$/.exec(path);
        if (o.readsMemberPages && subresource?.[1] !== undefined) {
          // One read per page: a page starts where the previous one ended, never twice at the same index.
          const start = String(r.query['startIndex'] ?? '1');
          const key = `${subresource[1]}@${start}`;
          expect(memberPages.has(key), `${key} read twice`).toBe(false);
          memberPages.set(key, 1);
          if (start === '1') groupReads.push(subresource[1]);
          continue;
        }
        expect(path).toMatch(/^\/(Users|Groups)$/);
      }
      if (perGroup) expect(groupReads.sort()).toEqual(Object.keys(expected.groups).map((id) => `/Groups/${id}`).sort());
    });
  });
}
