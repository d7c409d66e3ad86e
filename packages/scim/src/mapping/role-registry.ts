// De-duplicates roles across a whole sync: every role appears once, with a stable id and order.
import type { Resource } from '@baton-scim/core';

export class RoleRegistry {
  private readonly byId = new Map<string, Resource>();

  /** Adds roles; a role already known keeps its first resource unless only the new one has a display name. */
  add(roles: Iterable<Resource>): void {
    for (const role of roles) {
      const id = role.id?.resource ?? '';
      const known = this.byId.get(id);
      if (known === undefined || (known.displayName === id && role.displayName !== id)) this.byId.set(id, role);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): Resource | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Every role, sorted by id so repeated syncs list them in the same order. */
  resources(): Resource[] {
    return [...this.byId.values()].sort((a, b) => compare(a.id?.resource ?? '', b.id?.resource ?? ''));
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
