// Constant-time comparison and redaction, so credentials neither leak through timing nor into logs.
import { timingSafeEqual } from 'node:crypto';

export const REDACTED = '[REDACTED]';

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Keeps the scheme so a log still shows *how* a client authenticated. */
export function redactCredential(value: string): string {
  const space = value.indexOf(' ');
  return space > 0 ? `${value.slice(0, space)} ${REDACTED}` : REDACTED;
}

const SECRET_KEY = /secret|password|token|assertion|key/i;

/** Replaces the value of every field whose name looks secret, at any depth. */
export function redactFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactFields);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? REDACTED : redactFields(v)]));
}

export function parseBasic(header: string | undefined): { user: string; pass: string } | undefined {
  const match = /^basic\s+(\S+)$/i.exec(header ?? '');
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), pass: decoded.slice(colon + 1) };
}

export function parseBearer(header: string | undefined): string | undefined {
  return /^bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}
