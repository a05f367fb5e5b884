/**
 * The search page's whole state and its URL form (`?q=&topic=&year_from=&sort=&page=`), so a
 * search can be reloaded, shared and walked through with Back and Forward. Pure: the browser
 * module and the tests both call it.
 */
import type { KindFilter } from '../../content/kinds.ts';

/** Facets chosen by value, as URL parameter names. Each may repeat: `?person=A&person=B`. */
export const FACET_KEYS = ['topic', 'person', 'place', 'source', 'section', 'author'] as const satisfies readonly KindFilter[];
export type FacetKey = (typeof FACET_KEYS)[number];

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Results per page. Each result costs one small fetch, so pages stay short. */
export const RESULTS_PER_PAGE = 10;

export interface SearchState {
  q: string;
  facets: Record<FacetKey, string[]>;
  yearFrom?: number;
  yearTo?: number;
  sort: SortOrder;
  /** 1-based. */
  page: number;
}

/** A state with nothing chosen. */
export function emptyState(): SearchState {
  return { q: '', facets: { topic: [], person: [], place: [], source: [], section: [], author: [] }, sort: 'relevance', page: 1 };
}

function positiveInteger(value: string | null, max: number): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return undefined;
  const number = Number(value);
  return number >= 1 && number <= max ? number : undefined;
}

/**
 * Reads a state from a query string, ignoring anything malformed rather than failing.
 * @example parseSearchState(new URLSearchParams('q=Xinjiang&person=Zhao+Lijian&sort=newest')).facets.person // ['Zhao Lijian']
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  for (const key of FACET_KEYS) {
    const values = params
      .getAll(key)
      .map((value) => value.trim())
      .filter((value) => value !== '');
    state.facets[key] = [...new Set(values)];
  }
  Object.assign(state, withYearRange(state, positiveInteger(params.get('year_from'), 9999), positiveInteger(params.get('year_to'), 9999)));
  const sort = params.get('sort');
  if ((SORT_ORDERS as readonly string[]).includes(sort ?? '')) state.sort = sort as SortOrder;
  state.page = positiveInteger(params.get('page'), 100_000) ?? 1;
  return state;
}

/**
 * The canonical query string of a state (with `?`, or '' when empty); defaults are left out so
 * equal states give equal URLs.
 * @example serialiseSearchState({ ...emptyState(), q: 'Bachelet', sort: 'newest' }) // '?q=Bachelet&sort=newest'
 */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) for (const value of state.facets[key]) params.append(key, value);
  if (state.yearFrom !== undefined) params.set('year_from', String(state.yearFrom));
  if (state.yearTo !== undefined) params.set('year_to', String(state.yearTo));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the reader has asked for anything: words, a facet or a year range. */
export function hasCriteria(state: SearchState): boolean {
  return (
    state.q !== '' || FACET_KEYS.some((key) => state.facets[key].length > 0) || state.yearFrom !== undefined || state.yearTo !== undefined
  );
}

/**
 * The order results are shown in. Relevance means nothing without words, so browsing by facet
 * alone lists the newest first.
 */
export function effectiveSort(state: SearchState): SortOrder {
  return state.q === '' && state.sort === 'relevance' ? 'newest' : state.sort;
}

/**
 * The years of a from/to range among the years the archive has, or undefined when no range is set.
 * @example yearsInRange(['2019', '2020', '2021', '2022'], 2020, undefined) // ['2020', '2021', '2022']
 */
export function yearsInRange(available: Iterable<string>, from: number | undefined, to: number | undefined): string[] | undefined {
  if (from === undefined && to === undefined) return undefined;
  return [...available]
    .filter((year) => {
      const value = Number(year);
      return (from === undefined || value >= from) && (to === undefined || value <= to);
    })
    .sort();
}

/** A copy of `state` with one facet value added or removed; any change returns to page 1. */
export function toggleFacet(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = state.facets[key].filter((existing) => existing !== value);
  return { ...state, facets: { ...state.facets, [key]: on ? [...current, value] : current }, page: 1 };
}

/**
 * A copy of `state` with the year range `from`–`to` (either may be undefined: open), the two
 * swapped when given backwards; back to page 1. The one place a range is put in order.
 * @example withYearRange(emptyState(), 2022, 2020) // { …, yearFrom: 2020, yearTo: 2022 }
 */
export function withYearRange(state: SearchState, from: number | undefined, to: number | undefined): SearchState {
  const next: SearchState = { ...state, page: 1 };
  delete next.yearFrom;
  delete next.yearTo;
  const [low, high] = from !== undefined && to !== undefined && from > to ? [to, from] : [from, to];
  if (low !== undefined) next.yearFrom = low;
  if (high !== undefined) next.yearTo = high;
  return next;
}
