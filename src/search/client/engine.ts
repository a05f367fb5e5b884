/**
 * Loads Pagefind's search API once and presents every shard and language index as one search.
 * Large archives are split into shards of consecutive years (src/search/shards.ts); each shard is
 * a Pagefind instance made with `createInstance`, so all of them share one `pagefind.js`, one web
 * worker and one WebAssembly module (Pagefind 1.6, pagefind_web_js/lib/public_search_api.ts), and
 * each keeps its own date order, which `page()` merges exactly. A shard holding languages that
 * need another stemmer gets one more instance for each, on a runtime of its own (see
 * `instanceOf`). A shard's index is fetched only when a search first needs it.
 */
import { BUNDLE_DIR, MANIFEST_FILE, assertShardManifest, type ShardInfo } from '../shards.ts';
import { mergeRuns } from './merge-runs.ts';
import { wordScoreFactors } from './global-idf.ts';
import type { WeightedLocation } from './excerpt.ts';
import { stemmerGroups, type IndexLanguages, type PagefindFilters } from './query.ts';

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

export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchResponse {
  results: Hit[];
  unfilteredResultCount: number;
  /** Results per filter value if that value were added to the current search (only for loaded filter files). */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A Pagefind instance (`createInstance`), the parts used here. */
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<unknown>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

interface PagefindRuntime {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

export interface Engine {
  /** Every shard, newest years first. */
  readonly shards: readonly ShardInfo[];
  /** Matches for `term` (null: every article passing the filters) in `shards`. */
  search(term: string | null, options: SearchOptions, shards: readonly ShardInfo[]): Promise<SearchResponse>;
  /** The records of results `start` to `start + count`, in the order asked for. */
  page(response: SearchResponse, options: SearchOptions, start: number, count: number): Promise<ResultData[]>;
  preload(term: string, shards: readonly ShardInfo[]): void;
  /**
   * Loads every filter file of `shards`. Pagefind counts a filter only once its files are loaded,
   * so searches after this return complete facet counts; before it, results come sooner.
   */
  loadFacets(shards: readonly ShardInfo[]): Promise<void>;
}

/** Words in a result's excerpt. */
export const EXCERPT_WORDS = 32;

/** Shard answers kept for reuse; a page rarely needs more than the last query's. */
const REMEMBERED_SEARCHES = 64;

/** Raised when the bundle is missing, as under `astro dev`, which builds no index. */
export class BundleMissingError extends Error {}

/** Meta fields shown with a result but not meant to be searched: they get no ranking weight. */
const DISPLAY_ONLY_META = { standfirst: 0, source: 0, date: 0, image: 0, image_alt: 0 };

/**
 * Checks the shape of a Pagefind search answer before the page relies on it.
 * @throws TypeError when `value` is not a search response (e.g. a different Pagefind version).
 */
export function assertPagefindResponse(value: unknown): asserts value is SearchResponse {
  const response = value as Partial<SearchResponse> | null;
  if (
    typeof response !== 'object' ||
    response === null ||
    !Array.isArray(response.results) ||
    typeof response.unfilteredResultCount !== 'number' ||
    typeof response.filters !== 'object'
  )
    throw new TypeError('Pagefind answered a search with something that is not a search response');
}

/** Adds up per-value counts from several indexes. */
export function sumCounts(all: FilterCounts[]): FilterCounts {
  const total: FilterCounts = {};
  for (const counts of all) {
    for (const [group, values] of Object.entries(counts ?? {})) {
      total[group] ??= {};
      const into = total[group];
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return total;
}

/**
 * One answer from several (a shard's instances, one per stemmer; or the shards): their hits, by score when
 * `byScore` (Pagefind's own order within each), else one after another (date order is merged
 * from each index's run by `page`), and their counts added up. One answer is returned as it is.
 */
export function combineAnswers(answers: SearchResponse[], byScore: boolean): SearchResponse {
  if (answers.length === 1) return answers[0]!;
  const results = answers.flatMap((answer) => answer.results);
  return {
    results: byScore ? results.sort((a, b) => b.score - a.score) : results,
    unfilteredResultCount: answers.reduce((sum, answer) => sum + answer.unfilteredResultCount, 0),
    filters: sumCounts(answers.map((answer) => answer.filters)),
    totalFilters: sumCounts(answers.map((answer) => answer.totalFilters)),
  };
}

/**
 * Fetches JSON from the bundle folder.
 * @throws BundleMissingError when the server answers 404 (no index was built); the fetch's own
 *   TypeError when the connection fails, which a later attempt may overcome.
 */
async function bundleJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (response.status === 404) throw new BundleMissingError(`The search index could not be loaded from ${url} (404)`);
  if (!response.ok) throw new Error(`The search index could not be loaded from ${url} (${response.status})`);
  return response.json();
}

/**
 * Loads the shard manifest and Pagefind's runtime; no index is fetched until a search needs it.
 * `base` is the site's base path (with a trailing slash); `pageLang` the page's language tag.
 * @throws BundleMissingError when the site has no search index; another Error when loading failed
 *   for a reason a retry may overcome (a dropped connection).
 */
export async function loadEngine(base: string, pageLang: string): Promise<Engine> {
  const manifest = await bundleJson(`${base}${BUNDLE_DIR}${MANIFEST_FILE}`);
  assertShardManifest(manifest);
  let runtime: PagefindRuntime;
  try {
    runtime = (await import(/* @vite-ignore */ `${base}${BUNDLE_DIR}pagefind.js`)) as PagefindRuntime;
  } catch (error) {
    // A failed import does not say why; only a missing file means there is no index to wait for.
    const probe = await fetch(`${base}${BUNDLE_DIR}pagefind.js`, { method: 'HEAD' }).catch(() => undefined);
    const missing = probe?.status === 404;
    throw new (missing ? BundleMissingError : Error)(`The search runtime could not be loaded from ${base}${BUNDLE_DIR}`, { cause: error });
  }
  const shared = { baseUrl: base, excerptLength: EXCERPT_WORDS, ranking: { metaWeights: DISPLAY_ONLY_META } };
  const instances = new Map<ShardInfo, Promise<PagefindInstance[]>>();

  /**
   * The runtime whose instances stem queries with `stemmer`. Pagefind's runtime keeps one web worker
   * holding one WebAssembly module, whose stemmer every instance and merged index of that runtime
   * uses (see stemmerGroups); another stemmer needs another worker, so another copy of the module:
   * the same pagefind.js under its own URL. Loaded only when a shard holds such a language.
   */
  const runtimes = new Map<string, Promise<PagefindRuntime>>();
  const runtimeFor = (stemmer: string | null, first: boolean): Promise<PagefindRuntime> => {
    if (first) return Promise.resolve(runtime);
    const key = stemmer ?? '';
    let loaded = runtimes.get(key);
    if (!loaded) {
      loaded = import(/* @vite-ignore */ `${base}${BUNDLE_DIR}pagefind.js?stemmer=${encodeURIComponent(key)}`) as Promise<PagefindRuntime>;
      runtimes.set(key, loaded);
    }
    return loaded;
  };
  const facetsLoaded = new Set<ShardInfo>();

  /**
   * Instances are set up one after another. Pagefind 1.6 instances that start together corrupt the
   * shared WebAssembly's memory ("memory access out of bounds", "unreachable" in the worker):
   * reproduced in Chromium in 7 of 8 page loads of a five-shard archive when all started at once,
   * in 1 of 10 when only the first started alone, and in none when each waited for the one before.
   * Searches on ready instances still run together.
   */
  let setUp: Promise<unknown> = Promise.resolve();

  /**
   * The shard's instances, created on first use, one per stemmer its languages need
   * (stemmerGroups): the page-language index with the languages searched alike merged in, then one
   * for each other stemmer. Pagefind picks an instance's first index from `<html lang>` when the
   * instance is created, so the lead language is put there for that moment; nothing renders in
   * between.
   */
  const instanceOf = (shard: ShardInfo): Promise<PagefindInstance[]> => {
    let instance = instances.get(shard);
    if (!instance) {
      const previous = setUp;
      instance = (async () => {
        await previous.catch(() => {});
        const bundle = new URL(`${base}${shard.path}`, location.href).href;
        const entry = (await bundleJson(`${bundle}pagefind-entry.json`)) as { languages?: IndexLanguages };
        const languages: IndexLanguages =
          entry.languages ?? Object.fromEntries(Object.entries(shard.languages).map(([code, pages]) => [code, { page_count: pages }]));
        const created: PagefindInstance[] = [];
        for (const [index, group] of stemmerGroups(languages, pageLang).entries()) {
          const groupRuntime = await runtimeFor(group.stemmer, index === 0);
          const html = document.documentElement;
          const pageLanguage = html.getAttribute('lang');
          if (index > 0) html.setAttribute('lang', group.lead);
          let instance: PagefindInstance;
          try {
            instance = groupRuntime.createInstance({ ...shared, basePath: bundle });
          } finally {
            if (pageLanguage === null) html.removeAttribute('lang');
            else html.setAttribute('lang', pageLanguage);
          }
          await instance.init();
          for (const language of group.merged) await instance.mergeIndex(bundle, { ...shared, language });
          created.push(instance);
        }
        return created;
      })();
      setUp = instance;
      instances.set(shard, instance);
    }
    return instance;
  };

  /**
   * One shard's answer, remembered for the page's next few searches: showing the newest shard
   * first and then all shards asks the newest one twice, and a phrase's words are asked alone.
   * Hits are never changed in place, so a remembered answer stays as Pagefind gave it.
   */
  const remembered = new Map<string, Promise<SearchResponse>>();
  const shardSearch = (shard: ShardInfo, term: string | null, options: SearchOptions): Promise<SearchResponse> => {
    const key = JSON.stringify([shard.path, facetsLoaded.has(shard), term, options]);
    let response = remembered.get(key);
    if (!response) {
      if (remembered.size >= REMEMBERED_SEARCHES) remembered.clear();
      response = instanceOf(shard).then(async (created) => {
        const answers = await Promise.all(created.map((instance) => instance.search(term, options)));
        for (const answer of answers) assertPagefindResponse(answer);
        const answer = combineAnswers(answers as SearchResponse[], !options.sort?.date);
        const number = manifest.shards.indexOf(shard);
        for (const hit of answer.results) {
          hit.run = `${number}:${hit.id.slice(0, hit.id.indexOf('_'))}`;
          const fetchData = hit.data;
          // Pagefind's worker answers null for a record it has released; say so rather than fail later on a null.
          hit.data = async () => {
            const data = await fetchData();
            if (!data) throw new Error(`Pagefind no longer holds the record of result ${hit.id}`);
            return data;
          };
        }
        return answer;
      });
      // A failed search is not remembered, so the next attempt asks again.
      response.catch(() => remembered.delete(key));
      remembered.set(key, response);
    }
    return response;
  };

  return {
    shards: manifest.shards,
    async search(term, options, shards) {
      const responses = await Promise.all(shards.map((shard) => shardSearch(shard, term, options)));
      const ranked = term !== null && !options.sort?.date && shards.length > 1;
      if (ranked) {
        // Best match across shards: each word's score in each shard is rescaled to the word
        // weights of one index (global-idf.ts). For one word, the pages containing it are the
        // search's own unfiltered count; for several, each word is searched alone (and remembered).
        const words = term.split(/\s+/).filter((word) => word !== '');
        const alone =
          words.length === 1
            ? responses.map((response) => [response])
            : await Promise.all(shards.map((shard) => Promise.all(words.map((word) => shardSearch(shard, word, {})))));
        const factors = wordScoreFactors(
          shards.map((shard) => shard.pages),
          alone.map((single) => single.map((response) => response.unfilteredResultCount)),
        );
        responses.forEach((response, index) => {
          const scores = alone[index]!.map((single) => new Map(single.results.map((hit) => [hit.id, hit.score])));
          // Each rescored hit inherits from Pagefind's own: Pagefind releases a result's record once
          // that object is garbage-collected (a FinalizationRegistry), so a copy must keep it alive.
          const rescored = response.results.map((hit) =>
            Object.assign(Object.create(hit) as Hit, {
              score:
                words.length === 1
                  ? hit.score * (factors[index]?.[0] ?? 1)
                  : scores.reduce((sum, byId, word) => sum + (byId.get(hit.id) ?? 0) * (factors[index]?.[word] ?? 1), 0),
            }),
          );
          responses[index] = { ...response, results: rescored };
        });
      }
      // Every hit Pagefind reports is kept, including those matched only in the standfirst or source
      // (metadata, ranked last at zero weight): the facet counts Pagefind computes cover exactly
      // these hits, so a count always equals what choosing that value shows.
      return combineAnswers(responses, ranked);
    },
    async page(response, options, start, count) {
      const sorted = options.sort?.date;
      if (!sorted) return Promise.all(response.results.slice(start, start + count).map((hit) => hit.data()));
      // Each index returns its own date order, so the runs are split apart and interleaved by
      // date, reading only the records that decide the order.
      const runs = new Map<string, Hit[]>();
      for (const hit of response.results) {
        const run = runs.get(hit.run ?? '') ?? [];
        run.push(hit);
        runs.set(hit.run ?? '', run);
      }
      const hits = await mergeRuns([...runs.values()], async (hit) => (await hit.data()).meta.date ?? '', sorted === 'desc', start, count);
      return Promise.all(hits.map((hit) => hit.data()));
    },
    preload(term, shards) {
      for (const shard of shards) void instanceOf(shard).then((created) => Promise.all(created.map((instance) => instance.preload(term))));
    },
    async loadFacets(shards) {
      await Promise.all(
        shards
          .filter((shard) => !facetsLoaded.has(shard))
          .map(async (shard) => {
            await Promise.all((await instanceOf(shard)).map((instance) => instance.filters()));
            facetsLoaded.add(shard);
          }),
      );
    },
  };
}
