import { describe, expect, test } from 'vitest';
import { buildCalendar, daysInMonth, neighbours, yearRange } from '../../../src/archive/calendar.ts';
import { buildCatalog, type SourceEntry } from '../../../src/archive/catalog.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';
import { createPaths } from '../../../src/content/paths.ts';

const paths = createPaths({ base: '/', siteUrl: 'https://news.example' });
const catalog = (dates: string[], timeZone = 'UTC') => {
  const schema = createArticleSchema({ timeZone });
  const entries: SourceEntry[] = dates.map((date, i) => ({ id: `a${i}.md`, data: schema.parse({ title: `A${i}`, date }) }));
  return buildCatalog(entries, { timeZone, paths });
};
const counts = <T extends { articles: number[] }>(groups: T[], key: (group: T) => string) =>
  groups.map((group) => [key(group), group.articles.length]);

describe('buildCalendar', () => {
  test('groups articles by year, month and day, oldest period first, with counts that add up', () => {
    const articles = catalog(['2022-09-10', '2022-09-10T12:00:00Z', '2022-09-11', '2022-11-01', '2020-01-05']);
    const calendar = buildCalendar(articles);
    expect(counts(calendar.years, (y) => y.year)).toEqual([
      ['2020', 1],
      ['2022', 4],
    ]);
    expect(counts(calendar.months, (m) => `${m.year}-${m.month}`)).toEqual([
      ['2020-01', 1],
      ['2022-09', 3],
      ['2022-11', 1],
    ]);
    expect(counts(calendar.days, (d) => `${d.year}-${d.month}-${d.day}`)).toEqual([
      ['2020-01-05', 1],
      ['2022-09-10', 2],
      ['2022-09-11', 1],
      ['2022-11-01', 1],
    ]);
    expect(calendar.years[1]?.months.map((m) => m.month)).toEqual(['09', '11']);
  });

  test('keeps articles newest first inside every period', () => {
    const articles = catalog(['2022-09-10T08:00:00Z', '2022-09-10T20:00:00Z', '2022-09-12']);
    const [month] = buildCalendar(articles).months;
    expect(month?.articles.map((i) => articles[i]?.data.title)).toEqual(['A2', 'A1', 'A0']);
    expect(month?.days[0]?.articles.map((i) => articles[i]?.data.title)).toEqual(['A1', 'A0']);
  });

  test('files an article at 23:30 UTC on the 31st under the next day, month and year in Asia/Shanghai', () => {
    const articles = catalog(['2022-12-31T23:30:00Z'], 'Asia/Shanghai');
    const calendar = buildCalendar(articles);
    expect(calendar.days.map((d) => [d.year, d.month, d.day])).toEqual([['2023', '01', '01']]);
    expect(calendar.years.map((y) => y.year)).toEqual(['2023']);
    expect(buildCalendar(catalog(['2022-12-31T23:30:00Z'], 'UTC')).days.map((d) => d.day)).toEqual(['31']);
  });

  test('has no periods for an empty archive', () => {
    expect(buildCalendar([])).toEqual({ years: [], months: [], days: [] });
  });
});

describe('neighbours', () => {
  test('jumps over empty months to the nearest periods with articles', () => {
    const { months } = buildCalendar(catalog(['2021-03-02', '2022-09-10', '2024-01-01']));
    const september = months[1]!;
    const { older, newer } = neighbours(months, september);
    expect([older?.year, older?.month]).toEqual(['2021', '03']);
    expect([newer?.year, newer?.month]).toEqual(['2024', '01']);
  });

  test('has nothing before the first or after the last period', () => {
    const { years } = buildCalendar(catalog(['2021-03-02', '2022-09-10']));
    expect(neighbours(years, years[0]!).older).toBeUndefined();
    expect(neighbours(years, years[1]!).newer).toBeUndefined();
  });
});

describe('calendar helpers', () => {
  test('knows month lengths, leap years included', () => {
    expect(daysInMonth('2024', '02')).toBe(29);
    expect(daysInMonth('2023', '02')).toBe(28);
    expect(daysInMonth('2023', '09')).toBe(30);
  });

  test('lists every year between the first and last, so empty years show as gaps', () => {
    expect(yearRange([{ year: '2019' }, { year: '2022' }])).toEqual(['2019', '2020', '2021', '2022']);
    expect(yearRange([])).toEqual([]);
  });
});
