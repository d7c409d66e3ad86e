// The full sync task: sync into a fresh temporary .c1z while heart-beating, upload it (and the task's debug
// log when ConductorOne asked for one), and remove them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatonError, runSync } from '@baton-scim/core';
import { openDebugLog, type DebugLog } from '../debug-log.js';
import { Heartbeat } from '../heartbeat.js';
import { uploadAsset } from '../upload.js';
import { teeLogger, withDebugLog } from '../task-log-scope.js';
import { NonRetryableTaskError, type TaskContext, type TaskResult } from '../task-context.js';
import { scopedConnector, type SyncScope } from './connector-view.js';

export async function syncTask(ctx: TaskContext): Promise<TaskResult> {
  const dir = await mkdtemp(join(ctx.settings.tmpDir ?? tmpdir(), 'baton-scim-sync-upload-'));
  const debug = ctx.task.debug === true ? openDebugLog(dir, ctx.settings.secrets) : undefined;
  try {
    const run = (): Promise<TaskResult> => syncAndUpload({ ...ctx, logger: teeLogger(ctx.logger, debug?.logger.child(bindingsOf(ctx))) }, dir, debug);
    return await (debug ? withDebugLog(debug.logger, run) : run());
  } finally {
    await debug?.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

async function syncAndUpload(ctx: TaskContext, dir: string, debug: DebugLog | undefined): Promise<TaskResult> {
  const scope = scopeOf(ctx);
  const connector = scopedConnector(ctx.connector, scope);
  const heartbeat = await Heartbeat.start(ctx.client, ctx.taskId, ctx.heartbeatMs, ctx.logger, ctx.signal);
  const signal = AbortSignal.any([ctx.signal, heartbeat.signal]);
  try {
    const file = join(dir, 'sync.c1z');
    await runSync({
      file, connector, signal, logger: ctx.logger, tmpDir: dir,
      // Without entitlements and grants the file is no snapshot of access: Go records it as resources_only.
      syncType: scope.skipEntitlementsAndGrants ? 'resources_only' : 'full',
      expandGrants: !scope.skipExpandGrants,
    });
    const upload = { signal, logger: ctx.logger, backoff: ctx.settings.uploadBackoff };
    const { bytes } = await uploadAsset(ctx.client, ctx.taskId, file, { ...upload, what: 'sync' });
    ctx.logger.info({ bytes }, 'uploaded the sync');
    if (debug) {
      ctx.logger.info({}, 'uploading the debug log');
      await debug.close();
      const sent = await uploadAsset(ctx.client, ctx.taskId, debug.file, { ...upload, what: 'debug log' });
      ctx.logger.info({ bytes: sent.bytes }, 'uploaded the debug log');
    }
    return {};
  } catch (err) {
    // The heartbeat's reason says why the task stopped better than the cancellation it caused.
    if (heartbeat.signal.aborted) throw heartbeat.signal.reason as BatonError;
    throw err;
  } finally {
    heartbeat.stop();
  }
}

function bindingsOf(ctx: TaskContext): Record<string, string> {
  return { task_id: ctx.taskId, task_type: 'sync_full' };
}

function scopeOf(ctx: TaskContext): SyncScope & { skipExpandGrants: boolean } {
  const options = ctx.task.syncFull ?? {};
  if ((options.targetedSyncResources ?? []).length > 0) {
    throw new NonRetryableTaskError(new BatonError('unimplemented', 'targeted sync of single resources is not supported by this connector'));
  }
  const fromTask = options.syncResourceTypeIds ?? [];
  return {
    empty: ctx.settings.skipFullSync,
    resourceTypeIds: fromTask.length > 0 ? fromTask : ctx.settings.syncResourceTypes,
    skipEntitlementsAndGrants: options.skipEntitlementsAndGrants === true,
    skipGrants: options.skipGrants === true,
    skipExpandGrants: options.skipExpandGrants === true,
  };
}
