// Public API of @baton-scim/cli: run the command in-process (tests, embedding).
export { main } from './main.js';

export type { CliIo } from './io.js';
export { EXIT } from './io.js';

export { runProcess, type ProcessOptions } from './process.js';
