// A server's "wait" (429/503 with Retry-After) holds every request of the client, not only the one it answered.
import type { RateLimit } from '@baton-scim/core';
import { ScimHttpError } from './errors.js';
import type { Sleep } from './options.js';

/**
 * With several requests in flight (index pages fetched ahead), a Retry-After answered to one of them means
 * the server wants quiet from all: the others wait until it has passed before their next try. The request
 * that got the answer waits through its own retry delay, so it is not held twice.
 */
export class ServerPause {
  private until = 0;
  private setBy: object | undefined;

  constructor(
    private readonly now: () => number,
    private readonly sleep: Sleep,
    private readonly maxDelayMs: number,
  ) {}

  note(err: unknown, request: object): void {
    if (!(err instanceof ScimHttpError) || err.retryAfterMs === undefined) return;
    if (err.status !== 429 && err.status !== 503 && err.code !== 'rate-limited') return;
    const until = this.now() + Math.min(err.retryAfterMs, this.maxDelayMs);
    if (until <= this.until) return;
    this.until = until;
    this.setBy = request;
  }

  /**
   * A success that says the window is spent (`X-RateLimit-Remaining: 0` with a reset time) holds the next
   * requests until the reset, capped like any wait, instead of sending them only to be refused.
   */
  exhausted(rateLimit: RateLimit | undefined): void {
    if (rateLimit?.remaining !== 0 || rateLimit.resetAt === undefined) return;
    const until = Math.min(rateLimit.resetAt, this.now() + this.maxDelayMs);
    if (until <= this.until) return;
    this.until = until;
    this.setBy = undefined;
  }

  /** The request that set the pause has been answered: the server is taking requests again. */
  clear(request: object): void {
    if (this.setBy !== request) return;
    this.until = 0;
    this.setBy = undefined;
  }

  async wait(request: object, signal: AbortSignal | undefined): Promise<void> {
    if (this.setBy === request) return;
    const remaining = this.until - this.now();
    if (remaining > 0) await this.sleep(remaining, signal);
  }
}
