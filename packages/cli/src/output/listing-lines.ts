// How each SCIM listing ended, in the words of the end-of-sync summary.
import type { ListingEnd } from '@baton-scim/scim';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A listing ended plainly when the server's pages and total agreed: nothing was dropped, corrected or re-read. */
function plain(end: ListingEnd): boolean {
  return !end.totalWrong && end.repeated === 0 && end.rereadCount === undefined && end.how !== 'repeat-page';
}

function describe(kind: string, end: ListingEnd): string {
  const parts = [`${kind}: ${plural(end.listed, 'resource')} listed in ${plural(end.pages, 'page')}`];
  if (end.totalWrong) parts.push(`the server's totalResults (${end.totalResults ?? 'none'}) was wrong`);
  if (end.repeated > 0) parts.push(`${plural(end.repeated, 'repeated resource')} dropped`);
  if (end.rereadCount !== undefined) parts.push(`read again from the start with count ${end.rereadCount} to make it whole`);
  if (end.how === 'repeat-page') parts.push('ended on a page of only resources already listed');
  return parts.join('; ');
}

/** One line per listing that needed correcting, or one short line when every listing ended plainly. */
export function listingLines(ends: ReadonlyMap<string, ListingEnd>): string[] {
  if (ends.size === 0) return [];
  const corrected = [...ends].filter(([, end]) => !plain(end));
  if (corrected.length === 0) return [`Listings of ${[...ends.keys()].join(' and ')} ended cleanly`];
  return ['Listings corrected for the server\'s paging:', ...corrected.map(([kind, end]) => `  ${describe(kind, end)}`)];
}
