import { describe, expect, test } from 'vitest';
import { emptyState, type SearchState } from '../../../../src/search/client/state.ts';
import {
  facetOptions,
  groupsNeedingOwnCounts,
  otherLanguages,
  stemmerGroups,
  type IndexLanguages,
  type StemmerGroup,
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

describe('stemmerGroups', () => {
  const index = (page_count: number, wasm: string | null) => ({ page_count, wasm });
  test.each<{ case: string; languages: IndexLanguages; page: string; groups: StemmerGroup[] }>([
    {
      case: 'one language: one group, as before',
      languages: { en: index(9, 'en') },
      page: 'en',
      groups: [{ stemmer: 'en', lead: 'en', merged: [] }],
    },
    {
      case: 'English variants and languages without a stemmer share the page’s group',
      languages: { en: index(9, 'en'), 'en-gb': index(1, 'en-gb'), 'zh-hans': index(1, null), he: index(2, null) },
      page: 'en-US',
      groups: [{ stemmer: 'en', lead: 'en', merged: ['he', 'en-gb', 'zh-hans'] }],
    },
    {
      case: 'Arabic and French in an English archive each get their own, largest first',
      languages: { ar: index(1, 'ar'), en: index(9, 'en'), fr: index(3, 'fr'), 'fr-ca': index(1, 'fr-ca') },
      page: 'en',
      groups: [
        { stemmer: 'en', lead: 'en', merged: [] },
        { stemmer: 'fr', lead: 'fr', merged: ['fr-ca'] },
        { stemmer: 'ar', lead: 'ar', merged: [] },
      ],
    },
    {
      case: 'a page language with no index: Pagefind’s pick (the largest) leads',
      languages: { de: index(5, 'de'), fr: index(1, 'fr') },
      page: 'ar',
      groups: [
        { stemmer: 'de', lead: 'de', merged: [] },
        { stemmer: 'fr', lead: 'fr', merged: [] },
      ],
    },
    {
      case: 'a Chinese page: English gets a stemmer of its own',
      languages: { 'zh-hans': index(5, null), en: index(2, 'en'), ja: index(1, null) },
      page: 'zh-Hans',
      groups: [
        { stemmer: null, lead: 'zh-hans', merged: ['ja'] },
        { stemmer: 'en', lead: 'en', merged: [] },
      ],
    },
    {
      case: 'an entry without WebAssembly names (an older manifest): one group',
      languages: { en: { page_count: 2 }, fr: { page_count: 1 } },
      page: 'en',
      groups: [{ stemmer: null, lead: 'en', merged: ['fr'] }],
    },
  ])('$case', ({ languages, page, groups }) => {
    expect(stemmerGroups(languages, page)).toEqual(groups);
  });

  test('no index at all: no group', () => {
    expect(stemmerGroups({}, 'en')).toEqual([]);
  });
});
