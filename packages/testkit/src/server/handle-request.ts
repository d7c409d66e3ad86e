// One request's life: log it, inject faults, dispatch, write the reply (possibly truncated).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorReply, readBody, ScimHttpError, writeReply, type Reply } from './http-io.js';
import { logBody, startEntry } from './request-log.js';
import { echoFault, pickPreFault, shapeAttributeRead, writeShaped, writeTruncated } from './request-faults.js';
import { dispatch } from './routes.js';
import { routePath, type ServerState } from './state.js';

function toReply(err: unknown): Reply {
  if (err instanceof ScimHttpError) return errorReply(err);
  const message = err instanceof Error ? err.message : String(err);
  return errorReply(new ScimHttpError(500, `Test server bug: ${message}`));
}

export async function handleRequest(state: ServerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', state.origin);
  const method = (req.method ?? 'GET').toUpperCase();
  const entry = startEntry(++state.requestCount, req, url, state.auth);
  state.log.push(entry);
  let rawBody: string;
  try {
    rawBody = await readBody(req);
  } catch (err) {
    const reply = toReply(err);
    entry.status = reply.status;
    writeReply(res, reply);
    return;
  }
  entry.body = logBody(rawBody, req.headers['content-type']);
  const path = routePath(state, url.pathname);
  const echo = echoFault(state, method, path, req.headers, rawBody);
  if (echo !== undefined) {
    entry.fault = 'echoCredentials';
    entry.status = echo.status;
    writeReply(res, echo);
    return;
  }
  const fault = pickPreFault(state, method, path, url.search);
  if (fault !== undefined) entry.fault = fault.name;
  if (fault?.name === 'hang') return;
  if (fault !== undefined && 'reply' in fault) {
    entry.status = fault.reply.status;
    writeReply(res, fault.reply);
    return;
  }
  if (fault !== undefined && 'delayMs' in fault) await state.sleep(fault.delayMs);
  let reply: Reply;
  try {
    reply = dispatch(state, { method, pathname: url.pathname, query: url.searchParams, headers: req.headers, rawBody });
  } catch (err) {
    reply = toReply(err);
  }
  reply = shapeAttributeRead(state, method, url.searchParams, reply);
  entry.status = reply.status;
  const shaped = writeShaped(state, res, reply, method, path);
  if (shaped !== undefined) entry.fault = shaped;
  else if (writeTruncated(state, res, reply, method, path)) entry.fault = 'truncateJson';
  else writeReply(res, reply);
}
