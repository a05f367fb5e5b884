/**
 * Loads Pagefind's search API from the build's bundle and presents every language index as one
 * search. The page asks `search()` and `page()` and never learns how many indexes sit behind it.
 */
import { mergeRuns } from '../../lib/merge-runs.ts';
import type { WeightedLocation } from '../../lib/search-excerpt.ts';
import { otherLanguages, type PagefindFilters } from '../../lib/search-query.ts';

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

/** Imports `<base>pagefind/pagefind.js`, configures it for the base path and merges other languages. */
export async function loadEngine(base: string, pageLang: string): Promise<Engine> {
  const bundle = `${base}pagefind/`;
  let pagefind: PagefindModule;
  try {
    pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  } catch (error) {
    throw new BundleMissingError(`The search index could not be loaded from ${bundle}`, { cause: error });
  }
  const shared = { baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: EXCERPT_WORDS, ranking: { metaWeights: DISPLAY_ONLY_META } };
  await pagefind.options(shared);
  const entry = (await (await fetch(`${bundle}pagefind-entry.json`)).json()) as { languages: Record<string, { page_count: number }> };
  await pagefind.init();
  // Pagefind loads the index of the page's language; the others join through mergeIndex. The
  // bundle is given as an absolute URL, which Pagefind does not mistake for its primary bundle.
  const absoluteBundle = new URL(bundle, location.href).href;
  for (const language of otherLanguages(entry.languages, pageLang)) await pagefind.mergeIndex(absoluteBundle, { ...shared, language });

  return {
    async search(term, options) {
      const response = await pagefind.search(term, options);
      // Pagefind also matches words in metadata (standfirst, source, date); the archive searches
      // the headline and body only, so hits found nowhere in the text are dropped.
      if (term !== null) response.results = response.results.filter((hit) => hit.words.length > 0);
      return response;
    },
    async page(response, options, start, count) {
      const sorted = options.sort?.date;
      if (!sorted) return Promise.all(response.results.slice(start, start + count).map((hit) => hit.data()));
      // Each index returns its own date order; ids start with the index's language, so the runs
      // are split apart and interleaved by date, reading only the records that decide the order.
      const runs = new Map<string, Hit[]>();
      for (const hit of response.results) {
        const language = hit.id.slice(0, hit.id.indexOf('_'));
        runs.set(language, [...(runs.get(language) ?? []), hit]);
      }
      const hits = await mergeRuns([...runs.values()], async (hit) => (await hit.data()).meta.date ?? '', sorted === 'desc', start, count);
      return Promise.all(hits.map((hit) => hit.data()));
    },
    preload: (term) => void pagefind.preload(term),
    filters: () => pagefind.filters(),
  };
}
