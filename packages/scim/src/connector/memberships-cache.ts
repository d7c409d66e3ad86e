// What the user and group listings leave behind for the grant phase, so memberships cost no extra requests.
import { BatonError, pb, type Grant, type Resource, type ResourceId, type SavedEntry, type SavedLookup } from '@baton-scim/core';
import type { MemberRef } from '../mapping/groups.js';
import { GroupNameIndex } from '../mapping/user-groups.js';
import { RoleRegistry } from '../mapping/role-registry.js';
import { IdSet } from './id-set.js';
import { ListingProgress } from './listing-progress.js';

/** Entries recorded for a resume and not yet handed to the engine with a page. */
export class Unsaved {
  private entries: SavedEntry[] = [];

  /** `onTake` runs when the entries are handed over (they are committed with that page) and may add entries. */
  constructor(private readonly onTake?: () => readonly SavedEntry[] | void) {}

  push(entry: SavedEntry): void {
    this.entries.push(entry);
  }

  take(): SavedEntry[] {
    const taken = this.entries;
    this.entries = [];
    const more = this.onTake?.();
    if (more) taken.push(...more);
    return taken;
  }
}

/** Per user: the roles held and the raw group entries (hasGroupsOnUser), recorded while listing users. */
export class UserIndex {
  readonly progress = new ListingProgress();
  readonly ids = new IdSet();
  roles = new RoleRegistry();
  readonly roleHolders = new Holders();
  readonly groupEntries = new Map<string, readonly unknown[]>();
  /** Changes whenever the data does, so derived views know when to recompute. */
  version = 0;
  /** Users with roles or group entries recorded since the page last returned (ids come from the stored users). */
  readonly unsaved = new Unsaved();

  reset(): void {
    this.version += 1;
    this.ids.clear();
    this.roles = new RoleRegistry();
    this.roleHolders.clear();
    this.groupEntries.clear();
    this.unsaved.take();
  }

  /** Reloads the users an earlier process recorded: their saved entries, then every stored user id. */
  restore(saved: Iterable<SavedEntry>, userIds: Iterable<string>): void {
    this.reset();
    for (const entry of saved) {
      const { r, g } = JSON.parse(entry.value) as { r: string[]; g?: unknown[] };
      this.record(entry.key, decodeRoles(r), g);
    }
    for (const id of userIds) this.ids.add(id);
    this.unsaved.take();
  }

  record(userId: string, roles: readonly Resource[], groupEntries: readonly unknown[] | undefined): void {
    if (this.ids.has(userId)) return;
    if (roles.length > 0 || (groupEntries && groupEntries.length > 0)) {
      const r = encodeRoles(roles);
      this.unsaved.push({ kind: SAVED_USER, key: userId, value: JSON.stringify(groupEntries ? { r, g: groupEntries } : { r }) });
    }
    this.version += 1;
    this.ids.add(userId);
    recordHolder(this.roles, this.roleHolders, userId, roles);
    if (groupEntries && groupEntries.length > 0) this.groupEntries.set(userId, groupEntries);
  }
}

export const SAVED_USER = 'user';
export const SAVED_MEMBERS = 'members';
/**
 * How many entries each group's listing carried, one entry per page of groups (key "p:" + its first and last ids),
 * so a resume learns the sizes without reading every member list. Key "start" marks a sync that saved them
 * from its first group page on; a sync an earlier release began has lists without sizes, read as before.
 */
export const SAVED_MEMBER_SIZES = 'member-sizes';
const SIZES_START = 'start';
export const SAVED_GROUP_ROLES = 'group-roles';

/** Adds the holder's roles to the registry and the holder to each role's list. */
function recordHolder(registry: RoleRegistry, holders: Holders, holderId: string, roles: readonly Resource[]): void {
  registry.add(roles);
  for (const role of roles) holders.add(role.id?.resource ?? '', holderId);
}

/** Holders per packed string: a million holders of a few roles are a thousand strings, not a million. */
const HOLDERS_PER_CHUNK = 1000;

/** Role id → the ids of its holders, in the order recorded, packed like the member lists. */
export class Holders {
  private readonly chunks = new Map<string, (string | readonly string[])[]>();
  private readonly recent = new Map<string, string[]>();

  add(roleId: string, holderId: string): void {
    let list = this.recent.get(roleId);
    if (!list) {
      list = [];
      this.recent.set(roleId, list);
    }
    list.push(holderId);
    if (list.length < HOLDERS_PER_CHUNK) return;
    const chunks = this.chunks.get(roleId) ?? [];
    this.chunks.set(roleId, chunks);
    chunks.push(packIds(list));
    this.recent.set(roleId, []);
  }

  get(roleId: string): string[] {
    const out: string[] = [];
    for (const chunk of this.chunks.get(roleId) ?? []) out.push(...unpackIds(chunk));
    out.push(...(this.recent.get(roleId) ?? []));
    return out;
  }

  clear(): void {
    this.chunks.clear();
    this.recent.clear();
  }
}

const encodeRoles = (roles: readonly Resource[]): string[] =>
  roles.map((role) => Buffer.from(pb.Resource.encode(role).finish()).toString('base64'));
const decodeRoles = (saved: readonly string[]): Resource[] => saved.map((b) => pb.Resource.decode(Buffer.from(b, 'base64')));

const SEPARATOR = '\u0000';

/** One string for a list of ids, unless an id holds the separator (then the list stays as it is). */
function packIds(ids: readonly string[]): string | readonly string[] {
  return ids.some((id) => id.includes(SEPARATOR)) ? ids : ids.join(SEPARATOR);
}

function unpackIds(packed: string | readonly string[]): readonly string[] {
  if (typeof packed !== 'string') return packed;
  return packed === '' ? [] : packed.split(SEPARATOR);
}

/** No server caps embedded members below this; smaller ties are natural. */
const MIN_CAP = 10;

/** A group's members as listed: compact references, and how many entries the listing carried. */
export interface ListedMembers {
  readonly refs: readonly MemberRef[];
  readonly listed: number;
}

/** One string per group instead of one per member: a million members are ten thousand heap objects to trace. */
interface PackedMembers {
  readonly packed: string | readonly MemberRef[];
  readonly listed: number;
}

function pack(members: ListedMembers): PackedMembers {
  return { packed: packIds(members.refs), listed: members.listed };
}

function unpack(members: PackedMembers): readonly MemberRef[] {
  return unpackIds(members.packed);
}

/**
 * Per group: the member entries embedded in the listing, plus ids and names for name-only references.
 * During a sync the member lists live in the working file (saved with the page that listed them) and only
 * their sizes stay in memory, so memory does not grow with the memberships: at a million users the lists are
 * hundreds of megabytes. Outside a sync (no saved-entry lookup) they are kept in memory.
 */
export class GroupIndex {
  /** `keepNames`: only memberships read from the users (groupsOnUser) resolve groups by name. */
  constructor(private readonly keepNames = true) {}

  readonly progress = new ListingProgress();
  readonly ids = new IdSet();
  names = new GroupNameIndex();
  /** Roles the groups hold (group.roles), and role id → the ids of the groups that hold it. */
  roles = new RoleRegistry();
  readonly roleHolders = new Holders();
  /** With a lookup: only the lists not yet handed to the engine; without one: every list. */
  private readonly members = new Map<string, PackedMembers>();
  /** How many entries each group's listing carried, for every group whose members were recorded. */
  private readonly listed = new Map<string, number>();
  private truncated: ReadonlySet<string> | undefined;
  private saved: SavedLookup | undefined;
  version = 0;
  /** Sizes of the lists recorded since the page last returned. */
  private unsavedSizes: [string, number][] = [];
  /** Whether the working file holds the size of every list it holds: false after resuming an earlier release's sync. */
  private sizesComplete = true;
  private sizesStarted = false;
  /** Listed members and roles recorded since the page last returned (ids and names come from the stored groups). */
  readonly unsaved = new Unsaved(() => {
    if (this.saved) this.members.clear();
    return this.takeSizes();
  });

  private takeSizes(): SavedEntry[] {
    const sizes = this.unsavedSizes;
    if (sizes.length === 0) return [];
    this.unsavedSizes = [];
    const entries: SavedEntry[] = [];
    if (this.sizesComplete && !this.sizesStarted) entries.push({ kind: SAVED_MEMBER_SIZES, key: SIZES_START, value: '1' });
    this.sizesStarted = true;
    // First id, last id and count: a page listed again with other neighbours does not replace this one.
    const key = `p:${sizes[0]![0]}\n${sizes[sizes.length - 1]![0]}\n${sizes.length}`;
    entries.push({ kind: SAVED_MEMBER_SIZES, key, value: JSON.stringify(sizes) });
    return entries;
  }

  /** Member lists are read back from the entries the sync committed, from now until the sync ends. */
  useSaved(saved: SavedLookup): void {
    this.saved = saved;
  }

  reset(): void {
    this.version += 1;
    this.ids.clear();
    this.names = new GroupNameIndex();
    this.roles = new RoleRegistry();
    this.roleHolders.clear();
    this.members.clear();
    this.listed.clear();
    this.truncated = undefined;
    this.unsavedSizes = [];
    this.unsaved.take();
    this.sizesStarted = false;
  }

  /**
   * Reloads the groups an earlier process recorded: every stored group, and the members and roles saved with them.
   * During a sync the lists stay in the working file and only their saved sizes are read, unless an earlier
   * release began the sync (it saved no sizes): then every list is read once for its size.
   */
  restore(groups: Iterable<Resource>, members: Iterable<SavedEntry>, roles: Iterable<SavedEntry>, sizes: Iterable<SavedEntry>): void {
    this.reset();
    for (const group of groups) {
      this.ids.add(group.id?.resource ?? '');
      if (this.keepNames) this.names.add(group);
    }
    let started = false;
    for (const entry of sizes) {
      if (entry.key === SIZES_START) started = true;
      else for (const [id, listed] of JSON.parse(entry.value) as [string, number][]) this.listed.set(id, listed);
    }
    this.sizesStarted = started;
    this.sizesComplete = started;
    if (!started || !this.saved) {
      for (const entry of members) {
        const packed = JSON.parse(entry.value) as PackedMembers;
        this.listed.set(entry.key, packed.listed);
        if (!this.saved) this.members.set(entry.key, packed);
      }
    }
    for (const entry of roles) recordHolder(this.roles, this.roleHolders, entry.key, decodeRoles(JSON.parse(entry.value) as string[]));
    this.unsaved.take();
  }

  /** `members` undefined: the listing did not carry them (excluded, or not mapped). */
  record(group: Resource, members: ListedMembers | undefined, roles: readonly Resource[] = []): void {
    const id = group.id?.resource ?? '';
    this.version += 1;
    if (!this.ids.has(id)) {
      recordHolder(this.roles, this.roleHolders, id, roles);
      if (roles.length > 0) this.unsaved.push({ kind: SAVED_GROUP_ROLES, key: id, value: JSON.stringify(encodeRoles(roles)) });
    }
    this.ids.add(id);
    if (this.keepNames) this.names.add(group);
    if (members !== undefined) {
      const packed = pack(members);
      this.members.set(id, packed);
      this.listed.set(id, members.listed);
      this.unsaved.push({ kind: SAVED_MEMBERS, key: id, value: JSON.stringify(packed) });
      this.unsavedSizes.push([id, members.listed]);
    }
    this.truncated = undefined;
  }

  /** The embedded members, unless none were recorded for the group or they look cut short. */
  trustedMembers(groupId: string): readonly MemberRef[] | undefined {
    if (!this.listed.has(groupId) || this.suspectTruncated().has(groupId)) return undefined;
    const members = this.members.get(groupId) ?? this.savedMembers(groupId);
    return unpack(members);
  }

  private savedMembers(groupId: string): PackedMembers {
    const value = this.saved?.entry(SAVED_MEMBERS, groupId);
    if (value === undefined) {
      throw new BatonError('internal', `group "${groupId}": its listed members are neither in memory nor in the working file`);
    }
    return JSON.parse(value) as PackedMembers;
  }

  /**
   * Servers that cap embedded member lists (FusionAuth at 100, a gateway's limit) give many groups the
   * same, largest size. Natural sizes rarely tie at the top once groups are not tiny, so a maximum of at
   * least MIN_CAP members shared by three groups and a fifth of the non-empty ones marks those groups as
   * possibly truncated; they are read one by one. Small directories, where ties are common, never are.
   */
  private suspectTruncated(): ReadonlySet<string> {
    if (this.truncated) return this.truncated;
    const sizes = [...this.listed].filter(([, listed]) => listed > 0);
    let max = 0;
    for (const [, listed] of sizes) max = Math.max(max, listed);
    const atMax = sizes.filter(([, listed]) => listed === max).map(([id]) => id);
    const capped = max >= MIN_CAP && atMax.length >= 3 && atMax.length >= 0.2 * sizes.length;
    this.truncated = new Set(capped ? atMax : []);
    return this.truncated;
  }
}

/** Grants left out because their principal is not in the sync, for the end-of-sync summary. */
export interface DroppedGrants {
  readonly count: number;
  readonly examples: readonly string[];
}

export class MembershipsCache {
  readonly users = new UserIndex();
  readonly groups: GroupIndex;

  /**
   * `groupNames`: keep every group's name for memberships that name their group (groupsOnUser). Off, the
   * group objects are not held between the listing and the grants.
   */
  constructor(options: { readonly groupNames?: boolean } = {}) {
    this.groups = new GroupIndex(options.groupNames ?? true);
  }

  /** Direct reads spent on members that point to principals no listing held (see absence-check.ts). */
  absenceChecks = 0;
  private droppedCount = 0;
  private readonly droppedExamples: string[] = [];

  /**
   * Leaves out grants to principals a complete listing proves absent (a member id of a deleted user, a user
   * a mapUser hook dropped): Baton readers fail on grants whose principal is not in the file.
   */
  withoutAbsentPrincipals(grants: readonly Grant[], onDropped?: (principal: ResourceId) => void): Grant[] {
    return grants.filter((grant) => {
      if (!this.knownAbsent(grant.principal?.id ?? {})) return true;
      onDropped?.(grant.principal?.id ?? {});
      this.droppedCount += 1;
      if (this.droppedExamples.length < 3) this.droppedExamples.push(grant.id ?? '');
      return false;
    });
  }

  get dropped(): DroppedGrants {
    return { count: this.droppedCount, examples: [...this.droppedExamples] };
  }

  /** Continues the count of an earlier process of the same sync. */
  restoreDropped(dropped: DroppedGrants): void {
    this.droppedCount = dropped.count;
    this.droppedExamples.splice(0, this.droppedExamples.length, ...dropped.examples);
  }

  /** True only when a complete listing in this process proves the principal does not exist. */
  knownAbsent(principal: ResourceId): boolean {
    const id = principal.resource ?? '';
    if (principal.resourceType === 'user') return this.users.progress.complete && !this.users.ids.has(id);
    if (principal.resourceType === 'group') return this.groups.progress.complete && !this.groups.ids.has(id);
    return false;
  }
}
