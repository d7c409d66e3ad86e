// What a task handler is given: the task, the connector, the client, its logger and its cancellation.
import type { Connector, Logger } from '@baton-scim/core';
import type { Backoff } from './backoff.js';
import type { BatonClient } from './client.js';
import type { HelloPayload } from './hello.js';
import type { AnyMessage, Task } from './pb.js';

export interface ServiceSettings {
  readonly provisioning: boolean;
  readonly skipFullSync: boolean;
  /** Parent directory for each sync task's temporary directory; the system temp dir when unset. */
  readonly tmpDir: string | undefined;
  /** --sync-resource-types: sync tasks that name no resource types sync only these (all when empty). */
  readonly syncResourceTypes: readonly string[];
  /** Secret values scrubbed from a task's debug log. */
  readonly secrets: readonly string[];
  /** Waits between upload tries; tests scale them down. */
  readonly uploadBackoff?: Backoff | undefined;
}

export interface TaskContext {
  readonly task: Task;
  /** The task's id (never empty: idle answers carry no task). */
  readonly taskId: string;
  readonly client: BatonClient;
  readonly connector: Connector;
  readonly settings: ServiceSettings;
  readonly hello: HelloPayload;
  /** The interval GetTask asked heartbeats to start with. */
  readonly heartbeatMs: number | undefined;
  readonly logger: Logger;
  /** Aborted on shutdown. */
  readonly signal: AbortSignal;
}

export interface TaskResult {
  readonly response?: AnyMessage | undefined;
  readonly annotations?: readonly AnyMessage[] | undefined;
  /** A hello task is answered by the Hello itself, not by FinishTask (as Go's SDK does). */
  readonly finish?: false;
}

/** Thrown by a handler whose failure retrying cannot fix (malformed task, provisioning refused). */
export class NonRetryableTaskError extends Error {
  constructor(readonly error: unknown) {
    super(error instanceof Error ? error.message : String(error));
    this.name = 'NonRetryableTaskError';
  }
}
