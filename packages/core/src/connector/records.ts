// Plain records a connector hands the engine with a page, and the store keeps with the sync.
/** Something a person should know about how a sync went, stored with it and shown by `inspect stats`. */
export interface SyncNote {
  /** What it is about, e.g. "users listing"; a later note on the same topic in the same sync replaces it. */
  readonly topic: string;
  readonly text: string;
}

/**
 * A piece of the connector's own state that a resumed sync needs from pages an earlier process listed (e.g.
 * the roles it read on users). Upserted by (kind, key) in the same commit as the page, so it survives exactly
 * when the page does; it lives in the working file only and is not part of the finished .c1z.
 */
export interface SavedEntry {
  readonly kind: string;
  readonly key: string;
  readonly value: string;
}
