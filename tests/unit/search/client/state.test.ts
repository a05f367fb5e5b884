import { describe, expect, test } from 'vitest';
import {
  effectiveSort,
  emptyState,
  hasCriteria,
  parseSearchState,
  serialiseSearchState,
  toggleFacet,
  withYearRange,
  yearsInRange,
} from '../../../../src/search/client/state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState', () => {
  test('reads words, repeated facets, a year range, sort and page', () => {
    const state = parse(
      'q=Xinjiang&person=Zhao+Lijian&person=Michelle%20Bachelet&topic=China&author=Ann+Lee&year_from=2020&year_to=2022&sort=newest&page=3',
    );
    expect(state).toEqual({
      q: 'Xinjiang',
      facets: { topic: ['China'], person: ['Zhao Lijian', 'Michelle Bachelet'], place: [], source: [], section: [], author: ['Ann Lee'] },
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

describe('serialiseSearchState', () => {
  test('leaves defaults out so equal states give equal URLs', () => {
    expect(serialiseSearchState(emptyState())).toBe('');
    expect(serialiseSearchState({ ...emptyState(), q: 'crimes against humanity', sort: 'relevance', page: 1 })).toBe(
      '?q=crimes+against+humanity',
    );
  });

  test('round-trips through parseSearchState', () => {
    const query = '?q=%E6%96%B0%E7%96%86&topic=Human+rights&person=Zhao+Lijian&source=The+Independent&year_from=2021&sort=oldest&page=2';
    expect(serialiseSearchState(parse(query))).toBe(query);
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

  test.each([
    ['keeps a range in order', 2020, 2022, [2020, 2022]],
    ['swaps a range given backwards', 2022, 2020, [2020, 2022]],
    ['keeps an open end open', undefined, 2021, [undefined, 2021]],
    ['clears the range', undefined, undefined, [undefined, undefined]],
  ])('withYearRange %s, back on page 1', (_, from, to, expected) => {
    const next = withYearRange({ ...emptyState(), yearFrom: 1999, yearTo: 2000, page: 4 }, from, to);
    expect([next.yearFrom, next.yearTo, next.page]).toEqual([...expected, 1]);
  });
});
