/**
 * How the search index is split into shards. Pages reach the indexer newest first (the article
 * route lists them that way), so each shard is a run of consecutive years. A shard closes once it
 * holds `maxPages` and the year changes, so a year is never split and the search page can skip
 * shards outside a chosen year range. Bounding shards bounds the indexer's memory: Pagefind needs
 * about 0.3 MB per page while it writes an index.
 */

export interface ShardInfo {
  /** Bundle folder relative to the site root, with a trailing slash, e.g. `pagefind/` or `pagefind/shard-2/`. */
  path: string;
  pages: number;
  /** Oldest and newest publication year in the shard. */
  years: [number, number];
}

export interface ShardManifest {
  version: 1;
  shards: ShardInfo[];
}

/** The bundle folder of the n-th shard (0 is the primary index the search page loads first). */
export function shardPath(index: number): string {
  return index === 0 ? 'pagefind/' : `pagefind/shard-${index}/`;
}

/** Decides, page by page, when the current shard is full. */
export class ShardPlanner {
  #maxPages: number;
  #pages = 0;
  #years: [number, number] | undefined;
  #lastYear: number | undefined;
  readonly closed: ShardInfo[] = [];

  constructor(maxPages: number) {
    this.#maxPages = Math.max(1, maxPages);
  }

  /** Records a page of `year`; returns true when that page starts a new shard. */
  add(pageYear: number): boolean {
    // Pages without a dated URL stay with their neighbours.
    const year = Number.isFinite(pageYear) ? pageYear : (this.#lastYear ?? 0);
    const startsNew = this.#pages >= this.#maxPages && year !== this.#lastYear;
    if (startsNew) this.close();
    this.#pages += 1;
    this.#years = this.#years ? [Math.min(this.#years[0], year), Math.max(this.#years[1], year)] : [year, year];
    this.#lastYear = year;
    return startsNew;
  }

  /** Closes the current shard (if it has pages) and returns the manifest so far. */
  close(): ShardManifest {
    if (this.#pages > 0 && this.#years) this.closed.push({ path: shardPath(this.closed.length), pages: this.#pages, years: this.#years });
    this.#pages = 0;
    this.#years = undefined;
    return { version: 1, shards: [...this.closed] };
  }

  /** Index of the shard the next page goes to. */
  get current(): number {
    return this.closed.length;
  }
}

/** Shards that can hold articles from `from`–`to` (inclusive; either end open). */
export function shardsForYears(manifest: ShardManifest, from?: number, to?: number): ShardInfo[] {
  return manifest.shards.filter((shard) => (from === undefined || shard.years[1] >= from) && (to === undefined || shard.years[0] <= to));
}
