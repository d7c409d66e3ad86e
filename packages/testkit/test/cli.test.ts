import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli-args.js';
import { runCli } from '../src/cli-run.js';
import { TestkitConfigError } from '../src/errors.js';
import { bearer, call } from './helpers.js';

describe('scim-test-server flags', () => {
  it('maps flags to server options', () => {
    const cmd = parseCliArgs(['--users', '40', '--groups', '3', '--seed', '9', '--token', 't', '--basic', 'u:p:q', '--oauth-client', 'id:sec:acct', '--token-ttl', '60', '--cursor', '--etag', '--page-size', '10', '--faults', '{"pageCap":5}']);
    expect(cmd).toEqual({
      help: false,
      options: {
        host: '127.0.0.1',
        port: 0,
        generate: { users: 40, groups: 3, seed: 9 },
        paging: { cursor: true, defaultPageSize: 10 },
        etag: true,
        auth: { bearer: 't', basic: { username: 'u', password: 'p:q' }, oauth: { clients: [{ clientId: 'id', clientSecret: 'sec', accountId: 'acct' }], expiresInSeconds: 60 } },
        faults: { pageCap: 5 },
      },
    });
    expect(parseCliArgs(['--help'])).toEqual({ help: true });
  });

  it('names the bad flag', () => {
    expect(() => parseCliArgs(['--users', 'many'])).toThrow(/--users: must be a non-negative integer/);
    expect(() => parseCliArgs(['--faults', '{'])).toThrow(/--faults: is not valid JSON/);
    expect(() => parseCliArgs(['--faults', '{"pagecap":3}'])).toThrow(/--faults: has unknown keys pagecap; known: seed, pageCap/);
    expect(() => parseCliArgs(['--basic', 'nocolon'])).toThrow(/--basic: must look like user:pass/);
    expect(() => parseCliArgs(['--bogus'])).toThrow(TestkitConfigError);
  });

  it('starts a server and prints its URL alone on stdout', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const server = await runCli(['--users', '4', '--groups', '1', '--token', 'cli-token'], { out: (l) => out.push(l), err: (l) => err.push(l) });
    try {
      expect(out).toEqual([server!.url]);
      expect(err.join('\n')).toContain('4 users, 1 groups');
      expect((await call(`${out[0]}/Users`, { headers: bearer('cli-token') })).json.totalResults).toBe(4);
    } finally {
      await server?.close();
    }
  });
});
