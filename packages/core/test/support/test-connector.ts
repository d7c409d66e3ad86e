// A deterministic in-memory connector (users, groups with child teams, roles) with paging, call log and faults.
import type { Connector, Page, PageRequest, ResourceSyncer } from '../../src/connector/contract.js';
import { packAnnotation } from '../../src/model/annotations.js';
import type { Entitlement, Grant, Resource, ResourceId, ResourceType } from '../../src/model/pb.js';
import { Trait } from '../../src/model/pb.js';
import { grant, group, groupType, member, role, roleType, user, userType } from './objects.js';

export interface Directory {
  readonly users: readonly string[];
  /** Group id → member user ids and team ids (teams are a child resource type of groups). */
  readonly groups: Readonly<Record<string, { members: readonly string[]; teams?: readonly string[]; groups?: readonly string[] }>>;
  readonly roles: Readonly<Record<string, readonly string[]>>;
}

export interface Call {
  readonly method: 'listResources' | 'listEntitlements' | 'listGrants';
  readonly type: string;
  /** Parent (listResources) or resource (entitlements/grants) as "type:id", '' for none. */
  readonly target: string;
  readonly token: string;
}

export interface TestConnectorOptions {
  readonly pageSize?: number;
  /** Returns an error to throw for this call instead of answering it. */
  readonly fault?: (call: Call, attempt: number) => Error | undefined;
  /** Overrides the next page token the connector hands back. */
  readonly nextToken?: (call: Call, computed: string) => string;
  /** Rewrites a listed resource (e.g. to drop its trait). */
  readonly mapResource?: (resource: Resource) => Resource;
}

export const teamType: ResourceType = { id: 'team', displayName: 'Team', traits: [Trait.TRAIT_GROUP] };
export const settingType: ResourceType = {
  id: 'setting',
  displayName: 'Setting',
  annotations: [packAnnotation('SkipEntitlementsAndGrants', {})],
};

export class TestConnector implements Connector {
  readonly calls: Call[] = [];
  validations = 0;
  validateError: Error | undefined = undefined;
  private readonly attempts = new Map<string, number>();

  constructor(
    readonly directory: Directory,
    private readonly options: TestConnectorOptions = {},
  ) {}

  metadata(): { displayName: string } {
    return { displayName: 'Test directory' };
  }

  validate(): Promise<void> {
    this.validations++;
    return this.validateError === undefined ? Promise.resolve() : Promise.reject(this.validateError);
  }

  resourceSyncers(): ResourceSyncer[] {
    const d = this.directory;
    const teamsOf = (gid: string): string[] => [...(d.groups[gid]?.teams ?? [])];
    return [
      this.syncer(userType, () => d.users.map(user), () => [], () => []),
      this.syncer(
        groupType,
        () => Object.keys(d.groups).map(groupWithTeams),
        (r) => [member(r)],
        (r) => {
          const g = d.groups[r.id?.resource ?? ''];
          const users = (g?.members ?? []).map((u) => grant(member(r), user(u)));
          return [...users, ...(g?.groups ?? []).map((n) => grant(member(r), group(n), {}))];
        },
      ),
      this.syncer(
        teamType,
        (parent) => (parent ? teamsOf(parent.resource ?? '').map((t) => team(t, parent)) : []),
        (r) => [member(r)],
        () => [],
      ),
      this.syncer(roleType, () => Object.keys(d.roles).map(role), (r) => [member(r)], (r) =>
        (d.roles[r.id?.resource ?? ''] ?? []).map((u) => grant(member(r), user(u))),
      ),
      this.syncer(settingType, () => [{ id: { resourceType: 'setting', resource: 'locale' }, displayName: 'Locale' }], () => [], () => []),
    ];
  }

  private syncer(
    resourceType: ResourceType,
    resources: (parent: ResourceId | undefined) => Resource[],
    entitlements: (r: Resource) => Entitlement[],
    grants: (r: Resource) => Grant[],
  ): ResourceSyncer {
    const type = resourceType.id ?? '';
    const map = this.options.mapResource ?? ((r: Resource): Resource => r);
    return {
      resourceType,
      listResources: (parent, req) =>
        this.page({ method: 'listResources', type, target: parent ? key(parent) : '', token: req.pageToken }, req, () =>
          resources(parent).map(map),
        ),
      listEntitlements: (r, req) =>
        this.page({ method: 'listEntitlements', type, target: key(r.id ?? {}), token: req.pageToken }, req, () => entitlements(r)),
      listGrants: (r, req) => this.page({ method: 'listGrants', type, target: key(r.id ?? {}), token: req.pageToken }, req, () => grants(r)),
    };
  }

  private page<T>(call: Call, req: PageRequest, all: () => T[]): Promise<Page<T>> {
    const id = JSON.stringify(call);
    const attempt = (this.attempts.get(id) ?? 0) + 1;
    this.attempts.set(id, attempt);
    this.calls.push(call);
    if (req.signal.aborted) return Promise.reject(new Error('aborted'));
    const fault = this.options.fault?.(call, attempt);
    if (fault !== undefined) return Promise.reject(fault);
    const size = this.options.pageSize ?? 2;
    const offset = call.token === '' ? 0 : Number(call.token.slice('offset:'.length));
    const items = all();
    const computed = offset + size < items.length ? `offset:${offset + size}` : '';
    const nextPageToken = this.options.nextToken ? this.options.nextToken(call, computed) : computed;
    return Promise.resolve({ items: items.slice(offset, offset + size), nextPageToken });
  }
}

/** Groups announce teams as their child resource type. */
function groupWithTeams(id: string): Resource {
  const base = group(id);
  return { ...base, annotations: [...(base.annotations ?? []), packAnnotation('ChildResourceType', { resourceTypeId: 'team' })] };
}

function team(id: string, parent: ResourceId): Resource {
  return { ...group(id), id: { resourceType: 'team', resource: id }, displayName: `Team ${id}`, parentResourceId: parent };
}

export function key(id: ResourceId): string {
  return `${id.resourceType ?? ''}:${id.resource ?? ''}`;
}

export const sampleDirectory: Directory = {
  users: ['ann', 'bob', 'cy', 'dee', 'eve'],
  groups: {
    eng: { members: ['ann', 'bob', 'cy'], teams: ['web', 'api', 'ops'] },
    ops: { members: ['dee'], teams: ['oncall'] },
    all: { members: ['ann', 'bob', 'cy', 'dee', 'eve'] },
  },
  roles: { admin: ['ann'], viewer: ['bob', 'eve', 'dee'] },
};
