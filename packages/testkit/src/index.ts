// Public API of @baton-scim/testkit: directory generator, fault-injecting SCIM server, SCIMMY harness.
export { generateDirectory, DEFAULT_QUIRKS, type GenerateOptions, type QuirkRatios } from './generate.js';
export { createPrng, type Prng } from './prng.js';
export { toDirectory, toDirectoryData, deriveUserGroups, type ScimDirectory } from './directory.js';
export { TestkitConfigError } from './errors.js';
export * from './scim-types.js';
export { startScimServer } from './server/start.js';
export type {
  AuthOptions,
  FaultConfig,
  FaultPatch,
  FaultTrigger,
  LoggedRequest,
  OAuthClient,
  PagingOptions,
  RateLimitFault,
  RedirectFault,
  RoutePattern,
  ScimServerOptions,
  ScimTestServer,
  ServerErrorFault,
  SlowFault,
  StrictPatchOptions,
  TruncateFault,
} from './server/options.js';
export { startScimmyServer, ScimmyStore, type ScimmyServer, type ScimmyServerOptions } from './scimmy.js';
