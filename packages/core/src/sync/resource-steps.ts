// Steps that plan the sync, store the resource types and list resources (children depth first).
import { BatonError } from '../errors.js';
import { annotationTypes, isAnnotation } from '../model/annotations.js';
import { resourceKey } from '../model/ids.js';
import { CreationSource, type Resource, type ResourceType } from '../model/pb.js';
import { type EngineContext, fetchPage, type StepResult, syncerFor } from './context.js';
import { type Action, pushInOrder, replaceTop, type ResourceRef } from './state.js';
import { checkResource } from './validate-objects.js';

type ListResources = Extract<Action, { op: 'list-resources' }>;

const LISTED = CreationSource.CREATION_SOURCE_CONNECTOR_LIST_RESOURCES;

export function planSync(ctx: EngineContext): StepResult {
  replaceTop(ctx.state, undefined);
  pushInOrder(ctx.state, [
    { op: 'list-resource-types' },
    { op: 'list-resources', token: '' },
    { op: 'list-entitlements', after: 0, done: 0 },
    { op: 'list-grants', after: 0, done: 0 },
    { op: 'expand-grants' },
  ]);
  return { page: {} };
}

/** The connector's resource types come from its syncers: one page, no paging. */
export function storeResourceTypes(ctx: EngineContext): StepResult {
  const resourceTypes: ResourceType[] = [...ctx.syncers.values()].map((s) => s.resourceType);
  replaceTop(ctx.state, undefined);
  ctx.logger.info({ count: resourceTypes.length }, 'Synced resource types');
  return { page: { resourceTypes }, progress: { done: resourceTypes.length, total: resourceTypes.length } };
}

export function listResources(ctx: EngineContext, action: ListResources): Promise<StepResult> | StepResult {
  if (action.type === undefined) return fanOutResourceTypes(ctx);
  return listResourcePage(ctx, { ...action, type: action.type });
}

function fanOutResourceTypes(ctx: EngineContext): StepResult {
  const actions: Action[] = [];
  for (let after = 0; ; ) {
    const rows = ctx.writer.listResourceTypes(after, 1000);
    for (const { value } of rows) actions.push({ op: 'list-resources', type: value.id ?? '', token: '' });
    if (rows.length < 1000) break;
    after = rows[rows.length - 1]!.rowId;
  }
  replaceTop(ctx.state, undefined);
  pushInOrder(ctx.state, actions);
  return { page: {} };
}

async function listResourcePage(ctx: EngineContext, action: ListResources & { type: string }): Promise<StepResult> {
  const { type, parent, token } = action;
  const resourceType = ctx.writer.getResourceType(type);
  if (!resourceType) throw new BatonError('internal', `resource type "${type}" is not stored in this sync`);
  const syncer = syncerFor(ctx, type);
  const parentId = parent ? { resourceType: parent.t, resource: parent.r } : undefined;
  const listing = `resources:${type}:${parent ? `${parent.t}:${parent.r}` : ''}`;
  const where = `${type}.listResources(${parent ? `parent ${parent.t}:${parent.r}` : 'no parent'})`;
  const page = await fetchPage(ctx, where, token, (request) => syncer.listResources(parentId, request));
  ctx.guard.check(listing, token, page.nextPageToken, () => where);

  const fresh = freshResources(ctx, page.items, resourceType);
  // Counted along the listing: a count of the table per page would grow with what is stored.
  const stored = (action.stored ?? 0) + fresh.length;
  replaceTop(ctx.state, page.nextPageToken === '' ? undefined : { ...action, token: page.nextPageToken, stored });
  pushInOrder(ctx.state, fresh.flatMap((r) => childListings(ctx, r)));
  if (page.nextPageToken === '') {
    ctx.guard.done(listing);
    const fields = { resource_type_id: type, count: stored, ...(parent ? { parent: `${parent.t}:${parent.r}` } : {}) };
    if (parent) ctx.logger.debug(fields, 'Synced child resources');
    else ctx.logger.info(fields, 'Synced resources');
  }
  // A listing's total is known once it ends (servers' totalResults are not trusted for it).
  const total = page.nextPageToken === '' && !parent ? { total: stored } : {};
  const extra = { ...(page.notes ? { notes: page.notes } : {}), ...(page.saved ? { saved: page.saved } : {}) };
  return { page: { resources: fresh, ...extra }, progress: { resourceTypeId: type, done: stored, ...total } };
}

/** Checks the page and drops resources already stored in this sync (or repeated within the page). */
function freshResources(ctx: EngineContext, items: readonly Resource[], type: ResourceType): Resource[] {
  for (const item of items) checkResource(item, type);
  const stored = ctx.writer.storedResources(items.map((item) => item.id ?? {}));
  const seen = new Set<string>();
  const fresh: Resource[] = [];
  for (const item of items) {
    const key = resourceKey(item.id ?? {});
    if (seen.has(key) || stored.has(key)) {
      ctx.logger.debug({ resource: key }, 'skipping a resource already synced');
      continue;
    }
    seen.add(key);
    fresh.push(item.creationSource ? item : { ...item, creationSource: LISTED });
  }
  return fresh;
}

function childListings(ctx: EngineContext, resource: Resource): Action[] {
  const parent: ResourceRef = { t: resource.id?.resourceType ?? '', r: resource.id?.resource ?? '' };
  return (resource.annotations ?? [])
    .filter((a) => isAnnotation(a, 'ChildResourceType'))
    .map((a) => annotationTypes.ChildResourceType.decode(a.value ?? new Uint8Array()).resourceTypeId)
    .map((childType): Action => {
      if (!ctx.syncers.has(childType)) {
        throw new BatonError(
          'invalid-data',
          `resource ${parent.t}:${parent.r} declares child resource type "${childType}", ` +
            'which the connector has no syncer for',
        );
      }
      return { op: 'list-resources', type: childType, parent, token: '' };
    });
}
