// Public API of @baton-scim/scim.
export { createScimHttpClient } from './http/client.js';
export type { ScimHttpClient, WriteMethod, RequestOptions, SendOptions } from './http/client.js';
export type { ScimHttpOptions, AuthOptions, ClientCredentialsAuth, RetryOptions, Sleep } from './http/options.js';
export type { Timeouts } from './http/network-errors.js';
export type { ScimResponse } from './http/response.js';
export type { JsonValue, JsonObject, JsonPrimitive } from './http/json.js';
export type { Query, QueryValue } from './http/url.js';
export { ScimHttpError, codeForStatus } from './http/errors.js';
export { pageIndex } from './paging/index-paging.js';
export { pageCursor } from './paging/cursor-paging.js';
export type { PageRequest, ScimPage } from './paging/page-request.js';
