// The explorer's pages and lists. Every list is defined once and rendered both as an HTML table (one page of
// rows, with a cursor) and as CSV (every row, page by page), so each export holds exactly what its table shows.
import type { ResourceId } from '@baton-scim/core';
import { barChart, cellHtml, esc, layout, listSection, type Cell, type ListView } from './html.js';
import type { Holding, Page, SearchRow } from './model.js';
import { entitlementLabel, ExploreModel } from './model.js';

export const PAGE_SIZE = 50;

export interface Ctx {
  readonly model: ExploreModel;
  /** `/<token>`: every link starts with it. */
  readonly base: string;
  readonly fileLabel: string;
}

export interface ListSpec {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly empty: string;
  readonly note?: string;
  /** The query string that selects this list at /csv/<name>. */
  readonly params: Record<string, string>;
  rows(after: number, limit: number): Page<Cell[]> | Promise<Page<Cell[]>>;
}

export class NotFound extends Error {}

const seg = (s: string | null | undefined) => encodeURIComponent(s ?? '');
const resourceHref = (ctx: Ctx, id: ResourceId) => `${ctx.base}/r/${seg(id.resourceType)}/${seg(id.resource)}`;
const entitlementHref = (ctx: Ctx, id: string) => `${ctx.base}/e/${seg(id)}`;

function principalCell(ctx: Ctx, id: ResourceId | null | undefined): Cell {
  if (!id) return '-';
  return { text: ctx.model.resourceName(id), href: resourceHref(ctx, id) };
}

function entitlementCell(ctx: Ctx, id: string): Cell {
  return { text: ctx.model.entitlementName(id), href: entitlementHref(ctx, id) };
}

function howCell(ctx: Ctx, h: Holding): Cell {
  if (h.direct) return 'Direct';
  const [first, ...rest] = h.path;
  if (first === undefined) return 'Inherited';
  return [{ text: `via ${ctx.model.entitlementName(first)}`, href: entitlementHref(ctx, first) }, ...rest.map((id) => entitlementCell(ctx, id))];
}

function statusCell(status: string): Cell {
  if (status === '') return '';
  return status === 'Enabled' ? status : { text: status, tone: 'alert' };
}

function statusOf(ctx: Ctx, id: ResourceId | null | undefined): string {
  return id ? (ctx.model.info(id)?.status ?? '') : '';
}

function searchCells(ctx: Ctx, r: SearchRow): Cell[] {
  const link: Cell = r.kind === 'entitlement'
    ? { text: r.name, href: entitlementHref(ctx, r.entitlement_id) }
    : { text: r.name, href: resourceHref(ctx, { resourceType: r.type_id, resource: r.resource_id }) };
  return [link, r.kind === 'entitlement' ? 'entitlement' : ctx.model.typeName(r.type_id), r.email, statusCell(r.status), r.kind === 'entitlement' ? r.entitlement_id : r.resource_id];
}

const mapPage = <T>(p: Page<T>, f: (t: T) => Cell[]): Page<Cell[]> => (p.next === undefined ? { items: p.items.map(f) } : { items: p.items.map(f), next: p.next });

/** Every list, by the name its CSV export is reached at. */
export const LISTS: Record<string, (ctx: Ctx, q: URLSearchParams) => ListSpec> = {
  search: (ctx, q) => {
    const text = q.get('q') ?? '';
    return {
      id: 'results-title', title: `Matches for “${text}”`, columns: ['Name', 'Type', 'Email', 'Status', 'ID'], empty: 'Nothing matches.', params: { q: text },
      rows: (after, limit) => mapPage(ctx.model.search(text, after, limit), (r) => searchCells(ctx, r)),
    };
  },
  access: (ctx, q) => {
    const id = resourceParam(q);
    return {
      id: 'access', title: ctx.model.kindOf(id.resourceType) === 'user' ? 'Access' : 'Granted to this resource', columns: ['Entitlement', 'Resource', 'How'],
      empty: 'Holds no entitlements.', params: { type: id.resourceType ?? '', id: id.resource ?? '' },
      rows: (after, limit) => mapPage(ctx.model.access(id, after, limit), ({ holding: h }) => [
        entitlementCell(ctx, h.grant.entitlement?.id ?? ''), principalCell(ctx, h.grant.entitlement?.resource?.id), howCell(ctx, h),
      ]),
    };
  },
  holders: (ctx, q) => {
    const e = q.get('e') ?? '';
    return {
      id: `holders-${e}`, title: `Held by (${ctx.model.entitlementName(e)})`, columns: ['Principal', 'Type', 'Status', 'How'], empty: 'Nobody holds it.',
      note: `${ctx.model.holderCount(e).toLocaleString('en-US')} in all`, params: { e },
      rows: (after, limit) => mapPage(ctx.model.holders(e, after, limit), ({ holding: h }) => {
        const p = h.grant.principal?.id;
        return [principalCell(ctx, p), ctx.model.typeName(p?.resourceType), statusCell(statusOf(ctx, p)), howCell(ctx, h)];
      }),
    };
  },
  entitlements: (ctx, q) => {
    const id = resourceParam(q);
    return {
      id: 'entitlements', title: 'Entitlements of this resource', columns: ['Entitlement', 'Slug', 'Holders'], empty: 'It has no entitlements.',
      params: { type: id.resourceType ?? '', id: id.resource ?? '' },
      rows: () => ({ items: ctx.model.entitlementsOf(id).map((e) => [entitlementCell(ctx, e.id ?? ''), e.slug ?? '', String(ctx.model.holderCount(e.id ?? ''))]) }),
    };
  },
  top: (ctx) => ({
    id: 'top', title: 'Most-granted entitlements', columns: ['Entitlement', 'Resource', 'Holders'], empty: 'No grants.', params: {},
    rows: (after, limit) => {
      const all = ctx.model.topEntitlements(limit + 1, after);
      const items = all.slice(0, limit).map((t) => [entitlementCell(ctx, t.id), principalCell(ctx, ctx.model.entitlement(t.id)?.resource?.id), String(t.holders)]);
      return all.length > limit ? { items, next: after + limit } : { items };
    },
  }),
  disabled: (ctx) => ({
    id: 'disabled', title: 'Disabled users who still hold access', columns: ['Name', 'Type', 'Email', 'Status', 'ID'], empty: 'None: every disabled account holds nothing.', params: {},
    rows: (after, limit) => mapPage(ctx.model.disabledWithAccess(after, limit), (r) => searchCells(ctx, r)),
  }),
  privileged: (ctx) => ({
    id: 'privileged', title: 'Holders of admin or owner entitlements', columns: ['Principal', 'Entitlement', 'How'], empty: 'No entitlement is named like admin or owner.', params: {},
    rows: (after, limit) => mapPage(ctx.model.privilegedGrants(after, limit), ({ holding: h }) => [principalCell(ctx, h.grant.principal?.id), entitlementCell(ctx, h.grant.entitlement?.id ?? ''), howCell(ctx, h)]),
  }),
  gained: changeList('gained', 'Access gained', 'grants', 'created'),
  lost: changeList('lost', 'Access lost', 'grants', 'deleted'),
  added: changeList('added', 'New principals and resources', 'resources', 'created'),
  removed: changeList('removed', 'Removed principals and resources', 'resources', 'deleted'),
  modified: changeList('modified', 'Changed principals and resources', 'resources', 'modified'),
};

function changeList(id: string, title: string, table: 'grants' | 'resources', what: 'created' | 'deleted' | 'modified') {
  return (ctx: Ctx): ListSpec => ({
    id, title, columns: table === 'grants' ? ['Principal', 'Entitlement', 'How', 'Grant ID'] : ['Name', 'Type', 'ID'], empty: 'None.', params: {},
    rows: async (after, limit) => {
      const changes = await ctx.model.changeSet();
      if (typeof changes === 'string') return { items: [] };
      const ids = changes.diff[table][what];
      // A removed row exists only in the earlier sync, so it is described from there.
      const reader = what === 'deleted' ? changes.base : changes.applied;
      const items = ids.slice(after, after + limit).map((key): Cell[] => {
        if (table === 'grants') {
          const g = reader.getGrant(key);
          if (!g) return [key, '', '', key];
          const how = what === 'deleted' ? (g.sources && Object.keys(g.sources.sources ?? {}).length > 0 ? 'Inherited' : 'Direct') : howCell(ctx, ctx.model.holding(g));
          const p = g.principal?.id;
          const name = reader.getResource(p ?? {})?.displayName || `${p?.resourceType ?? ''}:${p?.resource ?? ''}`;
          const ent = reader.getEntitlement(g.entitlement?.id ?? '');
          const owner = reader.getResource(g.entitlement?.resource?.id ?? {})?.displayName ?? '';
          const entName = entitlementLabel(owner, ent ?? g.entitlement ?? {});
          return [{ text: name, href: p ? resourceHref(ctx, p) : undefined }, { text: entName, href: entitlementHref(ctx, g.entitlement?.id ?? '') }, how, key];
        }
        const sep = key.indexOf(':');
        const rid = { resourceType: key.slice(0, sep), resource: key.slice(sep + 1) };
        const r = reader.getResource(rid);
        return [{ text: r?.displayName || key, href: what === 'deleted' ? undefined : resourceHref(ctx, rid) }, ctx.model.typeName(rid.resourceType), rid.resource];
      });
      return ids.length > after + limit ? { items, next: after + limit } : { items };
    },
  });
}

function resourceParam(q: URLSearchParams): ResourceId {
  return { resourceType: q.get('type') ?? '', resource: q.get('id') ?? '' };
}

/** One page of a list, as a section with its CSV link and a cursor link to the next page. */
async function section(ctx: Ctx, name: string, q: URLSearchParams, url: URL): Promise<string> {
  const spec = LISTS[name]?.(ctx, q);
  if (!spec) throw new NotFound(name);
  const key = `after.${name}${q.get('e') ? `.${q.get('e') ?? ''}` : ''}`;
  const after = Number(url.searchParams.get(key) ?? '0') || 0;
  const page = await spec.rows(after, PAGE_SIZE);
  const next = new URL(url);
  if (page.next !== undefined) next.searchParams.set(key, String(page.next));
  const view: ListView = {
    id: spec.id, title: spec.title, empty: spec.empty, note: spec.note,
    table: { columns: spec.columns, rows: page.items },
    csvHref: `${ctx.base}/csv/${name}?${new URLSearchParams(spec.params).toString()}`,
    nextHref: page.next !== undefined ? `${next.pathname}${next.search}` : undefined,
  };
  return listSection(view);
}

function frame(ctx: Ctx, current: 'glance' | 'search' | 'changes' | 'detail', title: string, body: string, query?: string): string {
  return layout({ base: ctx.base, title, current, file: ctx.fileLabel, syncId: ctx.model.syncId, query, body });
}

export async function glancePage(ctx: Ctx, url: URL): Promise<string> {
  const counts = ctx.model.counts();
  const tiles = [...counts.byType.map((t) => [t.name, t.count] as const), ['Entitlements', counts.entitlements] as const, ['Grants', counts.grants] as const]
    .map(([label, n]) => `<li><span class="n">${n.toLocaleString('en-US')}</span>${esc(label)}</li>`).join('');
  const top = ctx.model.topEntitlements(10);
  const charts = `<div class="charts">${barChart('Resources by type', counts.byType.map((t) => ({ label: t.name, value: t.count })))}`
    + `${barChart('Most-granted entitlements (holders)', top.map((t) => ({ label: ctx.model.entitlementName(t.id), value: t.holders, href: entitlementHref(ctx, t.id) })))}</div>`;
  const none = new URLSearchParams();
  const body = `<ul class="tiles" aria-label="Counts">${tiles}</ul>${charts}`
    + (await section(ctx, 'disabled', none, url)) + (await section(ctx, 'privileged', none, url)) + (await section(ctx, 'top', none, url));
  return frame(ctx, 'glance', 'At a glance', body);
}

export async function searchResults(ctx: Ctx, url: URL): Promise<string> {
  const q = url.searchParams.get('q') ?? '';
  if (q.trim() === '') return '<p class="empty">Type a name, email or id.</p>';
  return section(ctx, 'search', url.searchParams, url);
}

export async function searchPage(ctx: Ctx, url: URL): Promise<string> {
  const q = url.searchParams.get('q') ?? '';
  const body = `<div id="results" aria-live="polite" data-query="${esc(q)}">${await searchResults(ctx, url)}</div>`;
  return frame(ctx, 'search', 'Search', body, q);
}

export async function resourcePage(ctx: Ctx, url: URL, id: ResourceId): Promise<string> {
  const r = ctx.model.resource(id);
  if (!r) throw new NotFound(`${id.resourceType ?? ''}:${id.resource ?? ''}`);
  const kind = ctx.model.kindOf(id.resourceType);
  const q = new URLSearchParams({ type: id.resourceType ?? '', id: id.resource ?? '' });
  const status = kind === 'user' ? statusOf(ctx, id) : '';
  const holds = ctx.model.access(id, 0, 1).items.length > 0;
  const facts: [string, string][] = [['Type', ctx.model.typeName(id.resourceType)], ['ID', id.resource ?? '']];
  if (kind === 'user') {
    const hit = ctx.model.info(id);
    facts.push(['Email', hit?.email || '-'], ['Status', status || '-']);
  }
  if (r.parentResourceId) facts.push(['Parent', ctx.model.resourceName(r.parentResourceId)]);
  if (r.description) facts.push(['Description', r.description]);
  let body = `<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd${k === 'Status' && v !== 'Enabled' && v !== '-' ? ' class="alert"' : ''}>${esc(v)}</dd>`).join('')}</dl>`;
  if (kind === 'user' && (status === 'Disabled' || status === 'Deleted') && holds) {
    body += `<p class="banner alert" role="status">This account is ${esc(status.toLowerCase())} but still holds access.</p>`;
  }
  if (kind === 'user') {
    body += await section(ctx, 'access', q, url);
  } else {
    const ents = ctx.model.entitlementsOf(id);
    body += await section(ctx, 'entitlements', q, url);
    for (const e of ents) body += await section(ctx, 'holders', new URLSearchParams({ e: e.id ?? '' }), url);
    body += await section(ctx, 'access', q, url);
  }
  return frame(ctx, 'detail', r.displayName || (id.resource ?? ''), body);
}

export async function entitlementPage(ctx: Ctx, url: URL, id: string): Promise<string> {
  const e = ctx.model.entitlement(id);
  if (!e) throw new NotFound(id);
  const owner = e.resource?.id;
  const facts: [string, Cell][] = [['Resource', principalCell(ctx, owner)], ['Slug', e.slug ?? ''], ['ID', id]];
  if (e.description) facts.push(['Description', e.description]);
  const body = `<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${cellHtml(v)}</dd>`).join('')}</dl>`
    + (await section(ctx, 'holders', new URLSearchParams({ e: id }), url));
  return frame(ctx, 'detail', ctx.model.entitlementName(id), body);
}

export async function changesPage(ctx: Ctx, url: URL): Promise<string> {
  const changes = await ctx.model.changeSet();
  if (typeof changes === 'string') return frame(ctx, 'changes', 'Changes', `<p class="banner">${esc(changes)}</p>`);
  const d = changes.diff;
  const counts: [string, number][] = [
    ['Access gained', d.grants.created.length], ['Access lost', d.grants.deleted.length],
    ['New resources', d.resources.created.length], ['Removed resources', d.resources.deleted.length], ['Changed resources', d.resources.modified.length],
    ['Changed entitlements', d.entitlements.created.length + d.entitlements.deleted.length + d.entitlements.modified.length],
  ];
  const none = new URLSearchParams();
  const against = ctx.model.source.compare ? `${ctx.model.source.compare} (sync ${d.base})` : `the previous sync ${d.base}`;
  let body = `<p>From ${esc(against)} to sync ${esc(d.applied)}.</p><ul class="tiles" aria-label="Change counts">${counts.map(([l, n]) => `<li><span class="n">${n.toLocaleString('en-US')}</span>${esc(l)}</li>`).join('')}</ul>`;
  for (const name of ['gained', 'lost', 'added', 'removed', 'modified']) body += await section(ctx, name, none, url);
  return frame(ctx, 'changes', 'Changes', body);
}
