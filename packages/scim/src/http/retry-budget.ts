// What all requests of one client share under the retry policy: the retry time since the last progress, and whether the server was ever reached.

export class RetryBudget {
  readonly #limitMs: number;
  #spentMs = 0;
  #reached = false;

  constructor(limitMs: number) {
    this.#limitMs = limitMs;
  }

  /** True once any request got an answer (or lost one mid-exchange): connect failures may heal after that. */
  get hasReached(): boolean {
    return this.#reached;
  }

  reached(): void {
    this.#reached = true;
  }

  /** A request succeeded: the server is making progress, so the time waited without progress starts again. */
  progressed(): void {
    this.#reached = true;
    this.#spentMs = 0;
  }

  canSpend(waitMs: number): boolean {
    return this.#spentMs + waitMs <= this.#limitMs;
  }

  spend(waitMs: number): void {
    this.#spentMs += waitMs;
  }
}
