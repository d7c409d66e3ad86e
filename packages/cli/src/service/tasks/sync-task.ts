// The full sync task: sync into a fresh temporary .c1z while heart-beating, upload it, and remove it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatonError, runSync } from '@baton-scim/core';
import { Heartbeat } from '../heartbeat.js';
import { uploadAsset } from '../upload.js';
import { NonRetryableTaskError, type TaskContext, type TaskResult } from '../task-context.js';
import { scopedConnector, type SyncScope } from './connector-view.js';

export async function syncTask(ctx: TaskContext): Promise<TaskResult> {
  const connector = scopedConnector(ctx.connector, scopeOf(ctx));
  const heartbeat = await Heartbeat.start(ctx.client, ctx.taskId, ctx.heartbeatMs, ctx.logger, ctx.signal);
  const signal = AbortSignal.any([ctx.signal, heartbeat.signal]);
  const dir = await mkdtemp(join(ctx.settings.tmpDir ?? tmpdir(), 'baton-scim-sync-upload-'));
  try {
    const file = join(dir, 'sync.c1z');
    await runSync({ file, connector, signal, logger: ctx.logger, tmpDir: dir });
    const { bytes } = await uploadAsset(ctx.client, ctx.taskId, file, signal);
    ctx.logger.info({ bytes }, 'uploaded the sync');
    return {};
  } catch (err) {
    // The heartbeat's reason says why the task stopped better than the cancellation it caused.
    if (heartbeat.signal.aborted) throw heartbeat.signal.reason as BatonError;
    throw err;
  } finally {
    heartbeat.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function scopeOf(ctx: TaskContext): SyncScope {
  const options = ctx.task.syncFull ?? {};
  if ((options.targetedSyncResources ?? []).length > 0) {
    throw new NonRetryableTaskError(new BatonError('unimplemented', 'targeted sync of single resources is not supported by this connector'));
  }
  if (options.skipExpandGrants) ctx.logger.debug({}, 'skip_expand_grants is not supported; grants are expanded');
  return {
    empty: ctx.settings.skipFullSync,
    resourceTypeIds: options.syncResourceTypeIds ?? [],
    skipEntitlementsAndGrants: options.skipEntitlementsAndGrants === true,
    skipGrants: options.skipGrants === true,
  };
}
