// Access tokens the test server has issued, with the time each expires.
import { randomBytes } from 'node:crypto';

export class TokenStore {
  private readonly expiry = new Map<string, number>();

  issue(expiresAtMs: number): string {
    const token = randomBytes(24).toString('base64url');
    this.expiry.set(token, expiresAtMs);
    return token;
  }

  check(token: string, nowMs: number): 'valid' | 'expired' | 'unknown' {
    const at = this.expiry.get(token);
    if (at === undefined) return 'unknown';
    return nowMs < at ? 'valid' : 'expired';
  }

  expireAll(nowMs: number): void {
    for (const token of this.expiry.keys()) this.expiry.set(token, nowMs);
  }
}
