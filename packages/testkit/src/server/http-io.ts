// Reading request bodies and writing SCIM responses and SCIM error bodies (RFC 7644 §3.12).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERROR_SCHEMA } from '../scim-types.js';

export const SCIM_CONTENT_TYPE = 'application/scim+json';
const MAX_BODY_BYTES = 1 << 20;

/** A failure the server reports to the client as a SCIM Error response. */
export class ScimHttpError extends Error {
  readonly status: number;
  readonly scimType: string | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, scimType?: string, headers: Record<string, string> = {}) {
    super(detail);
    this.name = 'ScimHttpError';
    this.status = status;
    this.scimType = scimType;
    this.headers = headers;
  }
}

/** What a route handler answers; `raw` bypasses JSON encoding (HTML pages, OAuth bodies). */
export interface Reply {
  status: number;
  body?: unknown;
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

export function errorReply(err: ScimHttpError): Reply {
  const body = {
    schemas: [ERROR_SCHEMA],
    status: String(err.status),
    ...(err.scimType !== undefined && { scimType: err.scimType }),
    detail: err.message,
  };
  return { status: err.status, body, headers: err.headers };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new ScimHttpError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes; send fewer operations per request`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** SCIM bodies must be JSON (7644 §3.1); anything else is the client's bug and is reported as such. */
export function parseJsonBody(text: string, contentType: string | undefined): unknown {
  if (text.length === 0) return undefined;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== SCIM_CONTENT_TYPE && type !== 'application/json') {
    throw new ScimHttpError(400, `Content-Type "${contentType ?? ''}" is not JSON; send application/scim+json`, 'invalidSyntax');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ScimHttpError(400, `Request body is not valid JSON: ${(err as Error).message}`, 'invalidSyntax');
  }
}

export function encodeReply(reply: Reply): { contentType: string | undefined; payload: string } {
  if (reply.raw !== undefined) return { contentType: reply.contentType ?? 'text/plain; charset=utf-8', payload: reply.raw };
  if (reply.body === undefined) return { contentType: undefined, payload: '' };
  return { contentType: reply.contentType ?? SCIM_CONTENT_TYPE, payload: JSON.stringify(reply.body) };
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  const { contentType, payload } = encodeReply(reply);
  const headers: Record<string, string | number> = { ...reply.headers };
  if (contentType !== undefined) headers['content-type'] = contentType;
  headers['content-length'] = Buffer.byteLength(payload);
  res.writeHead(reply.status, headers);
  res.end(payload);
}
