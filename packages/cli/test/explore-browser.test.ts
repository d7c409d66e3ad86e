// The explorer in a real browser: headless Chromium drives the page the built baton-scim serves from a file
// two real syncs of the testkit server wrote. Screenshots of each view go to test-output/explore/.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScimGroup, ScimTestServer, ScimUser } from '@baton-scim/testkit';
import { BIN } from './support/bin.js';
import { cli, startServer, syncArgs, tempDir } from './support/run.js';

const SHOTS = new URL('../test-output/explore/', import.meta.url).pathname;
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: ScimTestServer;
let file: string;
let child: ChildProcess;
let url: string;
let context: BrowserContext;
let page: Page;
let profile: string;
let temp: string;
const cast: { alice: ScimUser; bob: ScimUser; carol: ScimUser; dave: ScimUser; outer: ScimGroup; inner: ScimGroup; joined: ScimGroup; left: ScimGroup } = {} as never;

const nameOf = (u: ScimUser) => u.displayName ?? u.userName;
/** Display names of the synced entitlements, as inspect lists them. */
const entitlementNames = new Map<string, string>();
/** A group's member entitlement as the page names it: its display name, prefixed by the group's when it lacks it. */
function label(g: ScimGroup): string {
  const own = entitlementNames.get(`group:${g.id}:member`) ?? '';
  return own.toLowerCase().includes((g.displayName ?? '').toLowerCase()) ? own : `${g.displayName ?? ''} ${own}`;
}
const isMember = (g: ScimGroup, id: string) => (g.members ?? []).some((m) => m.value === id);

async function sync(): Promise<void> {
  const run = await cli(syncArgs(server, file));
  if (run.code !== 0) throw new Error(run.stderr);
}

/** Starts the built command and resolves with the URL it prints. */
function startExplore(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, 'explore', '--no-open', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', XDG_CACHE_HOME: tempDir() } });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /explore: (http:\S+)/.exec(out);
      if (m?.[1]) resolve({ child: proc, url: m[1] });
    });
    proc.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    proc.on('exit', (code) => reject(new Error(`explore exited ${code}: ${err}`)));
  });
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

beforeAll(async () => {
  server = await startServer();
  const users = [...server.directory.users.values()];
  const groups = [...server.directory.groups.values()];
  const [outer, inner, joined, left, disabledHome] = groups;
  if (!outer || !inner || !joined || !left || !disabledHome) throw new Error('the directory needs five groups');
  // Nothing nested but inner inside outer, so the one path through nested groups is known.
  for (const g of groups) g.members = (g.members ?? []).filter((m) => m.type !== 'Group');
  const alice = users.find((u) => u.active !== false && !isMember(outer, u.id) && !isMember(joined, u.id));
  if (!alice) throw new Error('no user outside the outer group');
  (inner.members ??= []).push({ value: alice.id, display: nameOf(alice), type: 'User' });
  outer.members = [...(outer.members ?? []), { value: inner.id, display: inner.displayName, type: 'Group' }];
  const bob = users.find((u) => u !== alice);
  if (!bob) throw new Error('no second user');
  bob.active = false;
  if (!isMember(disabledHome, bob.id)) (disabledHome.members ??= []).push({ value: bob.id, display: nameOf(bob), type: 'User' });
  const carol = users.find((u) => u !== alice && u !== bob && !isMember(joined, u.id));
  const dave = users.find((u) => u !== alice && u !== bob && u !== carol && isMember(left, u.id));
  if (!carol || !dave) throw new Error('no users for the changes');
  Object.assign(cast, { alice, bob, carol, dave, outer, inner, joined, left });

  file = join(tempDir(), 'sync.c1z');
  await sync();
  // The second sync: carol gained the joined group, dave lost the left one.
  (joined.members ??= []).push({ value: carol.id, display: nameOf(carol), type: 'User' });
  left.members = (left.members ?? []).filter((m) => m.value !== dave.id);
  await sync();
  const listed = await cli(['inspect', 'entitlements', '-o', 'json', '-f', file]);
  for (const e of (JSON.parse(listed.stdout) as { entitlements: { entitlement: { id: string; displayName: string } }[] }).entitlements) {
    entitlementNames.set(e.entitlement.id, e.entitlement.displayName);
  }

  temp = tempDir();
  // Without the cache, the decompressed copy lives in `temp` and goes on exit (explore-cache.test.ts covers the cache).
  ({ child, url } = await startExplore(['-f', file, '--port', '0', '--c1z-temp-dir', temp, '--no-cache']));
  mkdirSync(SHOTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'explore-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 800 } });
  page = context.pages()[0] ?? await context.newPage();
});

afterAll(async () => {
  await context?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('baton-scim explore in a browser', () => {
  it('opens at a glance with counts, charts and the disabled account that still holds access', async () => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('At a glance');
    expect(await page.locator('svg[role="img"]').count()).toBe(2);
    // The file holds both syncs; the counts are the latest one's, as inspect stats gives them.
    const stats = JSON.parse((await cli(['inspect', 'stats', '-o', 'json', '-f', file])).stdout) as { counts: Record<string, number> };
    const tile = async (label: string) => Number((await page.locator('.tiles li', { hasText: new RegExp(`^[\\d,]+${label}$`) }).locator('.n').textContent())?.replace(/,/g, ''));
    expect(await tile('Grants')).toBe(stats.counts.grants);
    expect(await tile('Entitlements')).toBe(stats.counts.entitlements);
    expect(await tile('User')).toBe(stats.counts.user);
    const disabled = page.locator('section', { has: page.locator('#disabled') });
    expect(await disabled.locator('tbody tr td:last-child').allTextContents()).toContain(cast.bob.id);
    await shot('glance');
  });

  it('searches a user from the keyboard, opens them and shows an inherited grant with its path', async () => {
    await page.keyboard.press('/');
    expect(await page.locator(':focus').getAttribute('id')).toBe('q');
    await page.keyboard.type(nameOf(cast.bob));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    // On the search page the results follow the typing, without submitting.
    await page.fill('#q', '');
    await page.keyboard.type(cast.alice.userName.slice(0, -1));
    await page.waitForSelector(`#results[data-query="${cast.alice.userName.slice(0, -1)}"]`);
    await shot('search');
    await page.getByRole('link', { name: nameOf(cast.alice), exact: true }).click();
    await page.waitForURL(/\/r\/user\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(nameOf(cast.alice));
    const row = page.locator('section', { has: page.locator('#access') }).locator('tbody tr', { has: page.getByRole('link', { name: label(cast.outer), exact: true }) });
    expect((await row.locator('td').nth(2).textContent())?.replace(/\s+/g, ' ').trim()).toBe(`via ${label(cast.inner)}`);
    const direct = page.locator('section', { has: page.locator('#access') }).locator('tbody tr', { has: page.getByRole('link', { name: label(cast.inner), exact: true }) });
    expect(await direct.locator('td').nth(2).textContent()).toBe('Direct');
    await shot('principal');
  });

  it('opens the outer group: alice is an inherited member through the inner group, which is a direct one', async () => {
    await page.getByRole('link', { name: cast.outer.displayName, exact: true }).first().click();
    await page.waitForURL(/\/r\/group\//);
    const members = page.locator('section', { has: page.locator('h2', { hasText: 'Held by' }) }).first();
    const alice = members.locator('tr', { has: page.getByRole('link', { name: nameOf(cast.alice), exact: true }) });
    expect((await alice.locator('td').nth(3).textContent())?.replace(/\s+/g, ' ').trim()).toBe(`via ${label(cast.inner)}`);
    const inner = members.locator('tr', { has: page.getByRole('link', { name: cast.inner.displayName, exact: true }) });
    expect(await inner.locator('td').nth(3).textContent()).toBe('Direct');
    await shot('group');
  });

  it('opens an entitlement and lists who holds it and through what', async () => {
    await page.getByRole('link', { name: label(cast.outer), exact: true }).first().click();
    await page.waitForURL(/\/e\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(label(cast.outer));
    const holders = await page.locator('table tbody tr td:first-child').allTextContents();
    expect(holders).toContain(nameOf(cast.alice));
    expect(holders).toContain(cast.inner.displayName);
    await shot('entitlement');
  });

  it('shows the changes of the second sync: access gained and lost', async () => {
    await page.getByRole('link', { name: 'Changes', exact: true }).click();
    await page.waitForURL(/\/changes$/);
    const gained = page.locator('section', { has: page.locator('#gained') });
    const lost = page.locator('section', { has: page.locator('#lost') });
    expect(await gained.locator('tbody tr').count()).toBe(1);
    expect((await gained.locator('tbody tr td').allTextContents()).slice(0, 2)).toEqual([nameOf(cast.carol), label(cast.joined)]);
    expect(await lost.locator('tbody tr').count()).toBe(1);
    expect((await lost.locator('tbody tr td').allTextContents()).slice(0, 2)).toEqual([nameOf(cast.dave), label(cast.left)]);
    // The same comparison as inspect diff.
    const diff = JSON.parse((await cli(['inspect', 'diff', '-f', file, '-o', 'json'])).stdout) as { grants: { created: string[]; deleted: string[] }; resources: { created: string[]; deleted: string[]; modified: string[] } };
    expect(await gained.locator('tbody tr td:last-child').allTextContents()).toEqual(diff.grants.created);
    expect(await lost.locator('tbody tr td:last-child').allTextContents()).toEqual(diff.grants.deleted);
    expect(await page.locator('.tiles li', { hasText: 'Changed resources' }).locator('.n').textContent()).toBe(String(diff.resources.modified.length));
    await shot('changes');
  });

  it('exports the principal\'s access as CSV, with the path of the inherited grant', async () => {
    await page.goto(`${url}r/user/${encodeURIComponent(cast.alice.id)}`);
    const href = await page.getByRole('link', { name: /Export CSV/ }).first().getAttribute('href');
    const csv = await page.evaluate(async (h) => (await fetch(h ?? '')).text(), href);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('Entitlement,Resource,How');
    expect(lines).toContain(`${label(cast.outer)},${cast.outer.displayName},via ${label(cast.inner)}`);
    expect(lines).toContain(`${label(cast.inner)},${cast.inner.displayName},Direct`);
  });

  it('refuses a request without the token', async () => {
    const origin = new URL(url).origin;
    const res = await page.goto(`${origin}/`);
    expect(res?.status()).toBe(403);
    expect(await page.textContent('body')).toContain('forbidden');
    const api = await fetch(`${origin}/csv/access?type=user&id=${encodeURIComponent(cast.alice.id)}`);
    expect(api.status).toBe(403);
  });

  it('stops on SIGTERM with exit 0, and removes its decompressed copy', async () => {
    expect(readdirSync(temp).length).toBeGreaterThan(0);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(readdirSync(temp)).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
  });
});
