// Stops a listing whose connector hands back a page token it already used, instead of looping forever.
import { BatonError } from '../errors.js';

/**
 * Tokens are remembered per listing in memory only: keeping them in the checkpoint would make every
 * commit grow with the number of pages. After a resume the guard restarts from the stored token.
 */
export class PageTokenGuard {
  private readonly seen = new Map<string, Set<string>>();

  /** Throws when `next` repeats the request's token or any earlier token of the same listing. */
  check(listing: string, request: string, next: string, describe: () => string): void {
    if (next === '') return;
    let tokens = this.seen.get(listing);
    if (!tokens) {
      tokens = new Set();
      this.seen.set(listing, tokens);
    }
    tokens.add(request);
    if (tokens.has(next)) {
      throw new BatonError(
        'internal',
        `connector bug: ${describe()} returned next page token ${quote(next)}, which this listing already ` +
          `requested; aborting instead of looping. The connector's paging must advance.`,
      );
    }
  }

  /** Forgets a finished listing. */
  done(listing: string): void {
    this.seen.delete(listing);
  }
}

function quote(token: string): string {
  return JSON.stringify(token.length > 80 ? `${token.slice(0, 80)}…` : token);
}
