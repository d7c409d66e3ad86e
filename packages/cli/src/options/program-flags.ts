// Registers the flag table on a commander program and reads back what was given on the command line.
import { Option, type Command } from 'commander';
import { envName, FLAGS } from './flags.js';

export function addRootFlags(program: Command): void {
  for (const flag of FLAGS) {
    const spelling = `${flag.short ? `-${flag.short}, ` : ''}--${flag.name}${flag.kind === 'string' ? ' <value>' : ''}`;
    const suffix = flag.defaultValue !== undefined && flag.defaultValue !== false ? ` (default "${String(flag.defaultValue)}")` : '';
    const option = new Option(spelling, `${flag.description}${suffix} ($${envName(flag.name)})`);
    if (flag.choices) option.choices(flag.choices);
    if (flag.hidden) option.hideHelp();
    program.addOption(option);
  }
}

/** Only the flags the user typed, keyed by flag name; defaults and env are layered later. */
export function cliFlagValues(program: Command): Map<string, string | boolean> {
  const values = new Map<string, string | boolean>();
  const opts = program.opts<Record<string, unknown>>();
  for (const flag of FLAGS) {
    const attr = flag.name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    if (program.getOptionValueSource(attr) !== 'cli') continue;
    const value = opts[attr];
    if (typeof value === 'string' || typeof value === 'boolean') values.set(flag.name, value);
  }
  return values;
}
