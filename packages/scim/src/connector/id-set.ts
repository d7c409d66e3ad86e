// The ids a listing held, for "is this principal in the sync": 8 bytes per id instead of a string in a Set.

/** Slots per id at most: the table doubles when it is half full. */
const MAX_LOAD = 0.5;
const INITIAL_SLOTS = 1024;

/**
 * A set of ids kept as 64-bit fingerprints in one typed array. A million ids took 74 MB as a Set of strings
 * and take 16 MB here, and the grant phase asks it once per membership. Two ids share a fingerprint with a
 * chance of about n²/2⁶⁵ (3·10⁻⁸ for a million ids): then the second counts as already present. The one
 * decision this feeds is whether a member points to a principal the listing did not hold, and a server that
 * wanted to pass such a member off as present could as well list it.
 */
export class IdSet {
  private slots = new Uint32Array(INITIAL_SLOTS * 2);
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(id: string): boolean {
    const [hi, lo] = fingerprint(id);
    return this.find(hi, lo) >= 0;
  }

  /** Adds `id`; false when it (or an id with the same fingerprint) was already there. */
  add(id: string): boolean {
    const [hi, lo] = fingerprint(id);
    const found = this.find(hi, lo);
    if (found >= 0) return false;
    if (this.count + 1 > (this.slots.length / 2) * MAX_LOAD) {
      this.grow();
      this.insert(hi, lo);
    } else {
      this.slots[-found - 1] = hi;
      this.slots[-found] = lo;
    }
    this.count += 1;
    return true;
  }

  clear(): void {
    this.slots = new Uint32Array(INITIAL_SLOTS * 2);
    this.count = 0;
  }

  /** The slot's index when present; otherwise -(index + 1) of the empty slot where it would go. */
  private find(hi: number, lo: number): number {
    const mask = this.slots.length / 2 - 1;
    for (let slot = lo & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 2;
      const h = this.slots[at]!;
      const l = this.slots[at + 1]!;
      if (h === 0 && l === 0) return -(at + 1);
      if (h === hi && l === lo) return at;
    }
  }

  private insert(hi: number, lo: number): void {
    const at = -this.find(hi, lo) - 1;
    this.slots[at] = hi;
    this.slots[at + 1] = lo;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] !== 0 || old[at + 1] !== 0) this.insert(old[at]!, old[at + 1]!);
    }
  }
}

/**
 * Two 32-bit hashes of the UTF-16 code units with different multipliers, each finished with an avalanche and
 * each folding in the other: 64 bits that change with every character. (0, 0) marks an empty slot, so it is
 * never a fingerprint.
 */
function fingerprint(id: string): [number, number] {
  let a = 0x9e3779b9 ^ id.length;
  let b = 0x85ebca6b;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x5bd1e995);
    a ^= a >>> 15;
    b = Math.imul(b ^ c, 0x27d4eb2f);
    b ^= b >>> 13;
  }
  const hi = avalanche(a ^ Math.imul(b, 0x165667b1)) >>> 0;
  const lo = avalanche(b ^ Math.imul(a, 0xc2b2ae35)) >>> 0;
  return hi === 0 && lo === 0 ? [0, 1] : [hi, lo];
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
