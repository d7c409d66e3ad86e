// Public API of @baton-scim/core.
export * from './model/pb.js';
export * from './model/annotations.js';
export * from './model/ids.js';
export * from './errors.js';
export * from './logger.js';
export type * from './connector/contract.js';
export type * from './store/types.js';
