// The checkout holds no sync files or exports besides recorded fixtures: runs and tests write to temporary
// directories, and .gitignore keeps a stray one out of commits.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAGS } from '../src/options/flags.js';
import { REPO } from './support/bin.js';

const SKIP = new Set(['node_modules', 'dist', '.turbo', '.git', 'demo-out', '.tools', '.bench', 'fixtures']);

function artifacts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return artifacts(path);
    return /\.(c1z|csv)$/.test(e.name) ? [path.slice(REPO.length)] : [];
  });
}

describe('the checkout', () => {
  // Only the package trees: a person's own `pnpm baton-scim -f sync.c1z` in the checkout root is theirs.
  it('has no .c1z or .csv file in the packages outside fixtures, tracked or not', () => {
    expect(artifacts(join(REPO, 'packages'))).toEqual([]);
  });

  it('ignores sync files and exports wherever a run leaves them', () => {
    const ignored = execFileSync('git', ['check-ignore', 'packages/cli/from-yaml.c1z', 'sync.csv', 'packages/x/out.c1z.lock'], { cwd: REPO, encoding: 'utf8' });
    expect(ignored.trim().split('\n')).toHaveLength(3);
    const fixture = execFileSync('git', ['check-ignore', '--no-index', '-v', '--non-matching', 'packages/core/test/c1z/fixtures/new.c1z'], { cwd: REPO, encoding: 'utf8' });
    expect(fixture).toMatch(/^\.gitignore:\d+:!/);
  });

  it('README explains the npm 11 install-scripts warning about the native addons', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(readme).toMatch(/allowScripts/);
    expect(readme).toContain('npm install-scripts approve better-sqlite3 zstd-napi');
  });

  it("README's flag table lists every flag --help shows", () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const table = readme.split('\n').filter((l) => l.startsWith('| `-')).join('\n');
    const missing = FLAGS.filter((f) => !f.hidden && !table.includes(`--${f.name}\``)).map((f) => `--${f.name}`);
    expect(missing).toEqual([]);
  });

  it('README starts with exactly the demo and test commands', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const first = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(first.split('\n').filter((l) => l.trim() !== '').map((l) => l.split('#')[0]?.trim())).toEqual(['npm run demo', 'npm test']);
  });
});

describe('the source tree', () => {
  // A circle makes the order modules initialise in depend on which one is imported first; none is allowed.
  it('has no import circles in any package or provider source', async () => {
    const { default: madge } = await import('madge');
    const roots = ['packages/core/src', 'packages/scim/src', 'packages/cli/src', 'packages/testkit/src', ...readdirSync(join(REPO, 'packages/providers'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && readdirSync(join(REPO, 'packages/providers', e.name)).includes('src'))
      .map((e) => `packages/providers/${e.name}/src`)];
    const graph = await madge(roots.map((r) => join(REPO, r)), { fileExtensions: ['ts'], tsConfig: join(REPO, 'tsconfig.base.json'), excludeRegExp: [/\/gen\//] });
    expect(graph.circular()).toEqual([]);
  }, 120_000);
});
