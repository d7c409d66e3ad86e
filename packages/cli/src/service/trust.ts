// The certificate authorities trusted for ConductorOne: Node's own roots, the operating system's store (where
// TLS-inspecting proxies' CAs are installed), SSL_CERT_FILE / SSL_CERT_DIR as Go reads them, and
// NODE_EXTRA_CA_CERTS. grpc-js reads none of these, and an explicit `ca` replaces Node's defaults, so both the
// token request and the gRPC channel are given the same complete list.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { UsageError } from '../options/usage-error.js';

/** Go's list for Linux and the BSDs: the first of these files that exists is the system bundle. */
const SYSTEM_CERT_FILES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
];
/** Directories of single certificates; every file in them is read. */
const SYSTEM_CERT_DIRS = ['/etc/ssl/certs', '/etc/pki/tls/certs'];

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export interface TrustOptions {
  /** The system locations; tests point them at their own files. */
  readonly systemFiles?: readonly string[];
  readonly systemDirs?: readonly string[];
}

export function trustedCertificates(env: NodeJS.ProcessEnv, options: TrustOptions = {}): string {
  const pems = new Set<string>(rootCertificates);
  const add = (text: string): void => {
    for (const block of text.match(PEM_BLOCK) ?? []) pems.add(block);
  };
  // As in Go: SSL_CERT_FILE replaces the system bundle, SSL_CERT_DIR (colon-separated) the system directories.
  const certFile = env.SSL_CERT_FILE?.trim();
  if (certFile) add(readNamed('SSL_CERT_FILE', certFile));
  else {
    const bundle = (options.systemFiles ?? SYSTEM_CERT_FILES).map(readQuietly).find((t) => t !== undefined);
    if (bundle) add(bundle);
  }
  const certDir = env.SSL_CERT_DIR?.trim();
  const dirs = certDir ? certDir.split(':').filter((d) => d !== '') : (options.systemDirs ?? SYSTEM_CERT_DIRS);
  for (const dir of dirs) {
    for (const text of readDirectory(dir, certDir ? 'SSL_CERT_DIR' : undefined)) add(text);
  }
  const extraFile = env.NODE_EXTRA_CA_CERTS?.trim();
  if (extraFile) add(readNamed('NODE_EXTRA_CA_CERTS', extraFile));
  return [...pems].join('\n');
}

/** A file the user named: unreadable or certificate-free is an error naming the variable. */
function readNamed(variable: string, file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError([`${variable}: cannot read "${file}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; point it at a PEM file of CA certificates`]);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new UsageError([`${variable}: "${file}" holds no PEM certificate (-----BEGIN CERTIFICATE-----)`]);
  }
  return text;
}

function readQuietly(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every readable regular file of `dir`; a missing system directory is normal, a missing named one is not. */
function readDirectory(dir: string, variable: string | undefined): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    if (!variable) return [];
    throw new UsageError([`${variable}: cannot read the directory "${dir}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`]);
  }
  const texts: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
    } catch {
      continue;
    }
    const text = readQuietly(path);
    if (text?.includes('-----BEGIN CERTIFICATE-----')) texts.push(text);
  }
  return texts;
}
