/**
 * Loads Pagefind's search API from the build's bundles and presents every shard and language
 * index as one search. The page asks `search()` and `page()` and never learns how many indexes
 * sit behind it. Large archives are split into shards of consecutive years (pagefind/shards.json,
 * written by src/search/build/collector.ts); each shard is its own Pagefind instance.
 */
import { mergeRuns } from './merge-runs.ts';
import type { WeightedLocation } from './excerpt.ts';
import { otherLanguages, type PagefindFilters } from './query.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  word_count: number;
  weighted_locations: WeightedLocation[];
  filters: Record<string, string[] | undefined>;
  meta: Record<string, string | undefined>;
}

export interface Hit {
  id: string;
  /** Which date-ordered run the hit belongs to: its shard and language index. */
  run?: string;
  score: number;
  /** Positions of matched words in the indexed text (headline and body). */
  words: number[];
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: Hit[];
  unfilteredResultCount: number;
  /** Results per filter value if that value were added to the current search. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<SearchResponse>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Engine {
  /** Matches for `term` (null: every article passing the filters). */
  search(term: string | null, options: SearchOptions): Promise<SearchResponse>;
  /** The records of results `start` to `start + count`, in the order asked for. */
  page(response: SearchResponse, options: SearchOptions, start: number, count: number): Promise<ResultData[]>;
  preload(term: string): void;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Words in a result's excerpt. */
export const EXCERPT_WORDS = 32;

/** Query parameter Pagefind adds to result links; the article page highlights its words. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Raised when the bundle is missing, as under `astro dev`, which builds no index. */
export class BundleMissingError extends Error {}

/** Meta fields shown with a result but not meant to be searched: they get no ranking weight. */
const DISPLAY_ONLY_META = { standfirst: 0, source: 0, date: 0, image: 0, image_alt: 0 };

/** Adds up per-value counts from several indexes. */
function sumCounts(all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const total: Record<string, Record<string, number>> = {};
  for (const counts of all) {
    for (const [group, values] of Object.entries(counts ?? {})) {
      total[group] ??= {};
      const into = total[group];
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return total;
}

/** Bundle folders of every shard, primary first; a build without a manifest has one. */
async function shardBundles(base: string): Promise<string[]> {
  try {
    const response = await fetch(`${base}pagefind/shards.json`);
    if (response.ok) {
      const manifest = (await response.json()) as { shards: { path: string }[] };
      if (manifest.shards.length > 0) return manifest.shards.map((shard) => `${base}${shard.path}`);
    }
  } catch {
    // Fall through to the single bundle.
  }
  return [`${base}pagefind/`];
}

/** Loads every shard and presents them as one engine. */
export async function loadEngine(base: string, pageLang: string): Promise<Engine> {
  const bundles = await shardBundles(base);
  const shards = await Promise.all(bundles.map((bundle) => loadShard(bundle, base, pageLang)));

  return {
    async search(term, options) {
      const responses = await Promise.all(shards.map((shard) => shard.search(term, options)));
      responses.forEach((response, shard) => {
        for (const hit of response.results) hit.run = `${shard}:${hit.id.slice(0, hit.id.indexOf('_'))}`;
      });
      // Pagefind also matches words in metadata (standfirst, source, date); the archive searches
      // the headline and body only, so hits found nowhere in the text are dropped.
      const results = responses.flatMap((response) => response.results).filter((hit) => term === null || hit.words.length > 0);
      return {
        results: responses.length === 1 ? results : results.sort((a, b) => b.score - a.score),
        unfilteredResultCount: responses.reduce((sum, response) => sum + response.unfilteredResultCount, 0),
        filters: sumCounts(responses.map((response) => response.filters)),
        totalFilters: sumCounts(responses.map((response) => response.totalFilters)),
      };
    },
    async page(response, options, start, count) {
      const sorted = options.sort?.date;
      if (!sorted) return Promise.all(response.results.slice(start, start + count).map((hit) => hit.data()));
      // Each index returns its own date order, so the runs are split apart and interleaved by
      // date, reading only the records that decide the order.
      const runs = new Map<string, Hit[]>();
      for (const hit of response.results) runs.set(hit.run ?? '', [...(runs.get(hit.run ?? '') ?? []), hit]);
      const hits = await mergeRuns([...runs.values()], async (hit) => (await hit.data()).meta.date ?? '', sorted === 'desc', start, count);
      return Promise.all(hits.map((hit) => hit.data()));
    },
    preload: (term) => shards.forEach((shard) => void shard.preload(term)),
    filters: async () => sumCounts(await Promise.all(shards.map((shard) => shard.filters()))),
  };
}

/** Imports one bundle's `pagefind.js`, configures it for the base path and merges its other languages. */
async function loadShard(bundle: string, base: string, pageLang: string): Promise<PagefindModule> {
  let pagefind: PagefindModule;
  try {
    pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  } catch (error) {
    throw new BundleMissingError(`The search index could not be loaded from ${bundle}`, { cause: error });
  }
  const shared = {
    baseUrl: base,
    highlightParam: HIGHLIGHT_PARAM,
    excerptLength: EXCERPT_WORDS,
    ranking: { metaWeights: DISPLAY_ONLY_META },
  };
  await pagefind.options(shared);
  const entry = (await (await fetch(`${bundle}pagefind-entry.json`)).json()) as { languages: Record<string, { page_count: number }> };
  await pagefind.init();
  // Pagefind loads the index of the page's language; the others join through mergeIndex. The
  // bundle is given as an absolute URL, which Pagefind does not mistake for its primary bundle.
  const absoluteBundle = new URL(bundle, location.href).href;
  for (const language of otherLanguages(entry.languages, pageLang)) await pagefind.mergeIndex(absoluteBundle, { ...shared, language });
  return pagefind;
}
