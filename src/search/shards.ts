/**
 * How the search index is split into shards, and the manifest (`pagefind/shards.json`) that
 * tells the search page about them. Shared by the build (src/search/build/collector.ts) and the
 * browser (src/search/client/engine.ts), so the manifest's shape is declared once, here.
 *
 * Shards are planned up front from the article list: each is a run of whole, consecutive years,
 * newest first, closed once it holds at least `maxPages` articles. Planning before any page
 * arrives means pages can reach the indexer in any order (Astro renders several at once) and
 * still land in the shard of their year, so a year is never split. Bounding shards bounds the
 * indexer's memory: Pagefind needs about 0.3 MB per page while it writes an index.
 */

/** The folder, relative to the site root, that holds every search bundle; defined once here. */
export const BUNDLE_DIR = 'pagefind/';

/** The manifest's file name inside BUNDLE_DIR. */
export const MANIFEST_FILE = 'shards.json';

/** Whole-archive facet counts, for the search page before the reader asks anything. */
export const FACET_TOTALS_FILE = 'facets.json';

export interface ShardInfo {
  /** Bundle folder relative to the site root, with a trailing slash, e.g. `pagefind/` or `pagefind/shard-2/`. */
  path: string;
  pages: number;
  /** Oldest and newest publication year in the shard. */
  years: [number, number];
  /** Pagefind's language indexes in this bundle (lower-case tags) and their page counts. */
  languages: Record<string, number>;
}

export interface ShardManifest {
  version: 2;
  /** Newest years first. */
  shards: ShardInfo[];
}

/** Whole-archive counts per filter and value, as Pagefind's `filters()` would give them. */
export type FacetTotals = Record<string, Record<string, number>>;

/** The bundle folder of the n-th shard (0 is the newest, which the search page loads first). */
export function shardPath(index: number): string {
  return index === 0 ? BUNDLE_DIR : `${BUNDLE_DIR}shard-${index}/`;
}

/** A shard as planned before indexing: which years go in it and how many articles to expect. */
export interface PlannedShard {
  path: string;
  pages: number;
  years: [number, number];
}

/**
 * Splits the archive into shards from the number of articles per year: whole years, newest
 * first, each shard closed once it holds at least `maxPages`.
 * @example planShards(new Map([[2024, 3], [2023, 1], [2022, 1]]), 2).map((s) => s.years) // [[2024, 2024], [2022, 2023]]
 */
export function planShards(articlesPerYear: ReadonlyMap<number, number>, maxPages: number): PlannedShard[] {
  const limit = Math.max(1, maxPages);
  const shards: PlannedShard[] = [];
  let open: PlannedShard | undefined;
  for (const year of [...articlesPerYear.keys()].sort((a, b) => b - a)) {
    const pages = articlesPerYear.get(year) ?? 0;
    if (pages === 0) continue;
    if (!open || open.pages >= limit) {
      open = { path: shardPath(shards.length), pages: 0, years: [year, year] };
      shards.push(open);
    }
    open.pages += pages;
    open.years[0] = year;
  }
  return shards;
}

/** Counts articles per year. */
export function countByYear(years: Iterable<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return counts;
}

/** The index of the planned shard that holds `year`, or -1 when no shard does. */
export function shardOfYear(plan: readonly PlannedShard[], year: number): number {
  return plan.findIndex((shard) => year >= shard.years[0] && year <= shard.years[1]);
}

/** Shards that can hold articles from `from`–`to` (inclusive; either end open). */
export function shardsForYears<S extends { years: [number, number] }>(shards: readonly S[], from?: number, to?: number): S[] {
  return shards.filter((shard) => (from === undefined || shard.years[1] >= from) && (to === undefined || shard.years[0] <= to));
}

/**
 * Checks a fetched manifest's shape, so the search page fails with a clear message rather than
 * later on `undefined`.
 * @throws TypeError naming the first field that is wrong.
 */
export function assertShardManifest(value: unknown): asserts value is ShardManifest {
  const manifest = value as Partial<ShardManifest> | null;
  if (typeof manifest !== 'object' || manifest === null || manifest.version !== 2 || !Array.isArray(manifest.shards))
    throw new TypeError(`${MANIFEST_FILE}: expected { version: 2, shards: [...] }`);
  for (const [index, shard] of manifest.shards.entries()) {
    if (
      typeof shard?.path !== 'string' ||
      typeof shard.pages !== 'number' ||
      !Array.isArray(shard.years) ||
      shard.years.length !== 2 ||
      typeof shard.languages !== 'object'
    )
      throw new TypeError(`${MANIFEST_FILE}: shard ${index} needs path, pages, years [oldest, newest] and languages`);
  }
}
