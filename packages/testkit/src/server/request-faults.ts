// Faults that answer (or refuse to answer) a request before it reaches its handler, and body truncation after.
import { STATUS_CODES, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { encodeReply, errorReply, ScimHttpError, type Reply } from './http-io.js';
import type { RateLimitFault } from './options.js';
import type { ServerState } from './state.js';

export type PreFault = { name: string; reply: Reply } | { name: 'hang' } | { name: 'slow'; delayMs: number };

const HTML_502 = '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502 Bad Gateway</h1><p>The upstream server did not respond.</p></body></html>\n';

/** Checked in a fixed order; only the first fault that fires applies, so counters of later ones are untouched. */
export function pickPreFault(state: ServerState, method: string, path: string, search: string): PreFault | undefined {
  const { faults, faultRuntime: rt } = state;
  if (faults.redirect && rt.fires('redirect', faults.redirect, method, path)) {
    const location = `${faults.redirect.to.replace(/\/+$/, '')}${path}${search}`;
    return { name: 'redirect', reply: { status: faults.redirect.status ?? 307, headers: { location } } };
  }
  if (rt.fires('hang', faults.hang, method, path)) return { name: 'hang' };
  if (faults.rateLimit && rt.fires('rateLimit', faults.rateLimit, method, path)) {
    return { name: 'rateLimit', reply: rateLimitReply(faults.rateLimit, state.now()) };
  }
  if (faults.serverError && rt.fires('serverError', faults.serverError, method, path)) {
    const status = faults.serverError.status ?? 500;
    return { name: 'serverError', reply: errorReply(new ScimHttpError(status, `Injected ${status} error; retry later`)) };
  }
  if (faults.htmlError && rt.fires('htmlError', faults.htmlError, method, path)) {
    const status = faults.htmlError.status ?? 502;
    const raw = HTML_502.replace(/502 Bad Gateway/g, `${status} ${STATUS_CODES[status] ?? 'Error'}`);
    return { name: 'htmlError', reply: { status, raw, contentType: 'text/html; charset=utf-8' } };
  }
  if (faults.slow && rt.fires('slow', faults.slow, method, path)) return { name: 'slow', delayMs: faults.slow.delayMs };
  return undefined;
}

function rateLimitReply(fault: RateLimitFault, now: number): Reply {
  const seconds = fault.retryAfterSeconds ?? 1;
  const headers: Record<string, string> = {};
  if (fault.retryAfterFormat === 'http-date') headers['retry-after'] = new Date(now + seconds * 1000).toUTCString();
  else if (fault.retryAfterFormat !== 'none') headers['retry-after'] = String(seconds);
  const status = fault.status ?? 429;
  const reason = fault.reason === undefined ? '' : ` (reason: ${fault.reason})`;
  return errorReply(new ScimHttpError(status, `Too many requests; retry after ${seconds} s${reason}`, undefined, headers));
}

/** Writes `reply` with its JSON cut in half when the truncation fault fires. */
export function writeTruncated(state: ServerState, res: ServerResponse, reply: Reply, method: string, path: string): boolean {
  const fault = state.faults.truncateJson;
  const { contentType, payload } = encodeReply(reply);
  if (!fault || payload.length < 2 || !state.faultRuntime.fires('truncateJson', fault, method, path)) return false;
  const cut = payload.slice(0, Math.floor(payload.length / 2));
  const full = Buffer.byteLength(payload);
  const headers = { ...reply.headers, ...(contentType !== undefined && { 'content-type': contentType }) };
  if (fault.mode === 'abort') {
    res.writeHead(reply.status, { ...headers, 'content-length': full });
    res.write(cut, () => res.destroy());
  } else {
    res.writeHead(reply.status, { ...headers, 'content-length': Buffer.byteLength(cut) });
    res.end(cut);
  }
  return true;
}

/** The `echoCredentials` reply: a 400 whose detail repeats what the client sent, secrets included. */
export function echoFault(state: ServerState, method: string, path: string, headers: IncomingHttpHeaders, rawBody: string): Reply | undefined {
  if (!state.faultRuntime.fires('echoCredentials', state.faults.echoCredentials, method, path)) return undefined;
  const detail = `Bad request; you sent authorization=${headers.authorization ?? ''} body=${rawBody}`;
  return errorReply(new ScimHttpError(400, detail));
}

/** Writes `reply` slowly (`trickle`) or padded (`hugeBody`) when one of those faults fires, returning its name. */
export function writeShaped(state: ServerState, res: ServerResponse, reply: Reply, method: string, path: string): string | undefined {
  const { faults, faultRuntime: rt } = state;
  if (faults.hugeBody && rt.fires('hugeBody', faults.hugeBody, method, path)) {
    const body = typeof reply.body === 'object' && reply.body !== null ? reply.body : {};
    const { contentType, payload } = encodeReply({ ...reply, body: { ...body, padding: 'x'.repeat(faults.hugeBody.bytes) } });
    const headers: Record<string, string | number> = { ...reply.headers, 'content-type': contentType ?? 'application/json' };
    if (faults.hugeBody.chunked !== true) headers['content-length'] = Buffer.byteLength(payload);
    res.writeHead(reply.status, headers);
    res.end(payload);
    return 'hugeBody';
  }
  if (faults.trickle && rt.fires('trickle', faults.trickle, method, path)) {
    const { contentType, payload } = encodeReply(reply);
    const bytes = Buffer.from(payload);
    const step = Math.max(1, faults.trickle.bytesPerChunk ?? 1);
    res.writeHead(reply.status, { ...reply.headers, 'content-type': contentType ?? 'application/json', 'content-length': bytes.length });
    let at = 0;
    const timer = setInterval(() => {
      res.write(bytes.subarray(at, at + step));
      at += step;
      if (at >= bytes.length) {
        clearInterval(timer);
        res.end();
      }
    }, faults.trickle.intervalMs);
    res.on('close', () => clearInterval(timer));
    return 'trickle';
  }
  return undefined;
}

/** Complex values of a resource with their `value` dropped (the `valuelessAttributeReads` fault). */
function withoutValues(resource: unknown): unknown {
  if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) return resource;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    out[key] = Array.isArray(value)
      ? value.map((el: unknown) => {
          if (typeof el !== 'object' || el === null || Array.isArray(el)) return el;
          const { value: _dropped, ...rest } = el as Record<string, unknown>;
          return rest;
        })
      : value;
  }
  return out;
}

/** The faults of reads with `attributes=`: elements without `value`, and no ETag header. */
export function shapeAttributeRead(state: ServerState, method: string, query: URLSearchParams, reply: Reply): Reply {
  const { valuelessAttributeReads, noEtagOnAttributeReads } = state.faults;
  if (method !== 'GET' || !query.has('attributes') || reply.status >= 300) return reply;
  let shaped = reply;
  if (noEtagOnAttributeReads === true && reply.headers !== undefined) {
    const { etag: _etag, ...headers } = reply.headers;
    shaped = { ...shaped, headers };
  }
  if (valuelessAttributeReads === true && typeof reply.body === 'object' && reply.body !== null) {
    const body = reply.body as Record<string, unknown>;
    const listed = body['Resources'];
    shaped = { ...shaped, body: Array.isArray(listed) ? { ...body, Resources: listed.map(withoutValues) } : withoutValues(body) };
  }
  return shaped;
}
