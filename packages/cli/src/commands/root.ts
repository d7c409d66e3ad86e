// The root command: a sync into -f, or a one-shot grant/revoke when those flags are given.
import type { Command } from 'commander';
import { lookupGrant, lookupGrantTarget, grantEntitlement, revokeGrant, runSync } from '@baton-scim/core';
import { EXIT, type CliIo } from '../io.js';
import { buildConnector } from '../connector/build.js';
import { secretValues } from '../connector/credentials.js';
import { cliFlagValues } from '../options/program-flags.js';
import { flagRelationProblems } from '../options/relations.js';
import { resolveFlags, type ResolvedFlags } from '../options/resolve.js';
import { UsageError } from '../options/usage-error.js';
import { createLogger, scrubText, type LogFormat } from '../output/logger.js';
import { createProgressReporter } from '../output/progress.js';
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
    const logger = loggerFor(flags, io, secrets);
    if (flags.string('client-id')) return await runServiceMode({ flags, io, logger, version: VERSION });
    const provisioning = flags.bool('provisioning') || !!flags.string('grant-entitlement') || !!flags.string('revoke-grant');
    const connector = await buildConnector(flags, io, { logger, provisioning });
    try {
      if (flags.string('grant-entitlement')) return await oneShotGrant(flags, io, connector, logger);
      if (flags.string('revoke-grant')) return await oneShotRevoke(flags, io, connector, logger);
      return await sync(flags, io, connector, logger);
    } finally {
      await connector.close?.();
    }
  } catch (err) {
    return reportError(io, scrub(err, secrets));
  }
}

function loggerFor(flags: ResolvedFlags, io: CliIo, secrets: readonly string[]) {
  const format = (flags.string('log-format') ?? (io.interactive ? 'console' : 'json')) as LogFormat;
  return createLogger({ level: flags.string('log-level') ?? 'info', format, secrets, destination: io.stderr });
}

type Built = Awaited<ReturnType<typeof buildConnector>>;
type Log = ReturnType<typeof loggerFor>;

async function sync(flags: ResolvedFlags, io: CliIo, connector: Built, logger: Log): Promise<number> {
  const file = flags.path('file') ?? 'sync.c1z';
  const progress = createProgressReporter(io, logger);
  try {
    // The engine logs "Sync complete." with the summary; the CLI only owns the progress display.
    await runSync({
      file, connector, signal: io.signal, logger, onProgress: (e) => progress.onProgress(e),
      ...(flags.path('c1z-temp-dir') ? { tmpDir: flags.path('c1z-temp-dir') } : {}),
    });
    return EXIT.ok;
  } finally {
    progress.stop();
  }
}

async function oneShotGrant(flags: ResolvedFlags, io: CliIo, connector: Built, logger: Log): Promise<number> {
  const file = flags.path('file') ?? 'sync.c1z';
  const target = await lookupGrantTarget(file, flags.string('grant-entitlement') ?? '', flags.string('grant-principal-type') ?? '', flags.string('grant-principal') ?? '');
  const grants = await grantEntitlement(connector, target.entitlement, target.principal, io.signal);
  logger.info({ entitlement: target.entitlement.id, principal: flags.string('grant-principal'), grants: grants.map((g) => g.id) }, 'granted');
  return EXIT.ok;
}

async function oneShotRevoke(flags: ResolvedFlags, io: CliIo, connector: Built, logger: Log): Promise<number> {
  const file = flags.path('file') ?? 'sync.c1z';
  const grant = await lookupGrant(file, flags.string('revoke-grant') ?? '');
  await revokeGrant(connector, grant, io.signal);
  logger.info({ grant: grant.id }, 'revoked');
  return EXIT.ok;
}

function scrub(err: unknown, secrets: readonly string[]): unknown {
  if (err instanceof Error) err.message = scrubText(err.message, secrets);
  return err;
}
