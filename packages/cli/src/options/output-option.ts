// The -o/--output-format option every command shows in its help.
import { Option } from 'commander';

/**
 * The root's -o/--output-format, repeated in a subcommand's help. The root parses it wherever it appears, so a
 * subcommand reads it from the resolved flags (which also take $BATON_OUTPUT_FORMAT and .baton.yaml).
 */
export function outputOption(): Option {
  return new Option('-o, --output-format <format>', 'console or json (default "console") ($BATON_OUTPUT_FORMAT)').choices(['console', 'json']);
}
