// A server that reflects the request's credentials into user data: the .c1z never stores them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { C1zReader } from '@baton-scim/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScimTestServer } from '@baton-scim/testkit';
import { cli, startServer, syncArgs, tempDir, TOKEN } from './support/run.js';

let server: ScimTestServer;
beforeAll(async () => {
  server = await startServer();
  const [first, second] = [...server.directory.users.values()];
  // What such a server does: it copies the Authorization header (and its parts) into user attributes.
  first!.displayName = `Bearer ${TOKEN}`;
  second!.name = { givenName: TOKEN, familyName: Buffer.from(TOKEN).toString('base64') };
});
afterAll(async () => server.close());

describe('credentials reflected into user data', () => {
  it('are masked before anything is stored, with one warning, and every user is still synced', async () => {
    const file = join(tempDir(), 'sync.c1z');
    const run = await cli(syncArgs(server, file));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('it was masked as [REDACTED] before use, so no file stores it');
    expect(run.stderr.match(/masked as \[REDACTED\] before use/g)).toHaveLength(1);
    const c1z = await C1zReader.open(file);
    try {
      const bytes = readFileSync(c1z.dbPath);
      expect(bytes.includes(Buffer.from(TOKEN))).toBe(false);
      expect(bytes.includes(Buffer.from(Buffer.from(TOKEN).toString('base64')))).toBe(false);
      expect(run.stderr).not.toContain(TOKEN);
      expect(c1z.reader.count('resources')).toBeGreaterThan(30);
      expect(bytes.includes(Buffer.from('Bearer [REDACTED]'))).toBe(true);
    } finally {
      c1z.close();
    }
  });
});
