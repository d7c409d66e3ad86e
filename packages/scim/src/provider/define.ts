// The declaration a provider package exports: a frozen, branded object; importing it registers nothing.
import type { ScimProviderHooks } from './hooks.js';

export const PROVIDER_BRAND = 'baton-scim.provider';
export const PROVIDER_API_VERSION = 1;

export interface ScimProviderInput {
  /** Same spelling as the folder, the package suffix and the YAML's provider id. */
  readonly id: string;
  readonly displayName: string;
  /** The provider's YAML config, usually `new URL('../provider.yaml', import.meta.url)`. */
  readonly config: URL;
  readonly hooks?: ScimProviderHooks;
  /** One line on where credentials come from, shown when they are missing. */
  readonly authHelp?: string;
}

export interface ScimProvider extends ScimProviderInput {
  readonly brand: typeof PROVIDER_BRAND;
  readonly apiVersion: typeof PROVIDER_API_VERSION;
  readonly hooks: ScimProviderHooks;
}

export function defineScimProvider(input: ScimProviderInput): ScimProvider {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(input.id)) {
    throw new Error(`defineScimProvider: id "${input.id}" must be lower-case letters, digits and dashes`);
  }
  return Object.freeze({
    ...input,
    hooks: Object.freeze({ ...(input.hooks ?? {}) }),
    brand: PROVIDER_BRAND,
    apiVersion: PROVIDER_API_VERSION,
  });
}

export function isScimProvider(value: unknown): value is ScimProvider {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.brand === PROVIDER_BRAND && typeof v.id === 'string' && v.config instanceof URL;
}
