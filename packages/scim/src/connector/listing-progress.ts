// Tracks whether this process saw a listing whole, which decides if data recorded while listing can be trusted.

/**
 * Whether this process saw a listing from its first page to its last without a gap. A sync resumed in a
 * new process continues from a stored page token, so the earlier pages' data is not in memory.
 */
export class ListingProgress {
  private expected: string | undefined;
  private sawStart = false;
  private done = false;
  /** After a restore: the next page continues whatever token the resumed sync stored. */
  private continuing = false;

  /** Called before each page; true when `token` starts the listing over (so its data must be reset). */
  begin(token: string): boolean {
    if (token === '') {
      this.continuing = false;
      this.sawStart = true;
      this.done = false;
      this.expected = undefined;
      return true;
    }
    if (token !== this.expected && !this.continuing) this.sawStart = false;
    this.continuing = false;
    return false;
  }

  end(next: string): void {
    if (next === '') this.done = this.sawStart;
    else this.expected = next;
  }

  /** An earlier process listed the pages before the stored token, and their data was restored. */
  restored(): void {
    this.sawStart = true;
    this.done = false;
    this.continuing = true;
  }

  markComplete(): void {
    this.done = true;
  }

  get complete(): boolean {
    return this.done;
  }
}
