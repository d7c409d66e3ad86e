// Opaque RFC 9865 cursors, each bound to the query that issued it.
import { randomBytes } from 'node:crypto';
import { ScimHttpError } from './http-io.js';

interface Issued {
  offset: number;
  query: string;
}

export class CursorStore {
  private readonly issued = new Map<string, Issued>();

  issue(offset: number, query: string): string {
    const token = randomBytes(12).toString('base64url');
    this.issued.set(token, { offset, query });
    return token;
  }

  /** RFC 9865 requires the client to repeat every other parameter; a changed query is its bug. */
  resolve(token: string, query: string): number {
    const found = this.issued.get(token);
    if (found === undefined) throw new ScimHttpError(400, `Cursor "${token}" was not issued by this server; start again with cursor=`, 'invalidCursor');
    if (found.query !== query) {
      throw new ScimHttpError(400, 'Cursor was issued for a different query; repeat the same filter and attributes with each cursor', 'invalidCursor');
    }
    return found.offset;
  }

  clear(): void {
    this.issued.clear();
  }
}
