// What describes one root flag.
export type FlagKind = 'string' | 'boolean';

export interface FlagSpec {
  /** Long flag name without dashes; also the key in .baton.yaml. */
  readonly name: string;
  readonly short?: string;
  readonly kind: FlagKind;
  readonly description: string;
  readonly secret?: boolean;
  readonly defaultValue?: string | boolean;
  readonly hidden?: boolean;
  readonly choices?: readonly string[];
  /** Set on a `--<secret>-file` flag: the secret flag whose value the named file holds. */
  readonly fileFor?: string;
}
