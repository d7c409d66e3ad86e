// Builds the users of a generated directory, including the deliberately incomplete ones.
import type { Prng } from './prng.js';
import { ENTERPRISE_SCHEMA, USER_SCHEMA, type ScimRole, type ScimUser } from './scim-types.js';

const GIVEN = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'John', 'Radia', 'Ken', 'Margaret', 'Tim'];
const FAMILY = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Backus', 'Perlman', 'Thompson'];
const DEPARTMENTS = ['Engineering', 'Sales', 'Finance', 'Support', 'R&D'];
const ROLE_NAMES = ['admin', 'member', 'billing', 'auditor', 'owner', 'guest'];
const EPOCH_MS = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/** Which users get which deliberate gap; the sets are disjoint so each gap is seen on its own. */
export interface UserQuirks {
  missingName: ReadonlySet<number>;
  missingEmails: ReadonlySet<number>;
  missingActive: ReadonlySet<number>;
  multipleEmails: ReadonlySet<number>;
  inactive: ReadonlySet<number>;
  enterprise: ReadonlySet<number>;
}

export function roleValues(count: number): string[] {
  return Array.from({ length: count }, (_, i) => ROLE_NAMES[i] ?? `role-${i + 1}`);
}

export function timestamps(rng: Prng): { created: string; lastModified: string } {
  const created = EPOCH_MS + rng.int(365) * DAY_MS + rng.int(DAY_MS);
  return { created: new Date(created).toISOString(), lastModified: new Date(created + rng.int(30 * DAY_MS)).toISOString() };
}

function rolesFor(index: number, roles: readonly string[], rng: Prng): ScimRole[] | undefined {
  const first = roles[index % Math.max(roles.length, 1)];
  if (first === undefined) return undefined;
  const out: ScimRole[] = [{ value: first, display: titleCase(first), primary: true }];
  const second = rng.pick(roles);
  if (second !== first && rng.chance(0.3)) out.push({ value: second, display: titleCase(second), primary: false });
  return out;
}

function titleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function buildUser(index: number, rng: Prng, baseUrl: string, roles: readonly string[], quirks: UserQuirks): ScimUser {
  const id = rng.uuid();
  const givenName = rng.pick(GIVEN);
  const familyName = rng.pick(FAMILY);
  const userName = `${givenName}.${familyName}.${index + 1}@example.com`.toLowerCase();
  const meta = { resourceType: 'User' as const, ...timestamps(rng), location: `${baseUrl}/Users/${id}`, version: 'W/"1"' };
  const emails = quirks.multipleEmails.has(index)
    ? [
        { value: `${givenName}.${index + 1}@home.example.org`.toLowerCase(), type: 'home', primary: false },
        { value: userName, type: 'work', primary: true },
      ]
    : [{ value: userName, type: 'work', primary: true }];
  const userRoles = rolesFor(index, roles, rng);
  return {
    schemas: [USER_SCHEMA],
    id,
    userName,
    ...(!quirks.missingName.has(index) && { name: { givenName, familyName, formatted: `${givenName} ${familyName}` } }),
    displayName: `${givenName} ${familyName}`,
    ...(!quirks.missingEmails.has(index) && { emails }),
    ...(!quirks.missingActive.has(index) && { active: !quirks.inactive.has(index) }),
    ...(userRoles !== undefined && { roles: userRoles }),
    meta,
  };
}

/** Runs after all users exist, because a manager must be an earlier user. */
export function addEnterprise(users: ScimUser[], rng: Prng, quirks: UserQuirks): void {
  users.forEach((user, index) => {
    if (!quirks.enterprise.has(index)) return;
    const manager = index > 0 ? users[rng.int(index)] : undefined;
    user.schemas = [USER_SCHEMA, ENTERPRISE_SCHEMA];
    user[ENTERPRISE_SCHEMA] = {
      employeeNumber: String(1000 + index),
      department: rng.pick(DEPARTMENTS),
      ...(manager && { manager: { value: manager.id, $ref: manager.meta.location, displayName: manager.displayName ?? manager.userName } }),
    };
  });
}
