// Bounded concurrency for calls to a model server: a few workers take the next item until none is left, so at most
// `limit` calls are in flight and items start in order. Shared by the RL data stages and best-of-n SFT.

/** Run `fn` over items with at most `limit` in flight (no worker when `limit` < 1 or there are no items). */
export async function forEachPooled<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}
