// Deterministic SCIM directories (users, nested groups, memberships, roles) from a seed.
import { deriveUserGroups } from './directory.js';
import { requireCount, requireRatio, TestkitConfigError } from './errors.js';
import { addEnterprise, buildUser, roleValues, timestamps, type UserQuirks } from './generate-users.js';
import { createPrng, type Prng } from './prng.js';
import { GROUP_SCHEMA, type ScimDirectoryData, type ScimGroup, type ScimUser } from './scim-types.js';

export interface QuirkRatios {
  /** Users without `name`. */
  missingName: number;
  /** Users without `emails`. */
  missingEmails: number;
  /** Users without `active`. */
  missingActive: number;
  /** Users with a home and a work e-mail where the second one is primary. */
  multipleEmails: number;
  /** Users with `active: false`. */
  inactive: number;
  /** Users with the enterprise extension (department, manager, employeeNumber). */
  enterprise: number;
}

export interface GenerateOptions {
  users: number;
  groups: number;
  seed: number;
  /** How many groups are members of an earlier group (no cycles). Default: a third of the groups. */
  nestedGroups?: number;
  /** Exactly this many direct group memberships per user, capped by the group count. Default 2. */
  membershipsPerUser?: number;
  /** Distinct role values handed out over users. Default 3. */
  roles?: number;
  /**
   * How each user's groups are chosen. `shuffle` takes the first groups of a fresh permutation of all groups for
   * every user (the historical directories, costing users × groups); `draw` draws distinct groups one at a time
   * (costing users × memberships), a different directory for the same seed. Default: `shuffle` up to
   * 2,000,000,000 users × groups (100k users and 10k groups is half of that), `draw` beyond.
   */
  membershipSampling?: 'shuffle' | 'draw';
  /** Base of `meta.location` and `$ref`. Default `http://127.0.0.1/scim/v2`. */
  baseUrl?: string;
  quirks?: Partial<QuirkRatios>;
}

export const DEFAULT_QUIRKS: Readonly<QuirkRatios> = {
  missingName: 0.05,
  missingEmails: 0.05,
  missingActive: 0.05,
  multipleEmails: 0.1,
  inactive: 0.1,
  enterprise: 0.5,
};

const GROUP_NAMES = ['Engineering', 'Sales', 'Admins', 'Support', 'Finance', 'Design', 'Security', 'Legal'];

export function generateDirectory(options: GenerateOptions): ScimDirectoryData {
  const users = requireCount('generateDirectory.users', options.users);
  const groupCount = requireCount('generateDirectory.groups', options.groups);
  const nested = requireCount('generateDirectory.nestedGroups', options.nestedGroups ?? Math.floor(groupCount / 3));
  if (groupCount > 0 && nested >= groupCount) {
    throw new TestkitConfigError('generateDirectory.nestedGroups', `must be below the group count (${groupCount}), got ${nested}`);
  }
  const memberships = Math.min(requireCount('generateDirectory.membershipsPerUser', options.membershipsPerUser ?? 2), groupCount);
  const roles = roleValues(requireCount('generateDirectory.roles', options.roles ?? 3));
  const baseUrl = (options.baseUrl ?? 'http://127.0.0.1/scim/v2').replace(/\/+$/, '');
  const rng = createPrng(requireCount('generateDirectory.seed', options.seed));
  const quirks = pickQuirks(users, { ...DEFAULT_QUIRKS, ...options.quirks }, rng);

  const userList = Array.from({ length: users }, (_, i) => buildUser(i, rng, baseUrl, roles, quirks));
  addEnterprise(userList, rng, quirks);
  const groups = Array.from({ length: groupCount }, (_, i) => buildGroup(i, rng, baseUrl));
  const sampling = options.membershipSampling ?? (users * groupCount <= SHUFFLE_MAX_COST ? 'shuffle' : 'draw');
  if (sampling !== 'shuffle' && sampling !== 'draw') {
    throw new TestkitConfigError('generateDirectory.membershipSampling', `must be "shuffle" or "draw", got ${JSON.stringify(sampling)}`);
  }
  for (const user of userList) {
    const chosen = sampling === 'shuffle' ? rng.shuffle(groups).slice(0, memberships) : drawDistinct(groups, memberships, rng);
    for (const group of chosen) addMember(group, user);
  }
  nestGroups(groups, nested, rng);
  deriveUserGroups(userList, groups);
  return { users: userList, groups };
}

/** Users × groups up to which each user's groups come from a whole shuffle (see membershipSampling). */
const SHUFFLE_MAX_COST = 2_000_000_000;

/** `count` distinct items in the order drawn; a whole shuffle when they are more than half of `items`. */
function drawDistinct<T>(items: readonly T[], count: number, rng: Prng): T[] {
  if (count * 2 > items.length) return rng.shuffle(items).slice(0, count);
  const seen = new Set<number>();
  const out: T[] = [];
  while (out.length < count) {
    const i = rng.int(items.length);
    if (seen.has(i)) continue;
    seen.add(i);
    out.push(items[i] as T);
  }
  return out;
}

function pickQuirks(users: number, ratios: QuirkRatios, rng: Prng): UserQuirks {
  const sizeOf = (key: keyof QuirkRatios): number => {
    const ratio = requireRatio(`generateDirectory.quirks.${key}`, ratios[key]);
    return ratio === 0 ? 0 : Math.max(1, Math.round(ratio * users));
  };
  const order = rng.shuffle(Array.from({ length: users }, (_, i) => i));
  let cursor = 0;
  // Disjoint slices of one permutation: a user missing `name` still has e-mails, and so on.
  const take = (key: keyof QuirkRatios): Set<number> => {
    const slice = order.slice(cursor, cursor + sizeOf(key));
    cursor += slice.length;
    return new Set(slice);
  };
  return {
    missingName: take('missingName'),
    missingEmails: take('missingEmails'),
    missingActive: take('missingActive'),
    multipleEmails: take('multipleEmails'),
    inactive: take('inactive'),
    enterprise: new Set(rng.shuffle(order).slice(0, sizeOf('enterprise'))),
  };
}

function buildGroup(index: number, rng: Prng, baseUrl: string): ScimGroup {
  const id = rng.uuid();
  const base = GROUP_NAMES[index % GROUP_NAMES.length] ?? 'Group';
  const round = Math.floor(index / GROUP_NAMES.length);
  return {
    schemas: [GROUP_SCHEMA],
    id,
    displayName: round === 0 ? base : `${base} ${round + 1}`,
    members: [],
    meta: { resourceType: 'Group', ...timestamps(rng), location: `${baseUrl}/Groups/${id}`, version: 'W/"1"' },
  };
}

function addMember(group: ScimGroup, user: ScimUser): void {
  (group.members ??= []).push({ value: user.id, display: user.displayName ?? user.userName, type: 'User', $ref: user.meta.location });
}

/** Group i may only contain groups after it, so the nesting is a DAG by construction. */
function nestGroups(groups: ScimGroup[], nested: number, rng: Prng): void {
  const children = rng.shuffle(groups.slice(1)).slice(0, nested);
  const position = new Map(groups.map((g, i) => [g, i]));
  for (const child of children) {
    const parent = groups[rng.int(position.get(child) ?? 0)];
    if (parent === undefined) continue;
    (parent.members ??= []).push({ value: child.id, display: child.displayName, type: 'Group', $ref: child.meta.location });
  }
}
