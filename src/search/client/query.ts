/**
 * Turns a search state into Pagefind's filter and sort options, and decides which index
 * languages the search page merges. Pure, so every combination rule is unit-tested.
 */
import { FACET_KEYS, effectiveSort, yearsInRange, type FacetKey, type SearchState } from './state.ts';

/** Pagefind's compound filter: a page matches `all` values, or `any` of them. */
export type FilterClause = { all: string[] } | { any: string[] };
export type PagefindFilters = Record<string, FilterClause>;

/**
 * How several values of one facet combine. An article has many topics, people and places, so
 * choosing two narrows to articles about both; it has one source and section, so choosing two
 * widens to either. A year range is any of its years.
 */
export const FACET_COMBINE: Record<FacetKey, 'all' | 'any'> = {
  topic: 'all',
  person: 'all',
  place: 'all',
  source: 'any',
  section: 'any',
  author: 'all',
};

/** Facet groups whose counts must be computed without their own selection (they widen). */
export type CountGroup = FacetKey | 'year';

/**
 * Pagefind filters for a state; `without` leaves one group out, to count that group's values
 * as if it were not chosen.
 * @example pagefindFilters(state, ['2021', '2022']) // { person: { all: ['Zhao Lijian'] }, year: { any: ['2021', '2022'] } }
 */
export function pagefindFilters(state: SearchState, availableYears: Iterable<string>, without?: CountGroup): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of FACET_KEYS) {
    const values = state.facets[key];
    if (key === without || values.length === 0) continue;
    filters[key] = FACET_COMBINE[key] === 'all' ? { all: values } : { any: values };
  }
  if (without !== 'year') {
    const years = yearsInRange(availableYears, state.yearFrom, state.yearTo);
    // A range with no years in the archive must match nothing, not everything.
    if (years) filters.year = { any: years.length > 0 ? years : ['none'] };
  }
  return filters;
}

/** Groups that widen and are chosen, so their counts need a search without them. */
export function groupsNeedingOwnCounts(state: SearchState): CountGroup[] {
  const groups: CountGroup[] = FACET_KEYS.filter((key) => FACET_COMBINE[key] === 'any' && state.facets[key].length > 0);
  if (state.yearFrom !== undefined || state.yearTo !== undefined) groups.push('year');
  return groups;
}

/** Pagefind's sort option for a state: none for relevance, else by publication date. */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> {
  const order = effectiveSort(state);
  return order === 'relevance' ? {} : { date: order === 'newest' ? 'desc' : 'asc' };
}

/**
 * The index languages to merge beside the one Pagefind loads for the page, so one search covers
 * articles in every language. Mirrors Pagefind's own choice: exact tag, then primary subtag,
 * then the largest index.
 * @example otherLanguages({ en: { page_count: 9 }, 'zh-hans': { page_count: 1 } }, 'en') // ['zh-hans']
 */
export function otherLanguages(languages: Record<string, { page_count: number }>, pageLang: string): string[] {
  const codes = Object.keys(languages);
  const lang = pageLang.toLowerCase();
  const primary =
    codes.find((code) => code === lang) ??
    codes.find((code) => code === lang.split('-')[0]) ??
    [...codes].sort((a, b) => (languages[b]?.page_count ?? 0) - (languages[a]?.page_count ?? 0))[0];
  return codes.filter((code) => code !== primary);
}

/** A shard's language indexes as `pagefind-entry.json` lists them: the WebAssembly each needs (null: none has a stemmer for it). */
export type IndexLanguages = Record<string, { page_count: number; wasm?: string | null }>;

/** Language indexes searched through one Pagefind runtime: `lead` is loaded first, `merged` merged into it. */
export interface StemmerGroup {
  /** The stemmer the group's queries go through: the lead's WebAssembly (`wasm.<name>.pagefind`). */
  stemmer: string | null;
  lead: string;
  merged: string[];
}

/**
 * The language indexes of a shard, grouped by the stemmer their queries need; the group of the
 * index Pagefind loads for the page (see `otherLanguages`) comes first. Pagefind stems a query with
 * the WebAssembly of the instance's first index only, and indexes merged into it
 * (`mergeIndex`) get the same (pagefind_web_js: merged instances load no WebAssembly), so an
 * Arabic article in an English archive was searched with the English stemmer and "النهر" did not
 * find the "نهر" Pagefind had indexed. Indexes without a stemmer (Chinese, Japanese, Hebrew) join
 * the first group: a stemmer for another script leaves their words as they are. Tags that differ
 * only after the primary subtag (en, en-gb) share a stemmer.
 * @example stemmerGroups({ en: { page_count: 9, wasm: 'en' }, ar: { page_count: 2, wasm: 'ar' }, 'zh-hans': { page_count: 1, wasm: null } }, 'en')
 * // [{ stemmer: 'en', lead: 'en', merged: ['zh-hans'] }, { stemmer: 'ar', lead: 'ar', merged: [] }]
 */
export function stemmerGroups(languages: IndexLanguages, pageLang: string): StemmerGroup[] {
  const codes = Object.keys(languages);
  const others = otherLanguages(languages, pageLang);
  const first = codes.find((code) => !others.includes(code));
  if (first === undefined) return [];
  const stemmerOf = (code: string) => languages[code]?.wasm ?? null;
  const family = (wasm: string | null) => wasm?.toLowerCase().split('-')[0] ?? null;
  const groups: StemmerGroup[] = [{ stemmer: stemmerOf(first), lead: first, merged: [] }];
  const bySize = [...others].sort((a, b) => (languages[b]?.page_count ?? 0) - (languages[a]?.page_count ?? 0) || a.localeCompare(b));
  for (const code of bySize) {
    const wasm = stemmerOf(code);
    const group = wasm === null ? groups[0] : groups.find((candidate) => family(candidate.stemmer) === family(wasm));
    if (group) group.merged.push(code);
    else groups.push({ stemmer: wasm, lead: code, merged: [] });
  }
  return groups;
}

/** Facet values to show: chosen ones always, then the rest by count, at most `limit` unchosen. */
export function facetOptions(
  counts: Record<string, number> | undefined,
  chosen: string[],
  limit: number,
): { value: string; count: number; chosen: boolean }[] {
  const all = Object.entries(counts ?? {});
  const picked = chosen.map((value) => ({ value, count: counts?.[value] ?? 0, chosen: true }));
  const rest = all
    .filter(([value, count]) => count > 0 && !chosen.includes(value))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([value, count]) => ({ value, count, chosen: false }));
  return [...picked, ...rest];
}
