// Public API of @baton-scim/scim.
export { createScimHttpClient } from './http/client.js';
export type { ScimHttpClient, WriteMethod, RequestOptions, SendOptions } from './http/client.js';
export type { ScimHttpOptions, BodyMediaType, AuthOptions, ClientCredentialsAuth, RetryOptions, Sleep } from './http/options.js';
export { JWT_BEARER_GRANT } from './http/options.js';
export type { Timeouts } from './http/network-errors.js';
export type { ScimResponse } from './http/response.js';
export type { JsonValue, JsonObject, JsonPrimitive } from './http/json.js';
export type { Query, QueryValue } from './http/url.js';
export { ScimHttpError, codeForStatus } from './http/errors.js';
export { pageIndex } from './paging/index-paging.js';
export { pageCursor } from './paging/cursor-paging.js';
export type { ListingEnd, PageRequest, ScimPage } from './paging/page-request.js';
export { describeListingEnd, endedPlainly } from './paging/listing-end-text.js';
export { IndexPrefetcher } from './paging/prefetch.js';
export { readListResponse } from './paging/list-response.js';
export type { ListResponse } from './paging/list-response.js';
export { loadScimConfig, loadScimConfigFile } from './config/load.js';
export type { LoadOptions } from './config/load.js';
export { ConfigError, formatIssue } from './config/errors.js';
export type { ConfigIssue } from './config/errors.js';
export { scimConfigSchema } from './config/schema.js';
export type { ScimConfigInput, ScimConfigData } from './config/schema.js';
export { buildConfigJsonSchema, configJsonSchemaText } from './config/json-schema.js';
export { PATCH_OP_SCHEMA } from './config/provisioning-schema.js';
export { DEFAULT_PAGE_CONCURRENCY, MAX_PAGE_CONCURRENCY } from './config/pagination-schema.js';
export type * from './config/types.js';
export { compilePath } from './jsonpath/compile.js';
export type { CompiledPath, CompileOptions } from './jsonpath/compile.js';
export { JsonPathError } from './jsonpath/errors.js';
export { MappingWarnings } from './mapping/warnings.js';
export type { MappingWarningKind, MappingWarningSummary } from './mapping/warnings.js';
export {
  USER_RESOURCE_TYPE,
  GROUP_RESOURCE_TYPE,
  ROLE_RESOURCE_TYPE,
  SCIM_RESOURCE_TYPES,
  scimResourceId,
} from './mapping/resource-types.js';
export type { ScimResourceTypeId } from './mapping/resource-types.js';
export { mapUser, userIdOf } from './mapping/users.js';
export { primaryEmail, userEmails } from './mapping/user-emails.js';
export { mapGroup, groupEntitlements, groupMembers, groupMemberGrants } from './mapping/groups.js';
export { extractGroupRoles, extractRoles, roleResource, roleEntitlements, userRoleGrants } from './mapping/roles.js';
export { RoleRegistry } from './mapping/role-registry.js';
export { GroupNameIndex, userGroupGrants } from './mapping/user-groups.js';
export type { GroupLookup } from './mapping/user-groups.js';
export { memberEntitlement, memberEntitlementId, memberGrant, MEMBER_SLUG } from './mapping/memberships.js';
export { createScimConnector } from './connector/connector.js';
export type { ScimConnector, ScimConnectorOptions } from './connector/connector.js';
export { credentialProblems, httpAuth } from './connector/credentials.js';
export type { ScimCredentials } from './connector/credentials.js';
export type { HttpOverrides } from './connector/http-clients.js';
export type { RequestStats, RequestPurpose } from './connector/request-stats.js';
export type { DroppedGrants } from './connector/memberships-cache.js';
export type {
  ScimProviderHooks,
  HookContext,
  ListHookContext,
  ListHookResult,
  PatchHookContext,
  ProvisioningOperation,
  ClientOverrides,
  GroupMembershipHooks,
  MembershipHookContext,
} from './provider/hooks.js';
export { hookPage, hookPages } from './provider/hook-paging.js';
export type { HookPageFetch, HookPageResult, HookPagingOptions } from './provider/hook-paging.js';
export { defineScimProvider, isScimProvider, PROVIDER_BRAND, PROVIDER_API_VERSION } from './provider/define.js';
export type { ScimProvider, ScimProviderInput } from './provider/define.js';
export { secretForms } from './http/secret-forms.js';
