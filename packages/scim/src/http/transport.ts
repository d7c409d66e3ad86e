// One HTTP exchange over a keep-alive undici Pool bound to the base origin, following only same-origin GET redirects.
import { Pool } from 'undici';
import { discard, readBody, tooLargeError, type BodyLimits } from './body-reader.js';
import { redirectError } from './errors.js';
import type { Timeouts } from './network-errors.js';
import type { HeaderMap } from './rate-limit.js';
import { displayPath } from './url.js';

export interface OutgoingRequest {
  readonly method: string;
  /** Path and query under the origin. */
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

export interface Exchange {
  readonly status: number;
  readonly headers: HeaderMap;
  readonly text: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function flatten(headers: Record<string, string | string[] | undefined>): HeaderMap {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export class Transport {
  readonly #origin: string;
  readonly #pool: Pool;
  readonly #maxRedirects: number;
  readonly #limits: BodyLimits;

  constructor(
    origin: string,
    options: { connections: number; timeouts: Timeouts; maxRedirects: number; maxResponseBytes: number; now: () => number },
  ) {
    this.#origin = origin;
    this.#maxRedirects = options.maxRedirects;
    this.#limits = {
      maxBytes: options.maxResponseBytes,
      minBytesPerSecond: options.timeouts.minBytesPerSecond,
      graceMs: options.timeouts.bodyMs,
      now: options.now,
    };
    // Creating a Pool connects nothing; sockets open on the first request and then stay alive.
    this.#pool = new Pool(origin, {
      connections: options.connections,
      pipelining: 1,
      connect: { timeout: options.timeouts.connectMs },
      headersTimeout: options.timeouts.headersMs,
      bodyTimeout: options.timeouts.bodyMs,
      keepAliveTimeout: 30_000,
    });
  }

  async exchange(request: OutgoingRequest, signal: AbortSignal): Promise<Exchange> {
    let target = request.target;
    for (let hop = 0; ; hop += 1) {
      const res = await this.#pool.request({ method: request.method, path: target, headers: request.headers, body: request.body ?? null, signal });
      const headers = flatten(res.headers);
      const location = headers['location'];
      if (!REDIRECTS.has(res.statusCode) || location === undefined) {
        const path = displayPath(target);
        const declared = Number(headers['content-length'] ?? Number.NaN);
        if (declared > this.#limits.maxBytes) {
          discard(res.body);
          throw tooLargeError(request.method, path, this.#limits.maxBytes, declared);
        }
        return { status: res.statusCode, headers, text: await readBody(res.body, request.method, path, this.#limits) };
      }
      await res.body.dump();
      target = this.#follow(request.method, target, res.statusCode, location, hop);
    }
  }

  /** Returns the next target, or throws when following would be unsafe. */
  #follow(method: string, from: string, status: number, location: string, hop: number): string {
    const path = displayPath(from);
    let next: URL;
    try {
      next = new URL(location, `${this.#origin}${from}`);
    } catch (cause) {
      throw redirectError(method, path, status, 'to a Location that is not a valid URL', cause);
    }
    if (next.origin !== this.#origin) {
      throw redirectError(method, path, status, `to another origin (${next.origin}); it was not followed because credentials are only ever sent to ${this.#origin}`);
    }
    if (method !== 'GET') throw redirectError(method, path, status, `to ${next.pathname}; only GET requests follow redirects`);
    if (hop >= this.#maxRedirects) throw redirectError(method, path, status, `more than ${this.#maxRedirects} times`);
    return `${next.pathname}${next.search}`;
  }

  async close(): Promise<void> {
    await this.#pool.close();
  }
}
