// Reads what a one-shot grant or revoke needs from the latest finished sync of a .c1z.
import { C1zReader } from '../c1z/reader.js';
import { BatonError } from '../errors.js';
import { resourceKey } from '../model/ids.js';
import type { Entitlement, Grant, Resource, ResourceId } from '../model/pb.js';
import type { SyncReader } from '../store/types.js';

export interface GrantTarget {
  /** The stored entitlement, with its full resource. */
  readonly entitlement: Entitlement;
  /** The stored principal, parent id included. */
  readonly principal: Resource;
}

export interface LookupOptions {
  /** Parent of the temp directory for the decompressed file. */
  readonly tmpDir?: string;
}

export async function lookupGrantTarget(
  file: string,
  entitlementId: string,
  principalType: string,
  principalId: string,
  options: LookupOptions = {},
): Promise<GrantTarget> {
  return withLatestSync(file, options, (reader, where) => ({
    entitlement: entitlementOf(reader, entitlementId, where),
    principal: principalOf(reader, { resourceType: principalType, resource: principalId }, where),
  }));
}

/** The grant with its entitlement and principal re-read from the store; sources are not carried. */
export async function lookupGrant(file: string, grantId: string, options: LookupOptions = {}): Promise<Grant> {
  return withLatestSync(file, options, (reader, where) => {
    const grant = reader.getGrant(grantId);
    if (!grant) throw missing(`grant "${grantId}"`, where);
    return {
      id: grant.id ?? grantId,
      entitlement: entitlementOf(reader, grant.entitlement?.id ?? '', where),
      principal: principalOf(reader, grant.principal?.id ?? {}, where),
      annotations: grant.annotations ?? [],
    };
  });
}

async function withLatestSync<T>(
  file: string,
  options: LookupOptions,
  read: (reader: SyncReader, where: string) => T,
): Promise<T> {
  const c1z = await C1zReader.open(file, options.tmpDir === undefined ? {} : { tmpDir: options.tmpDir });
  try {
    const sync = c1z.selectedSync;
    if (!sync?.endedAt) {
      throw new BatonError(
        'not-found',
        `${file} holds no finished sync${sync ? ` (sync ${sync.syncId} is unfinished)` : ''}; run a sync into it first`,
      );
    }
    return read(c1z.reader, `the latest finished sync (${sync.syncId}) of ${file}`);
  } finally {
    c1z.close();
  }
}

function entitlementOf(reader: SyncReader, id: string, where: string): Entitlement {
  const entitlement = reader.getEntitlement(id);
  if (!entitlement) throw missing(`entitlement "${id}"`, where);
  return entitlement;
}

function principalOf(reader: SyncReader, id: ResourceId, where: string): Resource {
  const principal = reader.getResource(id);
  if (!principal) throw missing(`principal ${resourceKey(id)}`, where);
  return principal;
}

function missing(what: string, where: string): BatonError {
  return new BatonError(
    'not-found',
    `${what} is not in ${where}; check the id, or run a fresh sync if it was created after that sync`,
  );
}
