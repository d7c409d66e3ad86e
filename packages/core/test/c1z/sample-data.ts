// SCIM-shaped Baton objects (users, groups, roles, member entitlements and grants) as baton-scim stores them.
import { packAnnotation } from '../../src/model/annotations.js';
import {
  AccountType,
  Purpose,
  Trait,
  UserStatus,
  type Entitlement,
  type Grant,
  type Resource,
  type ResourceType,
} from '../../src/model/pb.js';
import type { PageWrite } from '../../src/store/types.js';

export const userType: ResourceType = { id: 'user', displayName: 'User', traits: [Trait.TRAIT_USER] };
export const groupType: ResourceType = { id: 'group', displayName: 'Group', traits: [Trait.TRAIT_GROUP] };
export const roleType: ResourceType = { id: 'role', displayName: 'Role', traits: [Trait.TRAIT_ROLE] };

const text = (value: string) => ({ stringValue: value });

export function user(n: number, tag = ''): Resource {
  const id = `u${n}`;
  return {
    id: { resourceType: 'user', resource: id },
    displayName: `Ann ${n}${tag}`,
    creationSource: 1,
    annotations: [
      packAnnotation('UserTrait', {
        emails: [{ address: `ann${n}@example.com`, isPrimary: true }],
        status: { status: n % 2 === 0 ? UserStatus.STATUS_ENABLED : UserStatus.STATUS_DISABLED },
        profile: { fields: { user_id: text(id), login: text(`ann${n}@example.com`), first_name: text('Ann') } },
        accountType: AccountType.ACCOUNT_TYPE_HUMAN,
      }),
    ],
  };
}

export function group(n: number, parent?: Resource): Resource {
  const id = `g${n}`;
  return {
    id: { resourceType: 'group', resource: id },
    displayName: `Group ${n} ☃`,
    creationSource: 1,
    annotations: [packAnnotation('GroupTrait', { profile: { fields: { group_id: text(id), group_name: text(`Group ${n}`) } } })],
    ...(parent ? { parentResourceId: parent.id ?? null } : {}),
  };
}

export function role(name: string): Resource {
  return {
    id: { resourceType: 'role', resource: name },
    displayName: name,
    creationSource: 1,
    annotations: [packAnnotation('RoleTrait', { profile: { fields: { role_id: text(name), role_name: text(name) } } })],
  };
}

export function member(resource: Resource): Entitlement {
  const kind = resource.id?.resourceType ?? '';
  return {
    id: `${kind}:${resource.id?.resource ?? ''}:member`,
    resource,
    displayName: `${resource.displayName ?? ''} ${kind} member`,
    description: `Member of ${resource.displayName ?? ''} ${kind}`,
    slug: 'member',
    purpose: Purpose.PURPOSE_VALUE_ASSIGNMENT,
    grantableTo: [userType],
  };
}

/** A group membership: the entitlement carries only id and resource, the principal only its id. */
export function membership(entitlement: Entitlement, principal: Resource): Grant {
  return {
    id: `${entitlement.id ?? ''}:${principal.id?.resourceType ?? ''}:${principal.id?.resource ?? ''}`,
    entitlement: { id: entitlement.id ?? '', resource: entitlement.resource ?? null },
    principal: { id: principal.id ?? null },
  };
}

/** One sync's worth of objects: 3 types, 6 users, 3 groups (one nested), 2 roles, 5 entitlements, grants. */
export function sampleSync(tag = ''): Required<PageWrite> {
  const users = Array.from({ length: 6 }, (_, i) => user(i, tag));
  const g0 = group(0);
  const groups = [g0, group(1, g0), group(2)];
  const roles = [role('org_admin'), role('billing')];
  const entitlements = [...groups, ...roles].map(member);
  const grants: Grant[] = [];
  entitlements.forEach((e, i) => {
    for (const u of users.filter((_, j) => (i + j) % 2 === 0)) grants.push(membership(e, u));
  });
  // A user-emitted role grant carries the full user resource as principal, as baton-scim writes it.
  grants.push({ ...membership(member(roles[0]!), users[1]!), principal: users[1]! });
  return {
    resourceTypes: [userType, groupType, roleType],
    resources: [...users, ...groups, ...roles],
    entitlements,
    grants: dedupe(grants),
    // Files carry the notes table too, so the Go-compatibility checks read files that have it.
    notes: [{ topic: 'users listing', text: `users: ${users.length} resources listed in 1 page${tag}` }],
    // Connector state for a resume stays in the working file: finished files must not carry its table.
    saved: [{ kind: 'user', key: users[0]!.id!.resource!, value: '{}' }],
  };
}

function dedupe(grants: Grant[]): Grant[] {
  const byId = new Map<string, Grant>();
  for (const g of grants) byId.set(g.id ?? '', g);
  return [...byId.values()];
}
