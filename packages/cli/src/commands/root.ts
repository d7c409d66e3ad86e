// The root command: a sync into -f, or a one-shot grant/revoke when those flags are given.
import type { Command } from 'commander';
import { BatonError, lookupGrant, lookupGrantTarget, grantEntitlement, revokeGrant, runSync, type SyncSummary } from '@baton-scim/core';
import { VERIFY_AFTER_STOP_MS } from '@baton-scim/scim';
import { EXIT, type CliIo } from '../io.js';
import { buildRun, type BuiltRun } from '../connector/build.js';
import { provisioningProblem } from '../connector/provisioning-keys.js';
import { secretValues } from '../connector/credentials.js';
import { envName } from '../options/flags.js';
import { cliFlagValues } from '../options/program-flags.js';
import { flagRelationProblems } from '../options/relations.js';
import { resolveFlags, type ResolvedFlags } from '../options/resolve.js';
import { UsageError } from '../options/usage-error.js';
import { createLogger, scrubText } from '../output/logger.js';
import { outputFor, type Output } from '../output/output.js';
import { createProgressReporter } from '../output/progress.js';
import { listingLines } from '../output/listing-lines.js';
import { formatProvisionReport, type OutputFormat, type ProvisionAction, type ProvisionReport } from '../output/provision-outcome.js';
import { formatSyncSummary } from '../output/sync-summary.js';
import { runServiceMode } from '../service/service-mode.js';
import { VERSION } from '../version.js';
import { CACHE_MAX_MB, defaultCacheDir, keepSyncedCopy } from '../explore/cache.js';
import { loggerErrorWriter, reportError, type ErrorWriter } from './handle.js';

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
      if (flags.string('grant-entitlement')) return await oneShotGrant(flags, io, connector);
      if (flags.string('revoke-grant')) return await oneShotRevoke(flags, io, connector);
      summary = await sync(flags, io, run, out);
    } finally {
      await connector.close?.();
    }
    // After close, whose log lines (requests made, data warnings) the summary must not be buried under.
    if (summary) io.stderr.write(summary);
    return EXIT.ok;
  } catch (err) {
    return reportError(io, scrub(err, secrets), earlyServiceWriter(program, io, secrets));
  }
}

/**
 * Service mode with JSON logs (asked for, or the default off a terminal) writes every line as JSON, so a flag error
 * raised before its logger exists is a JSON log entry too; undefined for every other run (plain `error:` lines).
 */
function earlyServiceWriter(program: Command, io: CliIo, secrets: readonly string[]): ErrorWriter | undefined {
  const given = cliFlagValues(program);
  const raw = (name: string): string | undefined => {
    const value = given.get(name);
    return typeof value === 'string' ? value : io.env[envName(name)] || undefined;
  };
  if (raw('client-id') === undefined) return undefined;
  if ((raw('log-format') ?? (io.interactive ? 'console' : 'json')) !== 'json') return undefined;
  const known = [...secrets, raw('client-secret') ?? ''].filter((s) => s !== '');
  return loggerErrorWriter(createLogger({ level: 'info', format: 'json', secrets: known, destination: io.stderr }));
}

type Built = BuiltRun['connector'];

/** Syncs into -f; returns the summary a person reads (none for JSON logs). */
async function sync(flags: ResolvedFlags, io: CliIo, run: BuiltRun, out: Output): Promise<string | undefined> {
  const file = flags.path('file') ?? 'sync.c1z';
  const { connector } = run;
  const progress = createProgressReporter(out.screen, out.logger);
  let summary: SyncSummary;
  try {
    // The engine logs "Sync complete." for JSON readers; a person gets the summary below instead.
    summary = await runSync({
      file, connector, signal: io.signal, logger: out.logger, onProgress: (e) => progress.onProgress(e),
      ...(flags.path('c1z-temp-dir') ? { tmpDir: flags.path('c1z-temp-dir') } : {}),
      ...(flags.bool('explore-cache') ? { keepDecoded: keepForExplore(io) } : {}),
    });
    // The file is replaced: a stop asked for during the finishing steps came too late to stop anything.
    if (io.stop) io.stop.saved = true;
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
  return formatSyncSummary(summary, report, file, out.logger.isLevelEnabled('warn'));
}

/** Hands the finished working file to explore's cache (--explore-cache); a file on another file system stays out. */
function keepForExplore(io: CliIo): (db: string, out: string) => Promise<boolean> {
  return (db, out) => Promise.resolve(keepSyncedCopy(db, out, { dir: defaultCacheDir(io.env), maxBytes: CACHE_MAX_MB * 1024 * 1024 }));
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

/**
 * A stop during a one-shot change lets its read-back and restore finish (the connector bounds that); the
 * process waits that long, plus a second, before it leaves on its own.
 */
function allowVerifyAfterStop(io: CliIo): void {
  if (io.stop) io.stop.graceMs = Math.max(io.stop.graceMs, VERIFY_AFTER_STOP_MS + 1000);
}

async function oneShotGrant(flags: ResolvedFlags, io: CliIo, connector: Built): Promise<number> {
  allowVerifyAfterStop(io);
  const file = flags.path('file') ?? 'sync.c1z';
  const principal = `${flags.string('grant-principal-type') ?? ''}:${flags.string('grant-principal') ?? ''}`;
  const target = await lookupGrantTarget(file, flags.string('grant-entitlement') ?? '', flags.string('grant-principal-type') ?? '', flags.string('grant-principal') ?? '');
  const action = { action: 'grant', entitlement: target.entitlement.id ?? '', principal } as const;
  return reportOutcome(flags, io, action, async () => {
    const { grants, outcome } = await grantEntitlement(connector, target.entitlement, target.principal, io.signal);
    return { ...action, grants: grants.map((g) => g.id ?? ''), outcome };
  });
}

async function oneShotRevoke(flags: ResolvedFlags, io: CliIo, connector: Built): Promise<number> {
  allowVerifyAfterStop(io);
  const file = flags.path('file') ?? 'sync.c1z';
  const grant = await lookupGrant(file, flags.string('revoke-grant') ?? '');
  const action = { action: 'revoke', grant: grant.id ?? '' } as const;
  return reportOutcome(flags, io, action, async () => ({ ...action, outcome: await revokeGrant(connector, grant, io.signal) }));
}

/**
 * Prints what a grant or revoke did on stdout, whatever the log level: written, already in place, or failed
 * (with what was restored, which the connector's error says). A failure is then also reported on stderr as
 * every error is, so what reads the error stream still finds it there; a stop is reported as any stopped command.
 */
async function reportOutcome(flags: ResolvedFlags, io: CliIo, action: ProvisionAction, send: () => Promise<ProvisionReport>): Promise<number> {
  const format = (flags.string('output-format') ?? 'console') as OutputFormat;
  const print = (report: ProvisionReport): void => {
    io.stdout.write(scrubText(formatProvisionReport(report, format), secretValues(flags)));
  };
  let report: ProvisionReport;
  try {
    report = await send();
  } catch (err) {
    if (!(err instanceof BatonError && err.code === 'cancelled')) print({ ...action, outcome: 'failed', error: err instanceof Error ? err.message : String(err) });
    throw err;
  }
  print(report);
  return EXIT.ok;
}

function scrub(err: unknown, secrets: readonly string[]): unknown {
  if (err instanceof Error) err.message = scrubText(err.message, secrets);
  return err;
}
