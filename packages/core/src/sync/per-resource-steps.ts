// Entitlement and grant listing: a batch of stored resources (by rowid, type by type) per commit.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { BatonError, isNotFound } from '../errors.js';
import { hasAnnotation } from '../model/annotations.js';
import { resourceKey } from '../model/ids.js';
import type { SavedEntry } from '../connector/contract.js';
import type { Entitlement, Grant, Resource } from '../model/pb.js';
import type { Row } from '../store/types.js';
import { type EngineContext, fetchPage, recordNotFound, type StepResult, syncerFor } from './context.js';
import { messageOf } from './retry.js';
import { type Action, type CurrentResource, pushInOrder, replaceTop, topAction } from './state.js';
import { checkEntitlement, checkGrant } from './validate-objects.js';
import { EXPANDABLE_GRANTS_KIND, EXPANDABLE_GRANTS_RECORDED_KIND } from '../expand/state.js';

type PerResource = Extract<Action, { op: 'list-entitlements' | 'list-grants' }>;
type Objects = { entitlements: Entitlement[]; grants: Grant[]; saved: SavedEntry[] };

/**
 * Resources handled per commit. A SCIM group answers from memory, so one commit per resource would make the
 * checkpoint transaction, not the work, the cost; a batch stops early once it holds ROW_BUDGET rows.
 */
export const RESOURCE_BATCH = 500;
/**
 * A batch's objects live until its commit, long enough for V8 to promote them to the old generation, whose
 * collections then run through the rest of the sync. At 100k users (1.13M grants), three interleaved runs each:
 * 20,000 rows per commit took 39.8-40.8 s (expansion 12.3-12.6 s), 5,000 took 37.5-40.3 s (expansion 9.5-11.9 s),
 * the gain mostly expansion's garbage collection (2.15 s -> 1.34 s of its profile); 2,000 was no faster.
 */
const ROW_BUDGET = 5_000;
/** Resources between two yields to the event loop, so a signal is seen even when every call answers from memory. */
const YIELD_EVERY = 50;

export async function perResourceStep(ctx: EngineContext, action: PerResource): Promise<StepResult> {
  if (action.type === undefined) return fanOutTypes(ctx, action.op);
  const type = action.type;
  // Counted once per type and kept in the checkpoint: counting per step would grow with what is stored.
  const total = action.total ?? ctx.writer.count('resources', type);
  const objects: Objects = { entitlements: [], grants: [], saved: [] };
  let state: PerResource = { ...action, total };
  if (state.current) {
    // A resource whose listing spans pages: one page per commit, as its token is what the checkpoint keeps.
    state = await pageOfResource(ctx, state, state.current, objects);
    return finish(ctx, state, objects, total);
  }
  const rows = ctx.writer.listResources({ resourceTypeId: type }, state.after, RESOURCE_BATCH);
  if (rows.length === 0) {
    replaceTop(ctx.state, undefined);
    const what = action.op === 'list-grants' ? 'Synced grants' : 'Synced entitlements';
    ctx.logger.info({ resource_type_id: type, count: state.done, total }, what);
    return { page: {} };
  }
  for (const [i, row] of rows.entries()) {
    if (i > 0 && i % YIELD_EVERY === 0) await yieldToLoop();
    if (ctx.signal.aborted) break;
    try {
      state = await pageOfResource(ctx, state, currentOf(row), objects, row.value);
    } catch (error) {
      if (i === 0) throw error;
      const at = topAction(ctx.state) ?? state;
      return { ...finish(ctx, state, objects, total), failure: { error, at } };
    }
    if (state.current || objects.entitlements.length + objects.grants.length >= ROW_BUDGET) break;
  }
  return finish(ctx, state, objects, total);
}

function finish(ctx: EngineContext, state: PerResource, objects: Objects, total: number): StepResult {
  replaceTop(ctx.state, state);
  const listed = state.op === 'list-grants' ? { grants: objects.grants } : { entitlements: objects.entitlements };
  const page = objects.saved.length > 0 ? { ...listed, saved: objects.saved } : listed;
  return { page, progress: { resourceTypeId: state.type ?? '', done: state.done, total } };
}

function currentOf(row: Row<Resource>): CurrentResource {
  return { rowId: row.rowId, id: { t: row.value.id?.resourceType ?? '', r: row.value.id?.resource ?? '' }, token: '' };
}

/**
 * Lists one page of one resource; the returned action either names the resource's next page or moves past it.
 * `listed` is the resource as just read from its stored row; a resource resumed from the checkpoint is read again.
 */
async function pageOfResource(
  ctx: EngineContext,
  action: PerResource,
  current: CurrentResource,
  out: Objects,
  listed?: Resource,
): Promise<PerResource> {
  // The top action names the resource before the call, so an abort message can say which one failed.
  replaceTop(ctx.state, { ...action, current });
  const resource = listed ?? ctx.writer.getResource({ resourceType: current.id.t, resource: current.id.r });
  if (!resource) throw new BatonError('internal', `stored resource ${current.id.t}:${current.id.r} vanished from the sync`);
  const { current: _, ...rest } = action;
  const advance = (token: string): PerResource =>
    token === '' ? { ...rest, after: current.rowId, done: action.done + 1 } : { ...action, current: { ...current, token } };

  const target = resourceKey(resource.id ?? {});
  const listing = `${action.op}:${target}`;
  const where = `${action.type ?? ''}.${action.op === 'list-grants' ? 'listGrants' : 'listEntitlements'}(${target})`;
  let next: string;
  try {
    next = await fetchObjects(ctx, action.op, resource, current.token, where, out);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    ctx.guard.done(listing);
    recordNotFound(ctx, `${where} failed with not-found; skipped: ${messageOf(err)}`, { resource: target });
    return advance('');
  }
  ctx.guard.check(listing, current.token, next, () => where);
  if (next === '') {
    ctx.guard.done(listing);
    ctx.state.stats.actions++;
  }
  return advance(next);
}

async function fetchObjects(
  ctx: EngineContext,
  op: PerResource['op'],
  resource: Resource,
  token: string,
  where: string,
  out: Objects,
): Promise<string> {
  const syncer = syncerFor(ctx, resource.id?.resourceType ?? '');
  if (op === 'list-entitlements') {
    const page = await fetchPage<Entitlement>(ctx, where, token, (r) => syncer.listEntitlements(resource, r));
    for (const e of page.items) {
      checkEntitlement(e, resource);
      out.entitlements.push(e);
    }
    if (page.saved) out.saved.push(...page.saved);
    return page.nextPageToken;
  }
  const page = await fetchPage<Grant>(ctx, where, token, (r) => syncer.listGrants(resource, r));
  for (const g of page.items) {
    checkGrant(g, resource);
    if (hasAnnotation(g.annotations, 'GrantExpandable')) {
      ctx.state.needsExpansion = true;
      // Committed with the grant, so grant expansion reads these few grants instead of scanning them all.
      out.saved.push({ kind: EXPANDABLE_GRANTS_KIND, key: g.id ?? '', value: '' });
    }
    out.grants.push(g);
  }
  if (page.saved) out.saved.push(...page.saved);
  return page.nextPageToken;
}

/** One action per stored resource type, skipping types annotated SkipEntitlementsAndGrants. */
function fanOutTypes(ctx: EngineContext, op: PerResource['op']): StepResult {
  const actions: Action[] = [];
  for (let after = 0; ; ) {
    const rows = ctx.writer.listResourceTypes(after, 1000);
    for (const { value } of rows) {
      if (hasAnnotation(value.annotations, 'SkipEntitlementsAndGrants')) continue;
      actions.push({ op, type: value.id ?? '', after: 0, done: 0 });
    }
    if (rows.length < 1000) break;
    after = rows[rows.length - 1]!.rowId;
  }
  replaceTop(ctx.state, undefined);
  pushInOrder(ctx.state, actions);
  // From here on every listed grant's expandability is recorded: grant expansion may rely on the recorded ids.
  const recorded: SavedEntry = { kind: EXPANDABLE_GRANTS_RECORDED_KIND, key: 'from-start', value: '' };
  return { page: op === 'list-grants' ? { saved: [recorded] } : {} };
}
