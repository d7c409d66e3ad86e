// Turns `startIndex` / `count` / `cursor` into a page window, honouring the page-size cap and paging faults.
import { ScimHttpError } from './http-io.js';
import type { ServerState } from './state.js';

export type PageWindow =
  | { mode: 'index'; offset: number; count: number; startIndex: number }
  | { mode: 'cursor'; offset: number; count: number };

function intParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^-?\d+$/.test(raw)) throw new ScimHttpError(400, `"${name}" must be an integer, got "${raw}"`, 'invalidValue');
  return Number(raw);
}

/** RFC 7644 §3.4.2.4: a negative count means 0; the server may return fewer than asked, never more. */
export function pageSize(state: ServerState, query: URLSearchParams): { requested: number; served: number } {
  const asked = intParam(query, 'count');
  const requested = asked === undefined ? state.paging.defaultPageSize : Math.max(0, asked);
  const capped = Math.min(requested, state.paging.maxPageSize, state.faults.pageCap ?? Infinity);
  return { requested, served: capped };
}

export function usesCursor(state: ServerState, query: URLSearchParams): boolean {
  if (!state.paging.cursor) return false;
  return query.has('cursor') || (state.paging.defaultMethod === 'cursor' && !query.has('startIndex'));
}

export function pageWindow(state: ServerState, query: URLSearchParams, total: number, queryKey: string, listing: 'lists' | 'members' = 'lists'): PageWindow {
  const { requested, served } = pageSize(state, query);
  if (usesCursor(state, query)) {
    const cursor = query.get('cursor') ?? '';
    return { mode: 'cursor', offset: cursor === '' ? 0 : state.cursors.resolve(cursor, queryKey), count: served };
  }
  const scope = state.faults.offsetFaultsOn ?? 'all';
  const faults = scope === 'all' || scope === listing ? state.faults : {};
  const given = intParam(query, 'startIndex');
  let startIndex: number;
  let offset: number;
  if (faults.zeroBasedStartIndex) {
    startIndex = Math.max(0, given ?? 0);
    offset = startIndex;
  } else {
    startIndex = Math.max(1, given ?? 1);
    offset = startIndex - 1;
  }
  if (faults.startIndexAsPageNumber) {
    offset = requested === 0 ? 0 : (Math.ceil((offset + 1) / requested) - 1) * served;
  }
  if (faults.duplicateAcrossPages !== undefined && offset > 0) offset = Math.max(0, offset - faults.duplicateAcrossPages);
  if (faults.skipAcrossPages !== undefined && offset > 0) offset += faults.skipAcrossPages;
  if (faults.pastEndRepeatsFirstPage && offset >= total) offset = 0;
  return { mode: 'index', offset, count: served, startIndex };
}
