// The `inspect` subcommands: read a .c1z like Go's `baton` reader CLI.
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Command } from 'commander';
import type { CliIo } from '../io.js';
import { exportCsv } from '../inspect/export-csv.js';
import { inspectDiff } from '../inspect/diff.js';
import { inspectAccess, inspectGrants, inspectPrincipals } from '../inspect/grants.js';
import { inspectEntitlements, inspectResources, inspectResourceTypes } from '../inspect/objects.js';
import { inspectStats, inspectSyncs } from '../inspect/syncs.js';
import type { InspectOptions, OutputFormat } from '../inspect/context.js';
import { resolveFlags } from '../options/resolve.js';
import { cliFlagValues } from '../options/program-flags.js';
import { outputOption } from '../options/output-option.js';
import { handle } from './handle.js';

interface SubOpts { syncId?: string; baseSyncId?: string; files?: string[]; resourceType?: string; resource?: string; entitlement?: string; out?: string }

export function registerInspect(program: Command, io: CliIo, setExit: (c: number) => void): void {
  const inspect = program.command('inspect').description('Read a .c1z file (-f): resources, entitlements, grants, access, stats, diff, export');
  const add = (name: string, description: string, run: (o: InspectOptions, sub: SubOpts) => Promise<string>, extra: (c: Command) => Command = (c) => c): void => {
    const cmd = extra(fileOption(inspect.command(name).description(description)).addOption(outputOption()).option('--sync-id <id>', 'read this sync instead of the latest finished one'));
    cmd.action(async (...args: unknown[]) => handle(io, setExit, async () => {
      // Options come after any positional arguments: the last is the Command, the one before it the options.
      const sub = { ...(args.at(-2) as SubOpts), ...(args.length > 2 ? { files: (args[0] as string[]).map((f) => resolve(io.cwd, f)) } : {}) };
      const flags = resolveFlags(cliFlagValues(program), io.env, io.cwd);
      const options: InspectOptions = {
        file: flags.path('file') ?? 'sync.c1z',
        output: (flags.string('output-format') ?? 'console') as OutputFormat,
        syncId: sub.syncId,
        tmpDir: flags.path('c1z-temp-dir'),
      };
      return run(options, sub);
    }));
  };
  const typeOpt = (c: Command) => c.option('-t, --resource-type <type>', 'resource type id');
  const grantOpts = (c: Command) => typeOpt(c).option('-r, --resource <id>', 'resource id (with -t)').option('-e, --entitlement <id>', 'entitlement id');
  add('resource-types', 'List resource types', (o) => inspectResourceTypes(o));
  add('resources', 'List resources', (o, s) => inspectResources(o, s.resourceType), typeOpt);
  add('entitlements', 'List entitlements', (o, s) => inspectEntitlements(o, s.resourceType), typeOpt);
  add('grants', 'List grants (all, of a resource type, of a resource, or of an entitlement)', (o, s) => inspectGrants(o, s), grantOpts);
  add('principals', 'List the distinct principals of grants', (o, s) => inspectPrincipals(o, s), grantOpts);
  add('access', 'Effective access of a principal (-t type -r id)', (o, s) => inspectAccess(o, s.resourceType, s.resource), (c) => typeOpt(c).option('-r, --resource <id>', 'principal id'));
  add('stats', 'Counts of the latest finished sync', (o) => inspectStats(o));
  add('syncs', 'List the syncs in the file', (o) => inspectSyncs(o));
  add('diff', 'Compare the latest finished full sync of -f with the one before it, or of two files: inspect diff OLD.c1z NEW.c1z',
    (o, s) => inspectDiff({ ...o, baseSyncId: s.baseSyncId, files: s.files }),
    (c) => c.argument('[files...]', 'two .c1z files: the base and the one compared with it (default: -f, twice)')
      .option('--base-sync-id <id>', 'compare with this sync (of the first file) instead of the one before'));
  const exp = inspect.command('export').description('Export the latest finished sync');
  fileOption(exp.command('csv').description('Export identities, entitlements and grants as CSV'))
    .option('--out <file>', 'the CSV file to write (default: beside the .c1z, e.g. sync.csv for sync.c1z)')
    .addOption(outputOption())
    .option('--sync-id <id>', 'read this sync instead of the latest finished one')
    .action(async (sub: SubOpts) => handle(io, setExit, async () => {
      const flags = resolveFlags(cliFlagValues(program), io.env, io.cwd);
      const file = flags.path('file') ?? resolve(io.cwd, 'sync.c1z');
      const out = sub.out ? resolve(io.cwd, sub.out) : besideAs(file, '.csv');
      return exportCsv({ file, output: (flags.string('output-format') ?? 'console') as OutputFormat, syncId: sub.syncId, tmpDir: flags.path('c1z-temp-dir') }, out);
    }));
}

/**
 * The root command parses -f wherever it appears; repeating it here only puts it in each subcommand's help,
 * which is where people look for it.
 */
function fileOption(cmd: Command): Command {
  return cmd.option('-f, --file <path>', 'the .c1z file to read (default "sync.c1z") ($BATON_FILE)');
}

function besideAs(file: string, ext: string): string {
  const base = basename(file, extname(file));
  return join(dirname(file), base + ext);
}
