// Paces requests before a server has to refuse them: documented limits (http.rateLimits) as token buckets.
import type { Sleep } from './options.js';

/** `requests` per `perSeconds` for the requests whose method and path (below the base URL) match. */
export interface RateLimitRule {
  readonly requests: number;
  readonly perSeconds: number;
  /** Upper-case HTTP method; absent: every method. */
  readonly method?: string;
  /** Path prefix relative to the base URL, e.g. `/Groups`; absent: every path. */
  readonly path?: string;
}

/**
 * A token bucket that starts full (`requests` tokens) and refills at `requests / perSeconds`. Taking a token
 * reserves it even when none is left, so requests waiting at once are spaced out instead of all waking together.
 */
class TokenBucket {
  private tokens: number;
  private updated: number;
  private readonly perMs: number;

  constructor(
    private readonly capacity: number,
    perSeconds: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updated = now;
    this.perMs = capacity / (perSeconds * 1000);
  }

  /** Reserves one token; returns how long to wait before using it (0: at once). */
  reserve(now: number): number {
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.updated) * this.perMs);
    this.updated = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens / this.perMs);
  }
}

function matches(rule: RateLimitRule, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method !== method) return false;
  if (rule.path === undefined) return true;
  const prefix = rule.path.replace(/\/+$/, '');
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}

export class Pacer {
  private readonly buckets: readonly { rule: RateLimitRule; bucket: TokenBucket }[];

  constructor(
    rules: readonly RateLimitRule[],
    private readonly now: () => number,
    private readonly sleep: Sleep,
  ) {
    this.buckets = rules.map((rule) => ({ rule, bucket: new TokenBucket(rule.requests, rule.perSeconds, now()) }));
  }

  /** Waits until every rule matching the request allows one more; each rule's token is reserved at once. */
  async take(method: string, path: string, signal: AbortSignal | undefined): Promise<void> {
    let waitMs = 0;
    const at = this.now();
    for (const { rule, bucket } of this.buckets) if (matches(rule, method, path)) waitMs = Math.max(waitMs, bucket.reserve(at));
    if (waitMs > 0) await this.sleep(waitMs, signal);
  }
}
