// Subcommands that inspect the configuration rather than sync: capabilities, config, providers,
// validate-config, probe and completion.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { BatonError, silentLogger } from '@baton-scim/core';
import { configJsonSchemaText, loadScimConfig } from '@baton-scim/scim';
import type { CliIo } from '../io.js';
import { buildConnector } from '../connector/build.js';
import { cliFlagValues } from '../options/program-flags.js';
import { flagRelationProblems } from '../options/relations.js';
import { resolveFlags } from '../options/resolve.js';
import { UsageError } from '../options/usage-error.js';
import { providerProblem } from '../plugins/entry.js';
import { discoverProviders, resolvePackageJson, searchRoots } from '../plugins/loader.js';
import { FIRST_PARTY_PROVIDERS, providerPackageName } from '../plugins/known.js';
import { renderTable } from '../output/table.js';
import { capabilitiesJson } from './capabilities.js';
import { completionScript } from './completion.js';
import { configurationJson } from './config-schema.js';
import { handle } from './handle.js';
import { runProbe } from './probe.js';

export function registerTools(program: Command, io: CliIo, setExit: (c: number) => void): void {
  const flags = () => resolveFlags(cliFlagValues(program), io.env, io.cwd);

  program.command('capabilities')
    .description('Print the capabilities (JSON) of the connector a provider or config describes: which resource types it syncs and provisions. Needs --service-provider, --scim-config or --scim-config-value, but no credentials')
    .action(async () => handle(io, setExit, async () => {
      const f = flags();
      const problems = flagRelationProblems(f, true).map((p) => p.startsWith('one of ')
        ? `capabilities describes the connector of one provider or config: pass ${p.slice('one of '.length).replace(/ is required$/, '')}; it needs no credentials and makes no requests`
        : p);
      if (problems.length > 0) throw new UsageError(problems);
      const connector = await buildConnector(f, io, { logger: silentLogger, provisioning: true, credentialsOptional: true });
      try { return capabilitiesJson(connector); } finally { await connector.close?.(); }
    }));

  program.command('config').description('Print the configuration schema: the flags (default) or the SCIM YAML format (--scim)')
    .option('--scim', 'print the JSON Schema of the SCIM provider YAML instead')
    .action(async (o: { scim?: boolean }) => handle(io, setExit, () => (o.scim ? configJsonSchemaText() : configurationJson())));

  program.command('providers').description('List installed provider packages and the first-party ones you can install')
    .action(async () => handle(io, setExit, () => {
      const roots = searchRoots(io.cwd, io.providerRoots);
      const installed = discoverProviders(roots);
      const rows = installed.map((m) => [m.provider, m.packageName, m.version, dirname(m.packageJsonPath), brokenStatus(providerProblem(m)) ?? 'installed']);
      for (const id of FIRST_PARTY_PROVIDERS) {
        if (installed.some((m) => m.provider === id)) continue;
        const unmarked = roots.some((r) => resolvePackageJson(providerPackageName(id), r) !== undefined);
        rows.push([id, providerPackageName(id), '-', '-', unmarked ? 'broken: its package.json has no "batonScim" marker' : `not installed (npm install ${providerPackageName(id)})`]);
      }
      return renderTable(['Provider', 'Package', 'Version', 'Loaded from', 'Status'], rows);
    }));

  program.command('validate-config').argument('<file>', 'SCIM provider YAML to check').description('Check a SCIM config file and print every problem with its key path')
    .action(async (file: string) => handle(io, setExit, async () => {
      const text = await readFile(resolve(io.cwd, file), 'utf8').catch((err: NodeJS.ErrnoException) => {
        throw new UsageError([`${file}: cannot read it (${err.code ?? err.message})`]);
      });
      // Reading may take a while on a slow disk or pipe; a stop asked for meanwhile is honoured before parsing.
      if (io.signal.aborted) throw new BatonError('cancelled', `validate-config ${file} was stopped`);
      loadScimConfig(text, { file });
      return `${file}: valid\n`;
    }));

  program.command('probe').description('Fetch one page of users and groups and show how each mapped field resolved')
    .option('--count <n>', 'records to show of each kind', '3')
    .action(async (o: { count: string }) => handle(io, setExit, async () => runProbe(flags(), io, Number.parseInt(o.count, 10) || 3)));

  program.command('completion').argument('<shell>', 'bash, zsh or fish').description('Print a shell completion script')
    .action(async (shell: string) => handle(io, setExit, () => completionScript(program, shell)));
}

/** A broken provider's status cell: one line, so the table stays a table. */
function brokenStatus(problem: string | undefined): string | undefined {
  return problem === undefined ? undefined : `broken: ${problem.replace(/\s*\n\s*/g, '; ')}`;
}
