// Finds the SCIM config the flags name: an installed provider, a YAML file, or inline YAML.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScimConfig, type ScimConfig, type ScimProvider } from '@baton-scim/scim';
import type { CliIo } from '../io.js';
import { loadProvider, searchRoots } from '../plugins/loader.js';
import type { ResolvedFlags } from '../options/resolve.js';
import { UsageError } from '../options/usage-error.js';

export interface ConfigSource {
  readonly config: ScimConfig;
  readonly provider: ScimProvider | undefined;
  /** How errors name the config: a path or `<provider package>/provider.yaml`. */
  readonly label: string;
}

export async function loadConfigSource(flags: ResolvedFlags, io: CliIo): Promise<ConfigSource> {
  const providerId = flags.string('service-provider');
  if (providerId) {
    const provider = await loadProvider(providerId, searchRoots(io.cwd, io.providerRoots));
    const path = fileURLToPath(provider.config);
    const label = `${providerId}/provider.yaml`;
    return { config: loadScimConfig(await readText(path, '--service-provider'), { file: label }), provider, label };
  }
  const file = flags.string('scim-config') ?? flags.string('scim-config-file');
  if (file) {
    const path = resolve(io.cwd, file);
    return { config: loadScimConfig(await readText(path, '--scim-config'), { file }), provider: undefined, label: file };
  }
  const inline = flags.string('scim-config-value');
  if (inline) {
    return { config: loadScimConfig(inline, { file: '--scim-config-value' }), provider: undefined, label: '--scim-config-value' };
  }
  throw new UsageError(['one of --service-provider, --scim-config or --scim-config-value is required']);
}

async function readText(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError([`${flag}: cannot read ${path}${code === 'ENOENT' ? ': no such file' : `: ${(err as Error).message}`}`]);
  }
}
