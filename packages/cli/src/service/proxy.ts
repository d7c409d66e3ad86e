// Whether ConductorOne is reached through an HTTP proxy, decided once from the environment as Go's
// net/http does (HTTPS_PROXY, then https_proxy; NO_PROXY, then no_proxy) and used for both the token
// request and the gRPC channel, so the two can never disagree.
import { isIP } from 'node:net';
import { UsageError } from '../options/usage-error.js';
import type { C1Endpoint } from './endpoint.js';

export interface ProxySetting {
  /** `http://host:port` of the proxy, without credentials. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** `user:password` for Proxy-Authorization, decoded; never logged. */
  readonly credentials: string | undefined;
  /** The variable it came from, for messages. */
  readonly variable: string;
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy'] as const;
const NO_PROXY_VARIABLES = ['NO_PROXY', 'no_proxy'] as const;

/** The proxy for `endpoint`, or undefined when none is set or NO_PROXY exempts the host. */
export function proxyFor(endpoint: C1Endpoint, env: NodeJS.ProcessEnv): ProxySetting | undefined {
  const variable = PROXY_VARIABLES.find((v) => (env[v]?.trim() ?? '') !== '');
  if (!variable) return undefined;
  if (bypassed(endpoint, firstSet(env, NO_PROXY_VARIABLES) ?? '')) return undefined;
  return parseProxy(env[variable]?.trim() ?? '', variable);
}

function firstSet(env: NodeJS.ProcessEnv, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return value;
  }
  return undefined;
}

function parseProxy(raw: string, variable: string): ProxySetting {
  // Go accepts a bare host:port and reads it as http://host:port.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UsageError([`${variable}: "${redact(raw)}" is not a proxy URL; expected http://host:port`]);
  }
  if (url.protocol !== 'http:') {
    throw new UsageError([`${variable}: only http:// proxies are supported (the connection to ConductorOne is still TLS end to end through the proxy's CONNECT tunnel), got "${url.protocol}//"`]);
  }
  const port = url.port === '' ? 80 : Number(url.port);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const credentials = url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined;
  return { url: `http://${url.host}`, host, port, credentials, variable };
}

/** The user-info part of a proxy URL is a password: never echoed. */
function redact(raw: string): string {
  return raw.replace(/\/\/[^@/]*@/, '//[REDACTED]@');
}

/**
 * NO_PROXY as Go reads it: comma-separated entries, `*` for everything; an entry is a host name (matching
 * itself and its subdomains, a leading dot allowed), an IP address, or a CIDR range, each with an optional port.
 */
export function bypassed(endpoint: Pick<C1Endpoint, 'hostname' | 'port'>, noProxy: string): boolean {
  const host = endpoint.hostname.toLowerCase();
  for (const rawEntry of noProxy.split(',')) {
    const entry = rawEntry.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (inCidr(host, entry)) return true;
      continue;
    }
    const { name, port } = splitEntry(entry);
    if (port !== undefined && port !== endpoint.port) continue;
    if (isIP(name) !== 0) {
      if (name === host) return true;
      continue;
    }
    const domain = name.replace(/^\*?\./, '');
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}

function splitEntry(entry: string): { name: string; port: number | undefined } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { name: bracketed[1] ?? '', port: bracketed[2] ? Number(bracketed[2]) : undefined };
  const parts = entry.split(':');
  if (parts.length === 2 && /^\d+$/.test(parts[1] ?? '')) return { name: parts[0] ?? '', port: Number(parts[1]) };
  return { name: entry, port: undefined };
}

function inCidr(host: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  if (!base || isIP(base) !== 4 || isIP(host) !== 4 || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((ipv4(base) & mask) >>> 0) === ((ipv4(host) & mask) >>> 0);
}

function ipv4(address: string): number {
  return address.split('.').reduce((acc, octet) => ((acc << 8) | Number(octet)) >>> 0, 0);
}
