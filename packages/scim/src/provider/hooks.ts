// The closed set of typed override points a provider may supply where YAML cannot say it.
import type { Logger, Resource } from '@baton-scim/core';
import type { ScimConfig } from '../config/types.js';
import type { ScimCredentials } from '../connector/credentials.js';
import type { RequestPurpose } from '../connector/request-stats.js';
import type { ScimHttpClient } from '../http/client.js';
import type { JsonObject } from '../http/json.js';
import type { AuthOptions } from '../http/options.js';

/** What every hook may read. Credentials are for building requests only, never for logs. */
export interface HookContext {
  readonly config: ScimConfig;
  readonly credentials: ScimCredentials;
  readonly logger: Logger;
}

/** Another HTTP client with the connector's timeouts, retries and logger, e.g. for a non-SCIM API. */
export interface ClientOverrides {
  readonly baseUrl: string;
  readonly auth: AuthOptions;
  readonly headers?: Readonly<Record<string, string>>;
  /** Send `application/scim+json` rather than `application/json`; default false. */
  readonly scimAccept?: boolean;
}

export interface ListHookContext extends HookContext {
  /** '' for the first page, else the `nextCursor` this hook returned for the previous page. */
  readonly cursor: string;
  readonly pageSize: number;
  /** Why the connector lists: `validate` is the one-item credential check, whose memberships nobody reads. */
  readonly purpose: RequestPurpose;
  /** Attributes the connector will read, when it needs only a few (e.g. rebuilding role holders); a hint. */
  readonly attributes?: readonly string[];
  readonly signal: AbortSignal;
  /** The connector's client for `apiEndpoint`; responses carry status, headers (e.g. `link`) and the JSON body. */
  readonly client: ScimHttpClient;
  /** Builds a client for another base URL; it is closed with the connector. */
  createClient(overrides: ClientOverrides): ScimHttpClient;
}

export interface ListHookResult {
  /**
   * SCIM-shaped objects: Users and Groups are read with the config's JSONPaths; group members are
   * `{ value, type?, display? }` objects with `type` "User" (the default) or "Group".
   */
  readonly items: readonly JsonObject[];
  /** Cursor of the next page; absent or '' on the last page. */
  readonly nextCursor?: string;
}

export type ProvisioningOperation = 'addUserToGroup' | 'removeUserFromGroup' | 'addUserRole' | 'removeUserRole';

export interface PatchHookContext extends HookContext {
  readonly operation: ProvisioningOperation;
  /** The group or user id the PATCH is sent to. */
  readonly targetId: string;
  /** The member id or role value being added or removed. */
  readonly valueId: string;
}

export interface MembershipHookContext extends HookContext {
  readonly signal: AbortSignal;
  /** The connector's client for `apiEndpoint`. */
  readonly client: ScimHttpClient;
}

/**
 * Group membership through a provider's own API (Okta, Entra ID, JumpCloud) instead of SCIM PATCH. Each change
 * is checked the way PATCHes are: `groupsOf` before and after must differ by exactly the one group, or the rest
 * is put back and the change fails. It is the only hook that writes memberships, so every write is checked.
 */
export interface GroupMembershipHooks {
  /** Adds the user; throws a BatonError naming why when the group cannot be changed. */
  readonly add: (groupId: string, userId: string, ctx: MembershipHookContext) => Promise<void>;
  readonly remove: (groupId: string, userId: string, ctx: MembershipHookContext) => Promise<void>;
  /** The ids of every group the user belongs to directly, read fresh (every page). */
  readonly groupsOf: (userId: string, ctx: MembershipHookContext) => Promise<readonly string[]>;
}

export interface ScimProviderHooks {
  /** Grants and revokes group membership (users only) with the provider's API; offered with provisioning on. */
  readonly groupMembership?: GroupMembershipHooks;
  /** Post-processes a mapped user; returning undefined leaves the record out of the sync. */
  readonly mapUser?: (user: Resource, scim: JsonObject, ctx: HookContext) => Resource | undefined;
  /**
   * Rewrites a SCIM group object as the server sent it, before the connector reads it: every listed group and every
   * group read on its own for its members (e.g. to give members the `type` the server leaves out).
   */
  readonly normaliseGroup?: (scim: JsonObject) => JsonObject;
  /** Post-processes a mapped group; returning undefined leaves the record out of the sync. */
  readonly mapGroup?: (group: Resource, scim: JsonObject, ctx: HookContext) => Resource | undefined;
  /** Replaces `GET /Users` paging with another source. */
  readonly listUsers?: (ctx: ListHookContext) => Promise<ListHookResult>;
  /** Replaces `GET /Groups` paging with another source. */
  readonly listGroups?: (ctx: ListHookContext) => Promise<ListHookResult>;
  /** Replaces reading one group's members; `groupId` is the group's id as mapped. */
  readonly listGroupMembers?: (groupId: string, ctx: ListHookContext) => Promise<ListHookResult>;
  /** Adjusts a PatchOp body before it is sent. */
  readonly buildPatch?: (body: JsonObject, ctx: PatchHookContext) => JsonObject;
  /** Produces the headers that authenticate every request, replacing the config's auth. */
  readonly authenticate?: (ctx: HookContext) => Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>;
}
