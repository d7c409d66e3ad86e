// The certificate authorities trusted for ConductorOne: Node's own roots plus NODE_EXTRA_CA_CERTS.
// grpc-js does not read NODE_EXTRA_CA_CERTS, and an explicit `ca` replaces Node's defaults, so both the
// token request and the gRPC channel are given the same complete list (corporate TLS proxies need it).
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { UsageError } from '../options/usage-error.js';

export function trustedCertificates(env: NodeJS.ProcessEnv): string {
  const extraFile = env.NODE_EXTRA_CA_CERTS?.trim();
  const pems = [...rootCertificates];
  if (extraFile) {
    let extra: string;
    try {
      extra = readFileSync(extraFile, 'utf8');
    } catch (err) {
      throw new UsageError([`NODE_EXTRA_CA_CERTS: cannot read "${extraFile}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; point it at a PEM file of CA certificates`]);
    }
    if (!extra.includes('-----BEGIN CERTIFICATE-----')) {
      throw new UsageError([`NODE_EXTRA_CA_CERTS: "${extraFile}" holds no PEM certificate (-----BEGIN CERTIFICATE-----)`]);
    }
    pems.push(extra);
  }
  return pems.join('\n');
}
