/**
 * Merges runs that are each already in order into one ordered list, reading each item's sort key
 * only when it reaches the head of its run. Search uses it to interleave date-sorted results from
 * several Pagefind indexes (one per language) while loading as few result records as possible.
 */

/**
 * Items `start` to `start + count` of the merged order. `key` may be async and is called at most
 * once per item; `descending` puts larger keys first. Ties keep the order of `runs`.
 * @example await mergeRuns([[5, 3], [4]], (n) => n, true, 0, 3) // [5, 4, 3]
 */
export async function mergeRuns<T, K extends string | number>(
  runs: T[][],
  key: (item: T) => K | Promise<K>,
  descending: boolean,
  start: number,
  count: number,
): Promise<T[]> {
  const live = runs.filter((run) => run.length > 0);
  if (live.length <= 1) return (live[0] ?? []).slice(start, start + count);
  const cursors = live.map(() => 0);
  const heads: K[] = await Promise.all(live.map(async (run) => await key(run[0] as T)));
  const out: T[] = [];
  for (let taken = 0; taken < start + count; taken++) {
    let best = -1;
    for (let index = 0; index < live.length; index++) {
      if (cursors[index]! >= live[index]!.length) continue;
      if (best === -1) best = index;
      else {
        const a = heads[index]!;
        const b = heads[best]!;
        if (descending ? a > b : a < b) best = index;
      }
    }
    if (best === -1) break;
    const run = live[best]!;
    const item = run[cursors[best]!] as T;
    if (taken >= start) out.push(item);
    cursors[best]! += 1;
    if (cursors[best]! < run.length) heads[best] = await key(run[cursors[best]!] as T);
  }
  return out;
}
