// Group memberships read from the user objects (hasGroupsOnUser, as Zoom needs): no request per user or group.
import type { Grant, Resource } from '@baton-scim/core';
import { memberGrant } from '../mapping/memberships.js';
import { scimResourceId } from '../mapping/resource-types.js';
import { textAt, usableId } from '../mapping/values.js';
import type { ConnectorContext } from './context.js';
import { ensureGroupIndex } from './group-index.js';
import { ensureUserIndex } from './user-index.js';

interface Memo {
  readonly key: string;
  readonly byGroup: ReadonlyMap<string, readonly string[]>;
}

const memos = new WeakMap<ConnectorContext, Memo>();

export async function groupGrantsFromUsers(ctx: ConnectorContext, group: Resource, signal: AbortSignal): Promise<Grant[]> {
  const byGroup = await membersByGroup(ctx, signal);
  const userIds = byGroup.get(group.id?.resource ?? '') ?? [];
  return userIds.map((id) => memberGrant(group, scimResourceId('user', id)));
}

/** Group id → user ids, computed once per state of the user and group data. */
async function membersByGroup(ctx: ConnectorContext, signal: AbortSignal): Promise<ReadonlyMap<string, readonly string[]>> {
  const users = await ensureUserIndex(ctx, signal);
  // Entries that carry only a name are resolved against the group listing, which must then be complete.
  if (needsNames(ctx)) await ensureGroupIndex(ctx, signal);
  const key = `${users.version}:${ctx.cache.groups.version}`;
  const memo = memos.get(ctx);
  if (memo?.key === key) return memo.byGroup;
  const byGroup = new Map<string, string[]>();
  for (const [userId, entries] of users.groupEntries) {
    for (const entry of entries) {
      const groupId = resolve(ctx, userId, entry);
      if (groupId === undefined) continue;
      const members = byGroup.get(groupId) ?? [];
      if (!members.includes(userId)) members.push(userId);
      byGroup.set(groupId, members);
    }
  }
  memos.set(ctx, { key, byGroup });
  return byGroup;
}

function needsNames(ctx: ConnectorContext): boolean {
  const paths = ctx.config.user.groupsOnUser;
  if (!paths) return false;
  for (const entries of ctx.cache.users.groupEntries.values()) {
    if (entries.some((entry) => idOf(paths.id, entry) === undefined)) return true;
  }
  return false;
}

function idOf(path: Parameters<typeof textAt>[0], entry: unknown): string | undefined {
  const id = textAt(path, entry);
  return id !== undefined && usableId(id) ? id : undefined;
}

/** The id when the entry has one; else its name, which must name exactly one listed group. */
function resolve(ctx: ConnectorContext, userId: string, entry: unknown): string | undefined {
  const paths = ctx.config.user.groupsOnUser;
  if (!paths) return undefined;
  const id = idOf(paths.id, entry);
  if (id !== undefined) return id;
  const name = textAt(paths.name, entry);
  if (name === undefined) {
    ctx.warnings.note('user-group-without-id', userId);
    return undefined;
  }
  const lookup = ctx.cache.groups.names.resolve(name);
  if (lookup.kind === 'found') return lookup.group.id?.resource ?? undefined;
  ctx.warnings.note(lookup.kind === 'unknown' ? 'user-group-unknown-name' : 'user-group-ambiguous-name', name);
  return undefined;
}
