import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../../src/archive/calendar.ts';
import { dayBars, monthBars, thinLabels, yearBars } from '../../../src/archive/charts.ts';
import { createPaths } from '../../../src/content/paths.ts';

const paths = createPaths({ base: '/archive/', siteUrl: 'https://news.example.org' });
const day = (year: string, month: string, d: string) => ({ day: { year, month, day: d } });
// Newest first, as the catalogue lists them; 2020 has no articles.
const calendar = buildCalendar([day('2022', '09', '10'), day('2022', '09', '10'), day('2022', '02', '28'), day('2019', '12', '31')]);

describe('period charts', () => {
  test('years run from the first to the last, empty years as unlinked gaps', () => {
    expect(yearBars(calendar, paths)).toEqual([
      { label: '2019', name: '2019', count: 1, href: '/archive/2019/' },
      { label: '2020', name: '2020', count: 0, href: undefined },
      { label: '2021', name: '2021', count: 0, href: undefined },
      { label: '2022', name: '2022', count: 3, href: '/archive/2022/' },
    ]);
  });

  test('a year has twelve month bars named in the locale', () => {
    const year = calendar.years.find((y) => y.year === '2022')!;
    const bars = monthBars(year, paths, 'de');
    expect(bars).toHaveLength(12);
    expect(bars[1]).toEqual({ label: 'Feb', name: 'Februar 2022', count: 1, href: '/archive/2022/02/' });
    expect(bars[8]).toMatchObject({ name: 'September 2022', count: 2 });
    expect(bars.filter((bar) => bar.href).length).toBe(2);
  });

  test('a month has a bar for every day, 28 in February 2022', () => {
    const february = calendar.months.find((m) => m.year === '2022' && m.month === '02')!;
    const bars = dayBars(february, paths, 'en');
    expect(bars).toHaveLength(28);
    expect(bars[27]).toEqual({ label: '28', name: 'February 28, 2022', count: 1, href: '/archive/2022/02/28/' });
    expect(bars[0]).toMatchObject({ label: '1', count: 0, href: undefined });
  });

  test('thinLabels keeps every n-th label and the last, and every name', () => {
    const february = calendar.months.find((m) => m.year === '2022' && m.month === '02')!;
    const bars = thinLabels(dayBars(february, paths, 'en'), 7);
    expect(bars.map((bar) => bar.label).filter(Boolean)).toEqual(['1', '8', '15', '22', '28']);
    expect(bars.every((bar) => bar.name !== '')).toBe(true);
  });
});
