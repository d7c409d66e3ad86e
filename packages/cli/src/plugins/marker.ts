// Reads a package's `batonScim` marker: the authority on whether a package is a provider.
import { readFileSync } from 'node:fs';

export interface ProviderMarker {
  readonly packageName: string;
  readonly packageJsonPath: string;
  readonly version: string;
  readonly provider: string;
  readonly apiVersion: number;
}

export function readMarker(packageJsonPath: string): ProviderMarker | undefined {
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as Record<string, unknown>;
  const marker = pkg.batonScim as Record<string, unknown> | undefined;
  if (!marker || typeof marker.provider !== 'string') return undefined;
  return {
    packageName: String(pkg.name),
    packageJsonPath,
    version: typeof pkg.version === 'string' ? pkg.version : '0.0.0',
    provider: marker.provider,
    apiVersion: typeof marker.apiVersion === 'number' ? marker.apiVersion : 0,
  };
}
