// The loaded, normalised SCIM config the connector runs on: frozen, with every JSONPath compiled.
import type { RateLimitRule } from '../http/pacing.js';
import type { CompiledPath } from '../jsonpath/compile.js';
import type { ScimConfigData } from './schema.js';

export interface TokenRequestConfig {
  readonly url: string;
  readonly tokenPath: CompiledPath;
  readonly style: 'form' | 'json';
  readonly clientAuth: 'basic' | 'body';
  readonly grantType: 'client_credentials' | 'account_credentials';
  readonly scope?: string;
}

export interface AuthConfig {
  readonly authType: 'oauth2' | 'apiKey' | 'basic';
  readonly apiKeyPrefix?: string;
  /** Present exactly when `shouldObtainToken` is true. */
  readonly obtainToken?: TokenRequestConfig;
}

export interface UserGroupPaths {
  readonly path: CompiledPath;
  readonly name: CompiledPath;
  readonly id?: CompiledPath;
}

/** Where roles are read on a user (user.roles) or a group (group.roles). */
export interface UserRolePaths {
  readonly path: CompiledPath;
  readonly name: CompiledPath;
  readonly display?: CompiledPath;
}

export interface ProfilePath {
  readonly key: string;
  readonly path: CompiledPath;
}

export interface UserMapping {
  readonly id: CompiledPath;
  readonly userName: CompiledPath;
  readonly firstName: CompiledPath;
  readonly lastName: CompiledPath;
  readonly primaryEmail: CompiledPath;
  readonly firstEmail?: CompiledPath;
  readonly emails: CompiledPath;
  readonly active: CompiledPath;
  readonly displayName?: CompiledPath;
  /** Present exactly when `hasGroupsOnUser` is true. */
  readonly groupsOnUser?: UserGroupPaths;
  readonly roles?: UserRolePaths;
  readonly enterprise: boolean;
  readonly profile: readonly ProfilePath[];
}

export interface GroupMemberPaths {
  readonly path: CompiledPath;
  readonly id: CompiledPath;
  readonly displayName?: CompiledPath;
  readonly type: CompiledPath;
  /** The server sends `[]` for an empty group, so a group object without the attribute is not an empty group. */
  readonly sentWhenEmpty: boolean;
}

export interface GroupMapping {
  readonly id: CompiledPath;
  readonly displayName: CompiledPath;
  readonly members?: GroupMemberPaths;
  /** Roles the group holds; set, role entitlements are grantable to groups and expanded to their members. */
  readonly roles?: UserRolePaths;
  readonly excludeMembersInList: boolean;
  readonly memberPageSize: number;
}

interface PageSizes {
  readonly pageSize: number;
  readonly maxPageSize?: number;
  /** Index pages in flight at once (1: one at a time); cursor paging ignores it. */
  readonly concurrency: number;
}

export type PaginationConfig =
  | (PageSizes & {
      readonly style: 'index';
      readonly totalResults: CompiledPath;
      readonly itemsPerPage: CompiledPath;
      readonly startIndex: CompiledPath;
    })
  | (PageSizes & { readonly style: 'cursor'; readonly nextCursor: CompiledPath; readonly totalResults?: CompiledPath });

export type PatchOpName = 'add' | 'remove' | 'replace';
export type RemoveStyle = 'filter' | 'valueList' | 'replace';

export interface PatchOpConfig {
  readonly schemas: readonly string[];
  readonly op: PatchOpName;
  /** The SCIM attribute the operation changes, e.g. `members`. */
  readonly path: string;
  /** The id attribute of each value object, e.g. `value`. */
  readonly valuePath: string;
}

export interface RemoveOpConfig extends PatchOpConfig {
  readonly style: RemoveStyle;
}

export interface AddMemberOpConfig extends PatchOpConfig {
  /** Write `"type": "User"` on user members too (a group member always gets `"type": "Group"`). */
  readonly userType: boolean;
}

export interface ProvisioningConfig {
  readonly addUserToGroup?: AddMemberOpConfig;
  readonly removeUserFromGroup?: RemoveOpConfig;
  readonly addUserRole?: PatchOpConfig;
  readonly removeUserRole?: RemoveOpConfig;
  readonly roleStrategy: 'patch' | 'put';
  /** False: no grant or revoke is offered, whatever the flags (a service with a single permitted writer). */
  readonly enabled: boolean;
  /** Check changes on the whole resource rather than an `attributes=` read of the changed attribute. */
  readonly readWholeResource: boolean;
}

/** The `http` section in client units (milliseconds); only keys the config sets are present. */
export interface HttpTuning {
  readonly timeouts: {
    readonly connectMs?: number;
    readonly headersMs?: number;
    readonly bodyMs?: number;
    readonly requestMs?: number;
    readonly minBytesPerSecond?: number;
  };
  readonly retry: {
    readonly maxAttempts?: number;
    readonly maxDelayMs?: number;
    readonly requestBudgetMs?: number;
    readonly syncBudgetMs?: number;
  };
  readonly maxResponseBytes?: number;
  readonly rateLimits?: readonly RateLimitRule[];
  readonly retryOn403Reasons?: readonly string[];
}

export interface ScimConfig {
  /** Where the config came from, as named in errors (a path or `<provider>/provider.yaml`). */
  readonly file: string;
  /** The provider id, when the YAML declares one. */
  readonly id?: string;
  readonly apiEndpoint: string;
  readonly hasScimHeader: boolean;
  /** Content-Type of write bodies; from `bodyMediaType`, else the media type `hasScimHeader` chooses. */
  readonly bodyMediaType: 'application/scim+json' | 'application/json';
  readonly headers: Readonly<Record<string, string>>;
  readonly auth: AuthConfig;
  readonly user: UserMapping;
  readonly group: GroupMapping;
  readonly pagination: PaginationConfig;
  readonly provisioning: ProvisioningConfig;
  readonly http: HttpTuning;
  /** The validated config as written, with defaults applied. */
  readonly data: ScimConfigData;
}
