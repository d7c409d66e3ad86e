// The root command: a sync into -f, or a one-shot grant/revoke when those flags are given.
import type { Command } from 'commander';
import { lookupGrant, lookupGrantTarget, grantEntitlement, revokeGrant, runSync, type SyncSummary } from '@baton-scim/core';
import { EXIT, type CliIo } from '../io.js';
import { buildRun, type BuiltRun } from '../connector/build.js';
import { provisioningProblem } from '../connector/provisioning-keys.js';
import { secretValues } from '../connector/credentials.js';
import { cliFlagValues } from '../options/program-flags.js';
import { flagRelationProblems } from '../options/relations.js';
import { resolveFlags, type ResolvedFlags } from '../options/resolve.js';
import { UsageError } from '../options/usage-error.js';
import { scrubText } from '../output/logger.js';
import { outputFor, type Output } from '../output/output.js';
import { createProgressReporter } from '../output/progress.js';
import { listingLines } from '../output/listing-lines.js';
import { formatSyncSummary } from '../output/sync-summary.js';
import { runServiceMode } from '../service/service-mode.js';
import { VERSION } from '../program.js';
import { reportError } from './handle.js';

export async function runRoot(program: Command, io: CliIo): Promise<number> {
  let secrets: string[] = [];
  try {
    const flags = resolveFlags(cliFlagValues(program), io.env, io.cwd);
    secrets = secretValues(flags);
    const problems = flagRelationProblems(flags, true);
    if (problems.length > 0) throw new UsageError(problems);
    const out = outputFor(flags, io, secrets);
    const { logger } = out;
    if (flags.string('client-id')) return await runServiceMode({ flags, io, logger, version: VERSION, json: out.format === 'json' });
    // One-shot grant/revoke without -p is refused above, before anything is sent.
    const provisioning = flags.bool('provisioning');
    const run = await buildRun(flags, io, { logger, provisioning });
    const { connector } = run;
    let summary: string | undefined;
    try {
      for (const warning of run.warnings) out.warn(warning);
      const oneShot = oneShotProblem(flags, run);
      if (oneShot) throw new UsageError([oneShot]);
      if (flags.string('grant-entitlement')) return await oneShotGrant(flags, io, connector, logger);
      if (flags.string('revoke-grant')) return await oneShotRevoke(flags, io, connector, logger);
      summary = await sync(flags, io, run, out);
    } finally {
      await connector.close?.();
    }
    // After close, whose log lines (requests made, data warnings) the summary must not be buried under.
    if (summary) io.stderr.write(summary);
    return EXIT.ok;
  } catch (err) {
    return reportError(io, scrub(err, secrets));
  }
}

type Built = BuiltRun['connector'];
type Log = Output['logger'];

/** Syncs into -f; returns the summary a person reads (none for JSON logs). */
async function sync(flags: ResolvedFlags, io: CliIo, run: BuiltRun, out: Output): Promise<string | undefined> {
  const file = flags.path('file') ?? 'sync.c1z';
  const { connector } = run;
  const progress = createProgressReporter(out.screen, io.stderr, out.logger);
  let summary: SyncSummary;
  try {
    // The engine logs "Sync complete." for JSON readers; a person gets the summary below instead.
    summary = await runSync({
      file, connector, signal: io.signal, logger: out.logger, onProgress: (e) => progress.onProgress(e),
      ...(flags.path('c1z-temp-dir') ? { tmpDir: flags.path('c1z-temp-dir') } : {}),
    });
  } finally {
    progress.stop();
  }
  if (out.format !== 'console') return undefined;
  const report = {
    requests: connector.requestStats().total,
    dataWarnings: connector.mappingWarnings().map((w) => w.message),
    droppedGrants: connector.droppedGrants().count,
    listings: listingLines(connector.listingEnds()),
  };
  return formatSyncSummary(summary, report, file);
}

/** A one-shot grant or revoke the config has no operation for, named by its config key. */
function oneShotProblem(flags: ResolvedFlags, run: BuiltRun): string | undefined {
  const grant = flags.string('grant-entitlement');
  const revoke = flags.string('revoke-grant');
  if (!grant && !revoke) return undefined;
  const syncers = run.connector.resourceSyncers();
  if (grant) return provisioningProblem(run.config, syncers, run.label, grant.split(':')[0] ?? '', 'grant', '--grant-entitlement');
  if (revoke) return provisioningProblem(run.config, syncers, run.label, revoke.split(':')[0] ?? '', 'revoke', '--revoke-grant');
  return undefined;
}

async function oneShotGrant(flags: ResolvedFlags, io: CliIo, connector: Built, logger: Log): Promise<number> {
  const file = flags.path('file') ?? 'sync.c1z';
  const target = await lookupGrantTarget(file, flags.string('grant-entitlement') ?? '', flags.string('grant-principal-type') ?? '', flags.string('grant-principal') ?? '');
  const grants = await grantEntitlement(connector, target.entitlement, target.principal, io.signal);
  logger.info({ entitlement: target.entitlement.id, principal: flags.string('grant-principal'), grants: grants.map((g) => g.id) }, 'granted (verified)');
  return EXIT.ok;
}

async function oneShotRevoke(flags: ResolvedFlags, io: CliIo, connector: Built, logger: Log): Promise<number> {
  const file = flags.path('file') ?? 'sync.c1z';
  const grant = await lookupGrant(file, flags.string('revoke-grant') ?? '');
  await revokeGrant(connector, grant, io.signal);
  logger.info({ grant: grant.id }, 'revoked (verified)');
  return EXIT.ok;
}

function scrub(err: unknown, secrets: readonly string[]): unknown {
  if (err instanceof Error) err.message = scrubText(err.message, secrets);
  return err;
}
