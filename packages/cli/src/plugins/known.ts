// First-party provider ids and the package that provides each, for discovery and install hints.
import { closestKey } from '@baton-scim/scim';

/** Set when the CLI is built or tested, from the markers of packages/providers/* (see scripts/first-party.mjs). */
declare const __FIRST_PARTY_PROVIDERS__: readonly string[];

export const FIRST_PARTY_PROVIDERS: readonly string[] = __FIRST_PARTY_PROVIDERS__;

export function providerPackageName(id: string): string {
  return id.startsWith('@') || id.includes('/') ? id : `@baton-scim/provider-${id}`;
}

export function installHint(pkg: string): string {
  return `npm install ${pkg}   (or: pnpm add ${pkg})`;
}

/**
 * Why a provider id could not be loaded: an install hint for a first-party id or a package named outright,
 * the nearest id for a mistyped one (never a made-up package name to install).
 */
export function notInstalledProblems(id: string, installed: readonly string[]): string[] {
  const orElse = '  (or pass --scim-config FILE with a custom YAML config; `baton-scim providers` lists what is installed)';
  const pkg = providerPackageName(id);
  if (FIRST_PARTY_PROVIDERS.includes(id) || pkg === id) {
    return [`--service-provider: provider "${id}" is not installed. It is provided by ${pkg}; install it with: ${installHint(pkg)}`, orElse];
  }
  const near = closestKey(id, [...new Set([...installed, ...FIRST_PARTY_PROVIDERS])]);
  if (near !== undefined) {
    const state = installed.includes(near) ? 'installed' : `not installed yet: ${installHint(providerPackageName(near))}`;
    return [`--service-provider: there is no provider "${id}"; did you mean "${near}" (${state})?`, orElse];
  }
  return [`--service-provider: there is no provider "${id}" among the installed or first-party ones`, orElse];
}
