// Decides, per request, whether a configured fault fires (route match, first-N count, seeded probability).
import { createPrng, type Prng } from '../prng.js';
import type { FaultConfig, FaultPatch, FaultTrigger, RoutePattern } from './options.js';

export function matchesRoute(patterns: RoutePattern[] | undefined, method: string, path: string): boolean {
  if (patterns === undefined) return true;
  return patterns.some((pattern) => {
    const [first = '', second] = pattern.trim().split(/\s+/);
    const [wantMethod, wantPath] = second === undefined ? ['*', first] : [first, second];
    if (wantMethod !== '*' && wantMethod.toUpperCase() !== method.toUpperCase()) return false;
    const want = wantPath.split('/');
    const got = path.split('/');
    return want.length === got.length && want.every((seg, i) => seg === '*' || seg === got[i]);
  });
}

export class FaultRuntime {
  private readonly counts = new Map<string, number>();
  private rng: Prng;

  constructor(seed: number) {
    this.rng = createPrng(seed);
  }

  /** Counting starts over whenever a fault is (re)configured, so `first: N` means N from now. */
  reset(name?: string): void {
    if (name === undefined) this.counts.clear();
    else this.counts.delete(name);
  }

  reseed(seed: number): void {
    this.rng = createPrng(seed);
  }

  fires(name: string, trigger: FaultTrigger | undefined, method: string, path: string): boolean {
    if (trigger === undefined || !matchesRoute(trigger.routes, method, path)) return false;
    const seen = this.counts.get(name) ?? 0;
    this.counts.set(name, seen + 1);
    if (trigger.every !== undefined) return seen % Math.max(1, trigger.every) === 0;
    if (trigger.first === undefined && trigger.probability === undefined) return true;
    if (trigger.first !== undefined && seen < trigger.first) return true;
    return trigger.probability !== undefined && this.rng.chance(trigger.probability);
  }
}

export function applyFaultPatch(faults: FaultConfig, runtime: FaultRuntime, patch: FaultPatch): void {
  const target = faults as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete target[key];
    else target[key] = value;
    runtime.reset(key);
    if (key === 'seed') runtime.reseed(typeof value === 'number' ? value : 1);
  }
}

export function clearAllFaults(faults: FaultConfig, runtime: FaultRuntime): void {
  for (const key of Object.keys(faults)) delete (faults as Record<string, unknown>)[key];
  runtime.reset();
  runtime.reseed(1);
}
