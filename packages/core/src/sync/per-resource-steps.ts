// Entitlement and grant listing: for each stored resource (by rowid, type by type), page the connector.
import { BatonError, isNotFound } from '../errors.js';
import { hasAnnotation } from '../model/annotations.js';
import { resourceKey } from '../model/ids.js';
import type { Entitlement, Grant, Resource } from '../model/pb.js';
import type { PageWrite } from '../store/types.js';
import { type EngineContext, fetchPage, recordNotFound, type StepResult, syncerFor } from './context.js';
import { messageOf } from './retry.js';
import { type Action, pushInOrder, replaceTop } from './state.js';
import { checkEntitlement, checkGrant } from './validate-objects.js';

type PerResource = Extract<Action, { op: 'list-entitlements' | 'list-grants' }>;

export async function perResourceStep(ctx: EngineContext, action: PerResource): Promise<StepResult> {
  if (action.type === undefined) return fanOutTypes(ctx, action.op);
  const type = action.type;
  const current = action.current ?? nextResource(ctx, action, type);
  if (!current) {
    replaceTop(ctx.state, undefined);
    const what = action.op === 'list-grants' ? 'Synced grants' : 'Synced entitlements';
    ctx.logger.info({ resource_type_id: type, count: action.done, total: action.done }, what);
    return { page: {} };
  }
  // The top action names the resource before the call, so an abort message can say which one failed.
  replaceTop(ctx.state, { ...action, current });
  const resource = ctx.writer.getResource({ resourceType: current.id.t, resource: current.id.r });
  if (!resource) throw new BatonError('internal', `stored resource ${current.id.t}:${current.id.r} vanished from the sync`);
  const total = ctx.writer.count('resources', type);
  const advance = (token: string): PerResource =>
    token === ''
      ? { op: action.op, type, after: current.rowId, done: action.done + 1 }
      : { ...action, current: { ...current, token } };

  const target = resourceKey(resource.id ?? {});
  const listing = `${action.op}:${target}`;
  const where = `${type}.${action.op === 'list-grants' ? 'listGrants' : 'listEntitlements'}(${target})`;
  let result: { page: PageWrite; next: string };
  try {
    result = await fetchObjects(ctx, action.op, resource, current.token, where);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    ctx.guard.done(listing);
    replaceTop(ctx.state, advance(''));
    recordNotFound(ctx, `${where} failed with not-found; skipped: ${messageOf(err)}`, { resource: target });
    return { page: {}, progress: { resourceTypeId: type, done: action.done + 1, total } };
  }
  ctx.guard.check(listing, current.token, result.next, () => where);
  const next = advance(result.next);
  replaceTop(ctx.state, next);
  if (result.next === '') {
    ctx.guard.done(listing);
    ctx.state.stats.actions++;
  }
  return { page: result.page, progress: { resourceTypeId: type, done: next.done, total } };
}

async function fetchObjects(
  ctx: EngineContext,
  op: PerResource['op'],
  resource: Resource,
  token: string,
  where: string,
): Promise<{ page: PageWrite; next: string }> {
  const syncer = syncerFor(ctx, resource.id?.resourceType ?? '');
  if (op === 'list-entitlements') {
    const page = await fetchPage<Entitlement>(ctx, where, token, (r) => syncer.listEntitlements(resource, r));
    page.items.forEach((e) => checkEntitlement(e, resource));
    return { page: { entitlements: page.items }, next: page.nextPageToken };
  }
  const page = await fetchPage<Grant>(ctx, where, token, (r) => syncer.listGrants(resource, r));
  page.items.forEach((g) => checkGrant(g, resource));
  if (page.items.some((g) => hasAnnotation(g.annotations, 'GrantExpandable'))) ctx.state.needsExpansion = true;
  return { page: { grants: page.items }, next: page.nextPageToken };
}

function nextResource(ctx: EngineContext, action: PerResource, type: string): PerResource['current'] {
  const row = ctx.writer.listResources({ resourceTypeId: type }, action.after, 1)[0];
  if (!row) return undefined;
  return { rowId: row.rowId, id: { t: row.value.id?.resourceType ?? '', r: row.value.id?.resource ?? '' }, token: '' };
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
  return { page: {} };
}
