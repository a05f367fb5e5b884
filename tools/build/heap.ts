/**
 * The V8 heap the build gets. Too small and a large archive spends its time collecting garbage
 * (or runs out); too large and V8 collects lazily, holding gigabytes it no longer needs while the
 * search indexer also needs memory. About 2 GB plus 20 MB per thousand articles keeps a
 * 100,000-article build near 4 GB, never above three quarters of the machine's memory.
 */
export function buildHeapMb(articles: number, totalMemoryBytes: number): number {
  const ceiling = Math.floor((totalMemoryBytes / 1024 / 1024) * 0.75);
  return Math.max(1024, Math.min(ceiling, 2048 + Math.ceil(articles / 50)));
}
