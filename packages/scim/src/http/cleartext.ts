// Credentials sent over plain http are readable by anyone on the path; that is only fine on this machine.
import type { Logger } from '@baton-scim/core';

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Origins already warned about in this process: one warning per host, however many clients it gets. */
const warned = new Set<string>();

/** Warns once when `url` is plain http to a host other than this machine and credentials go with it. */
export function warnIfCleartext(url: string, logger: Logger, what: string): void {
  // An unparsable URL is reported by the code that uses it, with its own advice.
  if (!URL.canParse(url)) return;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' || isLoopback(parsed.hostname) || warned.has(`${what} ${parsed.origin}`)) return;
  warned.add(`${what} ${parsed.origin}`);
  logger.warn(
    { origin: parsed.origin },
    `${what} ${parsed.origin} uses plain http: the credentials are sent unencrypted to a host that is not this machine; use https`,
  );
}
