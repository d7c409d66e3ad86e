// Counts the connector's requests by purpose, so a sync can prove it made no request per user or group.
import type { ScimHttpClient } from '../http/client.js';

export type RequestPurpose =
  | 'validate'
  | 'userPages'
  | 'groupPages'
  | 'groupMemberReads'
  | 'userIndexPages'
  | 'groupIndexPages'
  | 'discovery'
  | 'absenceChecks'
  | 'provisioningReads'
  | 'provisioningWrites';

export type RequestStats = Readonly<Record<RequestPurpose | 'total', number>>;

const PURPOSES: readonly RequestPurpose[] = [
  'validate',
  'userPages',
  'groupPages',
  'groupMemberReads',
  'userIndexPages',
  'groupIndexPages',
  'discovery',
  'absenceChecks',
  'provisioningReads',
  'provisioningWrites',
];

/** Logical requests; the HTTP client's own retries of one request are not counted again. */
export class RequestCounter {
  private readonly counts = new Map<RequestPurpose, number>();

  add(purpose: RequestPurpose): void {
    this.counts.set(purpose, (this.counts.get(purpose) ?? 0) + 1);
  }

  snapshot(): RequestStats {
    const entries = PURPOSES.map((p) => [p, this.counts.get(p) ?? 0] as const);
    const total = entries.reduce((sum, [, n]) => sum + n, 0);
    return Object.freeze({ ...Object.fromEntries(entries), total }) as RequestStats;
  }
}

/** A view of `client` whose every call counts as `purpose`. */
export function counted(client: ScimHttpClient, counter: RequestCounter, purpose: RequestPurpose): ScimHttpClient {
  return {
    get: (path, query, options) => {
      counter.add(purpose);
      return client.get(path, query, options);
    },
    send: (method, path, body, options) => {
      counter.add(purpose);
      return client.send(method, path, body, options);
    },
    close: () => client.close(),
  };
}
