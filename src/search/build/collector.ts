/**
 * Feeds article pages to Pagefind while Astro is still rendering the rest of the site, instead of
 * re-reading every page from disk afterwards: Pagefind's indexer runs in its own process, so its
 * work overlaps Astro's (mostly single-core) rendering.
 *
 * Shards (see src/search/shards.ts) are planned from the article list before the first page
 * arrives. Each page goes to the shard of its year, whatever order pages arrive in, and a shard is
 * written as soon as all its planned pages have arrived. Shards are indexed one after another,
 * each by a fresh Pagefind process, which bounds the indexer's memory: pages for a later shard
 * that arrive early wait for their process.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import {
  BUNDLE_DIR,
  FACET_TOTALS_FILE,
  MANIFEST_FILE,
  countByYear,
  planShards,
  shardOfYear,
  type FacetTotals,
  type PlannedShard,
  type ShardManifest,
} from '../shards.ts';
import type { IndexedPage, SearchSink } from './handoff.ts';
import { withFoldedCopy } from './fold.ts';
import { indexedDocument } from './document.ts';
import { VOCABULARY_FILE, VocabularyCounter } from '../vocabulary.ts';

/** Filters whose values are names worth suggesting; dates and language tags are not. */
const NOT_NAMES = new Set(['year', 'month', 'language']);

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

export class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(`Search index: ${step} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

/**
 * Every call of Pagefind's Node API answers `{ errors: string[], … }` instead of throwing; this
 * turns a reported error into an exception naming the step (the pattern of Starlight's
 * integrations/pagefind.ts).
 * @throws SearchIndexError when `response.errors` is not empty.
 */
export function assertPagefindResponse<T extends { errors: string[] }>(step: string, response: T): asserts response is T & { errors: [] } {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
}

/** Pagefind's `pagefind-entry.json`, the parts this module reads. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/**
 * Points a shard's WebAssembly at the copy in the primary bundle, so the browser downloads it
 * once for every shard. Pagefind fetches `${basePath}wasm.${language.wasm}.pagefind`, and `fetch`
 * resolves `..` segments, so `wasm` becomes a path that climbs from the shard folder
 * (`pagefind/shard-n/`) back to `pagefind/`. All shards share one WebAssembly instance anyway
 * (Pagefind's `createInstance` instantiates it once per worker); this also saves the download.
 * @example primaryWasm('en') // '/../../wasm.en' → pagefind/shard-3/wasm./../../wasm.en.pagefind = pagefind/wasm.en.pagefind
 */
export function primaryWasm(wasm: string): string {
  return `/../../wasm.${wasm}`;
}

export interface SearchCollectorOptions {
  /** Build output folder; shards are written below `<outDir>/pagefind/`. */
  outDir: string;
  /** Articles per shard before a new one starts (at a year boundary). */
  maxPagesPerShard: number;
}

export interface SearchCollectorReport {
  pages: number;
  manifest: ShardManifest;
}

interface ShardState {
  planned: PlannedShard;
  arrived: number;
  adds: Promise<void>[];
  index?: Promise<PagefindIndex>;
  writing?: Promise<void>;
  languages: Record<string, number>;
  written: Promise<void>;
  markWritten: () => void;
}

export class SearchCollector implements SearchSink {
  readonly #options: SearchCollectorOptions;
  #shards: ShardState[] | undefined;
  #errors: string[] = [];
  #pages = 0;
  readonly #totals: FacetTotals = {};
  readonly #vocabulary = new VocabularyCounter();

  constructor(options: SearchCollectorOptions) {
    this.#options = options;
  }

  get planned(): boolean {
    return this.#shards !== undefined;
  }

  plan(articleYears: Iterable<number>): void {
    if (this.#shards) return;
    this.#shards = planShards(countByYear(articleYears), this.#options.maxPagesPerShard).map((planned) => {
      let markWritten = () => {};
      const written = new Promise<void>((done) => (markWritten = done));
      return { planned, arrived: 0, adds: [], languages: {}, written, markWritten };
    });
  }

  add({ url, html, article }: IndexedPage): void {
    if (!this.#shards) throw new Error('Search index: a page arrived before the shard plan; call plan() with every article year first.');
    const number = shardOfYear(
      this.#shards.map((shard) => shard.planned),
      article.year,
    );
    const shard = this.#shards[number];
    if (!shard) {
      this.#errors.push(`${url}: its year ${article.year} is in no planned shard (was it missing from the article list?)`);
      return;
    }
    this.#pages += 1;
    for (const [key, values] of Object.entries(article.filters)) {
      this.#totals[key] ??= {};
      const counts = this.#totals[key];
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
    this.#vocabulary.add([article.title]);
    for (const [key, values] of Object.entries(article.filters)) if (!NOT_NAMES.has(key)) this.#vocabulary.add(values);
    const index = this.#indexOf(number);
    shard.adds.push(
      index
        .then((ready) => ready.addHTMLFile({ url, content: withFoldedCopy(indexedDocument(html)) }))
        .then(
          (response) => void this.#errors.push(...response.errors.map((error) => `${url}: ${error}`)),
          (error: unknown) => void this.#errors.push(`${url}: ${String(error)}`),
        ),
    );
    shard.arrived += 1;
    if (shard.arrived === shard.planned.pages) this.#write(number);
  }

  /** Writes any shard still open, the shard manifest, the facet totals and the vocabulary; throws on any error Pagefind reported. */
  async finish(): Promise<SearchCollectorReport> {
    try {
      const shards = this.#shards ?? [];
      for (const [number, shard] of shards.entries()) {
        if (shard.arrived !== shard.planned.pages)
          this.#errors.push(`${shard.planned.path}: planned ${shard.planned.pages} articles, ${shard.arrived} arrived`);
        if (!shard.writing) this.#write(number);
      }
      await Promise.all(shards.map((shard) => shard.written));
      if (this.#errors.length > 0) throw new SearchIndexError('indexing', this.#errors);
      const manifest: ShardManifest = {
        version: 2,
        shards: shards.map(({ planned, languages }) => ({ ...planned, languages })),
      };
      await mkdir(join(this.#options.outDir, BUNDLE_DIR), { recursive: true });
      await writeFile(join(this.#options.outDir, BUNDLE_DIR, MANIFEST_FILE), JSON.stringify(manifest));
      await writeFile(join(this.#options.outDir, BUNDLE_DIR, FACET_TOTALS_FILE), JSON.stringify(this.#totals));
      await writeFile(join(this.#options.outDir, BUNDLE_DIR, VOCABULARY_FILE), JSON.stringify(this.#vocabulary.vocabulary()));
      return { pages: this.#pages, manifest };
    } finally {
      await pagefind.close();
    }
  }

  /**
   * The index of shard `number`, started once the previous shard is written: each shard gets a
   * fresh Pagefind process, because the indexer does not hand memory back after deleting an index
   * (one long-lived process reached 6 GB at 100,000 articles).
   */
  #indexOf(number: number): Promise<PagefindIndex> {
    const shard = this.#shards![number]!;
    const previous = this.#shards![number - 1];
    shard.index ??= (previous ? previous.written.then(() => pagefind.close()) : Promise.resolve())
      .then(() => pagefind.createIndex({}))
      .then((response) => {
        assertPagefindResponse('starting Pagefind', response);
        if (!response.index) throw new SearchIndexError('starting Pagefind', ['no index was created']);
        return response.index;
      });
    return shard.index;
  }

  #write(number: number): void {
    const shard = this.#shards![number]!;
    const outputPath = join(this.#options.outDir, shard.planned.path);
    const primary = join(this.#options.outDir, BUNDLE_DIR);
    shard.writing = Promise.all(shard.adds)
      .then(async () => {
        if (shard.arrived === 0) return;
        const written = await (await this.#indexOf(number)).writeFiles({ outputPath });
        assertPagefindResponse(`writing ${outputPath}`, written);
        const entryFile = join(outputPath, 'pagefind-entry.json');
        const entry = JSON.parse(await readFile(entryFile, 'utf8')) as PagefindEntry;
        for (const [language, info] of Object.entries(entry.languages)) {
          shard.languages[language] = info.page_count;
          if (number === 0 || !info.wasm) continue;
          const file = `wasm.${info.wasm}.pagefind`;
          if (!existsSync(join(primary, file))) await copyFile(join(outputPath, file), join(primary, file));
          info.wasm = primaryWasm(info.wasm);
        }
        if (number > 0) await writeFile(entryFile, JSON.stringify(entry));
      })
      .catch(
        (error: unknown) =>
          void this.#errors.push(error instanceof SearchIndexError ? error.message : `writing ${outputPath}: ${String(error)}`),
      )
      .finally(() => shard.markWritten());
  }
}
