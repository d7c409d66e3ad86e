// Resource versions (`meta.version`), the ETag header and If-Match / If-None-Match checks (RFC 7644 §3.14).
import type { IncomingHttpHeaders } from 'node:http';
import type { ScimResource } from '../scim-types.js';
import { ScimHttpError } from './http-io.js';
import type { ServerState } from './state.js';

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

function tagMatches(header: string, version: string): boolean {
  return header.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(version));
}

/** Every successful write moves `lastModified` and the version, as a server with ETags must. */
export function bumpMeta(resource: ScimResource, nowMs: number): void {
  const current = /(\d+)/.exec(resource.meta.version)?.[1];
  resource.meta.version = `W/"${current === undefined ? 1 : Number(current) + 1}"`;
  resource.meta.lastModified = new Date(nowMs).toISOString();
}

export function etagHeaders(state: ServerState, resource: ScimResource): Record<string, string> {
  return state.etag ? { etag: resource.meta.version } : {};
}

export function checkIfMatch(state: ServerState, headers: IncomingHttpHeaders, resource: ScimResource): void {
  const ifMatch = headers['if-match'];
  if (!state.etag || ifMatch === undefined) return;
  if (!tagMatches(ifMatch, resource.meta.version)) {
    throw new ScimHttpError(412, `If-Match ${ifMatch} does not match the current version ${resource.meta.version}; GET the resource again and retry`);
  }
}

export function isNotModified(state: ServerState, headers: IncomingHttpHeaders, resource: ScimResource): boolean {
  const ifNoneMatch = headers['if-none-match'];
  return state.etag && ifNoneMatch !== undefined && tagMatches(ifNoneMatch, resource.meta.version);
}
