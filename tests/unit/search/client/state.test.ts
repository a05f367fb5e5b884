import { describe, expect, test } from 'vitest';
import {
  effectiveSort,
  emptyState,
  hasCriteria,
  pageNumbers,
  parseSearchState,
  serializeSearchState,
  toggleFacet,
  yearsInRange,
} from '../../../../src/search/client/state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState', () => {
  test('reads words, repeated facets, a year range, sort and page', () => {
    const state = parse(
      'q=Xinjiang&person=Zhao+Lijian&person=Michelle%20Bachelet&topic=China&year_from=2020&year_to=2022&sort=newest&page=3',
    );
    expect(state).toEqual({
      q: 'Xinjiang',
      facets: { topic: ['China'], person: ['Zhao Lijian', 'Michelle Bachelet'], place: [], source: [], section: [] },
      yearFrom: 2020,
      yearTo: 2022,
      sort: 'newest',
      page: 3,
    });
  });

  test('ignores malformed values instead of failing', () => {
    expect(parse('q=%20%20a%20%20b%20&sort=sideways&page=-2&year_from=twenty&person=&person=%20')).toEqual({ ...emptyState(), q: 'a b' });
  });

  test('swaps a reversed year range and drops duplicate facet values', () => {
    const state = parse('year_from=2022&year_to=2019&place=Geneva&place=Geneva');
    expect([state.yearFrom, state.yearTo, state.facets.place]).toEqual([2019, 2022, ['Geneva']]);
  });
});

describe('serializeSearchState', () => {
  test('leaves defaults out so equal states give equal URLs', () => {
    expect(serializeSearchState(emptyState())).toBe('');
    expect(serializeSearchState({ ...emptyState(), q: 'crimes against humanity', sort: 'relevance', page: 1 })).toBe(
      '?q=crimes+against+humanity',
    );
  });

  test('round-trips through parseSearchState', () => {
    const query = '?q=%E6%96%B0%E7%96%86&topic=Human+rights&person=Zhao+Lijian&source=The+Independent&year_from=2021&sort=oldest&page=2';
    expect(serializeSearchState(parse(query))).toBe(query);
  });
});

describe('search helpers', () => {
  test('yearsInRange keeps the archive’s years inside an open or closed range', () => {
    const years = ['2019', '2020', '2021', '2022'];
    expect(yearsInRange(years, 2020, undefined)).toEqual(['2020', '2021', '2022']);
    expect(yearsInRange(years, undefined, 2019)).toEqual(['2019']);
    expect(yearsInRange(years, 1990, 1991)).toEqual([]);
    expect(yearsInRange(years, undefined, undefined)).toBeUndefined();
  });

  test('browsing without words lists the newest first unless an order is chosen', () => {
    expect(effectiveSort({ ...emptyState(), facets: { ...emptyState().facets, person: ['A'] } })).toBe('newest');
    expect(effectiveSort({ ...emptyState(), sort: 'oldest' })).toBe('oldest');
    expect(effectiveSort({ ...emptyState(), q: 'a' })).toBe('relevance');
  });

  test('hasCriteria is false only when nothing is asked', () => {
    expect(hasCriteria(emptyState())).toBe(false);
    expect(hasCriteria({ ...emptyState(), yearTo: 2020 })).toBe(true);
  });

  test('toggling a facet returns to the first page', () => {
    const on = toggleFacet({ ...emptyState(), page: 4 }, 'topic', 'China', true);
    expect([on.facets.topic, on.page]).toEqual([['China'], 1]);
    expect(toggleFacet(on, 'topic', 'China', false).facets.topic).toEqual([]);
  });

  test('pageNumbers shows the ends and two pages either side, eliding the rest', () => {
    expect(pageNumbers(7, 20)).toEqual([1, null, 5, 6, 7, 8, 9, null, 20]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
