import { describe, expect, test } from 'vitest';
import { emptyState, type SearchState } from '../../../../src/search/client/state.ts';
import {
  facetOptions,
  groupsNeedingOwnCounts,
  otherLanguages,
  pagefindFilters,
  pagefindSort,
} from '../../../../src/search/client/query.ts';

const YEARS = ['2019', '2020', '2021', '2022'];
const state = (changes: Omit<Partial<SearchState>, 'facets'> & { facets?: Partial<SearchState['facets']> }): SearchState => ({
  ...emptyState(),
  ...changes,
  facets: { ...emptyState().facets, ...changes.facets },
});

describe('pagefindFilters', () => {
  test('people, topics and places narrow (all); sources and sections widen (any)', () => {
    expect(pagefindFilters(state({ facets: { person: ['A', 'B'], source: ['X', 'Y'], section: ['World'] } }), YEARS)).toEqual({
      person: { all: ['A', 'B'] },
      source: { any: ['X', 'Y'] },
      section: { any: ['World'] },
    });
  });

  test('a year range becomes any of its years', () => {
    expect(pagefindFilters(state({ yearFrom: 2021 }), YEARS)).toEqual({ year: { any: ['2021', '2022'] } });
  });

  test('a year range outside the archive matches nothing rather than everything', () => {
    expect(pagefindFilters(state({ yearFrom: 1990, yearTo: 1991 }), YEARS)).toEqual({ year: { any: ['none'] } });
  });

  test('can leave one group out to count its values', () => {
    const chosen = state({ facets: { source: ['X'], topic: ['China'] }, yearFrom: 2020 });
    expect(pagefindFilters(chosen, YEARS, 'source')).toEqual({ topic: { all: ['China'] }, year: { any: ['2020', '2021', '2022'] } });
    expect(pagefindFilters(chosen, YEARS, 'year')).toEqual({ topic: { all: ['China'] }, source: { any: ['X'] } });
    expect(groupsNeedingOwnCounts(chosen)).toEqual(['source', 'year']);
  });
});

describe('pagefindSort', () => {
  test('sorts by date for newest and oldest, not at all for relevance', () => {
    expect(pagefindSort(state({ q: 'a', sort: 'newest' }))).toEqual({ date: 'desc' });
    expect(pagefindSort(state({ q: 'a', sort: 'oldest' }))).toEqual({ date: 'asc' });
    expect(pagefindSort(state({ q: 'a' }))).toEqual({});
    expect(pagefindSort(state({ facets: { topic: ['China'] } }))).toEqual({ date: 'desc' });
  });
});

describe('otherLanguages', () => {
  test('merges every index but the one Pagefind picks for the page', () => {
    const languages = { en: { page_count: 9 }, 'en-gb': { page_count: 1 }, 'zh-hans': { page_count: 1 } };
    expect(otherLanguages(languages, 'en')).toEqual(['en-gb', 'zh-hans']);
    expect(otherLanguages(languages, 'en-US')).toEqual(['en-gb', 'zh-hans']);
    expect(otherLanguages({ fr: { page_count: 1 }, de: { page_count: 5 } }, 'en')).toEqual(['fr']);
  });
});

describe('facetOptions', () => {
  test('lists chosen values first, then the rest by count, hiding empty ones', () => {
    const counts = { A: 5, B: 9, C: 0, D: 9 };
    expect(facetOptions(counts, ['C'], 2)).toEqual([
      { value: 'C', count: 0, chosen: true },
      { value: 'B', count: 9, chosen: false },
      { value: 'D', count: 9, chosen: false },
    ]);
  });
});
