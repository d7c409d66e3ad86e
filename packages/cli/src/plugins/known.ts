// First-party provider ids and the package that provides each, for discovery and install hints.

/** Set when the CLI is built or tested, from the markers of packages/providers/* (see scripts/first-party.mjs). */
declare const __FIRST_PARTY_PROVIDERS__: readonly string[];

export const FIRST_PARTY_PROVIDERS: readonly string[] = __FIRST_PARTY_PROVIDERS__;

export function providerPackageName(id: string): string {
  return id.startsWith('@') || id.includes('/') ? id : `@baton-scim/provider-${id}`;
}

export function installHint(pkg: string): string {
  return `npm install ${pkg}   (or: pnpm add ${pkg})`;
}
