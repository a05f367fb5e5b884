/**
 * Feeds article pages to Pagefind while Astro is still rendering the rest of the site, instead of
 * re-reading every page from disk afterwards: Pagefind's indexer runs in its own process, so its
 * work overlaps Astro's (mostly single-core) rendering. Shards (see src/search/shards.ts) are
 * written and released as soon as they are complete, which bounds the indexer's memory.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ShardPlanner, shardPath, type ShardManifest } from '../shards.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

export class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(`Search index: ${step} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

export interface SearchCollectorOptions {
  /** Build output folder; shards are written below `<outDir>/pagefind/`. */
  outDir: string;
  /** The site's base path, stripped from page URLs (the search page adds it back). */
  base: string;
  /** Pages per shard before a new one starts (at a year boundary). */
  maxPagesPerShard: number;
}

export interface SearchCollectorReport {
  pages: number;
  manifest: ShardManifest;
}

export class SearchCollector {
  readonly #options: SearchCollectorOptions;
  readonly #planner: ShardPlanner;
  #index: Promise<PagefindIndex> | undefined;
  #adds: Promise<void>[] = [];
  #writes: Promise<void>[] = [];
  #errors: string[] = [];
  #pages = 0;

  constructor(options: SearchCollectorOptions) {
    this.#options = options;
    this.#planner = new ShardPlanner(options.maxPagesPerShard);
  }

  /** Queues a rendered page; `pathname` is its URL path including the base. */
  add(pathname: string, html: string): void {
    const url = `/${pathname.slice(this.#options.base.length)}`;
    const year = Number(/^\/(\d{4})\//.exec(url)?.[1] ?? Number.NaN);
    if (this.#planner.add(year) || !this.#index) this.#rotate();
    this.#pages += 1;
    const index = this.#index!;
    this.#adds.push(
      index
        .then((ready) => ready.addHTMLFile({ url, content: html }))
        .then(
          (response) => {
            for (const error of response.errors) this.#errors.push(`${url}: ${error}`);
          },
          (error: unknown) => void this.#errors.push(`${url}: ${String(error)}`),
        ),
    );
  }

  /** Writes the open shard and the shard manifest; throws on any error Pagefind reported. */
  async finish(): Promise<SearchCollectorReport> {
    try {
      if (this.#index) this.#writeShard(this.#index, this.#adds, this.#planner.current);
      await Promise.all(this.#writes);
      const manifest = this.#planner.close();
      if (this.#errors.length > 0) throw new SearchIndexError('indexing', this.#errors);
      await mkdir(join(this.#options.outDir, 'pagefind'), { recursive: true });
      await writeFile(join(this.#options.outDir, 'pagefind', 'shards.json'), JSON.stringify(manifest));
      return { pages: this.#pages, manifest };
    } finally {
      await pagefind.close();
    }
  }

  #rotate(): void {
    if (this.#index) this.#writeShard(this.#index, this.#adds, this.#planner.current - 1);
    this.#adds = [];
    // Each shard gets a fresh Pagefind process once the previous shard is written: the indexer
    // does not hand memory back after deleting an index, so one long-lived process kept growing
    // (6 GB at 100,000 articles). Pages rendered meanwhile wait in the queue.
    const previousWritten = this.#writes.at(-1);
    this.#index = (previousWritten ? previousWritten.then(() => pagefind.close()) : Promise.resolve(null))
      .then(() => pagefind.createIndex({}))
      .then(({ index, errors }) => {
        if (!index || errors.length > 0)
          throw new SearchIndexError('starting Pagefind', errors.length > 0 ? errors : ['no index was created']);
        return index;
      });
  }

  #writeShard(index: Promise<PagefindIndex>, adds: Promise<void>[], shard: number): void {
    const outputPath = join(this.#options.outDir, shardPath(shard));
    this.#writes.push(
      Promise.all(adds)
        .then(async () => {
          const ready = await index;
          const written = await ready.writeFiles({ outputPath });
          for (const error of written.errors) this.#errors.push(`writing ${outputPath}: ${error}`);
        })
        .catch((error: unknown) => void this.#errors.push(`writing ${outputPath}: ${String(error)}`)),
    );
  }
}

const KEY = Symbol.for('news-archive.search-collector');

/** The collector of the build in progress, if any (read by src/middleware.ts). */
export function activeCollector(): SearchCollector | undefined {
  return (globalThis as { [KEY]?: SearchCollector })[KEY];
}

export function setActiveCollector(collector: SearchCollector | undefined): void {
  (globalThis as { [KEY]?: SearchCollector })[KEY] = collector;
}
