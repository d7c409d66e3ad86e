// Rebuilds an index once when it is incomplete; concurrent callers share the one rebuild.

const pending = new WeakMap<object, Promise<void>>();

export async function ensureComplete<T extends { readonly progress: { readonly complete: boolean } }>(
  index: T,
  rebuild: () => Promise<void>,
): Promise<T> {
  if (index.progress.complete) return index;
  let run = pending.get(index);
  if (!run) {
    run = rebuild().finally(() => pending.delete(index));
    pending.set(index, run);
  }
  await run;
  return index;
}
