// Public API of @baton-scim/core.
export * from './model/pb.js';
export * from './model/annotations.js';
export * from './model/ids.js';
export * from './errors.js';
export * from './logger.js';
export type * from './connector/contract.js';
export type * from './store/types.js';
export { SyncFile, type SyncFileOptions } from './c1z/sync-file.js';
export { C1zReader, type C1zReaderOptions } from './c1z/reader.js';
export type { C1zStats } from './c1z/stats.js';
export { writeC1z, type WriteC1zOptions } from './c1z/compress.js';
export { readC1z, type ReadC1zOptions } from './c1z/decompress.js';
export { formatTimestamp, parseTimestamp } from './c1z/timestamps.js';
