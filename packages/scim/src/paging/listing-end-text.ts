// How a listing ended, in words a person reads: the sync summary and the note stored with the sync use it.
import type { ListingEnd } from './page-request.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A listing ended plainly when the server's pages and total agreed: nothing was dropped, corrected or re-read. */
export function endedPlainly(end: ListingEnd): boolean {
  return !end.totalWrong && end.repeated === 0 && end.rereadCount === undefined && end.how === 'empty-page';
}

/** A listing that ended on an empty page made that request only to prove the end: it is said apart from the pages that held resources. */
function pagesText(end: ListingEnd): string {
  if (end.how !== 'empty-page') return `listed in ${plural(end.pages, 'page')}`;
  const full = end.pages - 1;
  return full <= 0 ? 'listed (the first page was empty)' : `listed in ${plural(full, 'page')}, the end confirmed by an empty page`;
}

/** e.g. "users: 50 resources listed in 6 pages; the server's totalResults (10) was wrong; 3 repeated resources dropped". */
export function describeListingEnd(kind: string, end: ListingEnd): string {
  const parts = [`${kind}: ${plural(end.listed, 'resource')} ${pagesText(end)}`];
  if (end.totalWrong) parts.push(`the server's totalResults (${end.totalResults ?? 'none'}) was wrong`);
  if (end.repeated > 0) parts.push(`${plural(end.repeated, 'repeated resource')} dropped`);
  if (end.rereadCount !== undefined) parts.push(`read again from the start with count ${end.rereadCount} to make it whole`);
  if (end.how === 'repeat-page') parts.push('ended on a page of only resources already listed');
  if (end.how === 'end-refused') parts.push('the server refused the request past its claimed end, so the end was not proved');
  return parts.join('; ');
}
