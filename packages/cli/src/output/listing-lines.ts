// How each SCIM listing ended, as lines of the end-of-sync summary.
import { describeListingEnd, endedPlainly, type ListingEnd } from '@baton-scim/scim';

/** One line per listing that needed correcting, or one short line when every listing ended plainly. */
export function listingLines(ends: ReadonlyMap<string, ListingEnd>): string[] {
  if (ends.size === 0) return [];
  const corrected = [...ends].filter(([, end]) => !endedPlainly(end));
  if (corrected.length === 0) return [`Listings of ${[...ends.keys()].join(' and ')} ended cleanly`];
  return ["Listings corrected for the server's paging:", ...corrected.map(([kind, end]) => `  ${describeListingEnd(kind, end)}`)];
}
