/**
 * The archive by date: articles grouped into years, months and days of the site's time zone
 * (each article's `day` is already in that zone), and the nearest non-empty period either side.
 * Groups hold indexes into the article list, so one list of articles is shared by every page.
 */
import type { CalendarParts } from '../content/dates.ts';

export interface Dated {
  day: CalendarParts;
}

export interface DayGroup {
  year: string;
  month: string;
  day: string;
  /** Indexes into the article list, in its order (newest first). */
  articles: number[];
}

export interface MonthGroup {
  year: string;
  month: string;
  days: DayGroup[];
  articles: number[];
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
  articles: number[];
}

/** Every non-empty year, month and day, oldest first, plus flat lists for previous/next links. */
export interface Calendar {
  years: YearGroup[];
  months: MonthGroup[];
  days: DayGroup[];
}

/**
 * Groups articles by year, month and day. Periods are oldest first; articles inside keep the
 * input's order, so a newest-first list gives newest-first groups.
 * @example buildCalendar(articles).years.map((y) => [y.year, y.articles.length]) // [['2021', 3], ['2022', 5]]
 */
export function buildCalendar(articles: readonly Dated[]): Calendar {
  const byDay = new Map<string, DayGroup>();
  articles.forEach(({ day }, index) => {
    const key = `${day.year}-${day.month}-${day.day}`;
    let group = byDay.get(key);
    if (!group) {
      group = { ...day, articles: [] };
      byDay.set(key, group);
    }
    group.articles.push(index);
  });
  const days = [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, group]) => group);
  const months: MonthGroup[] = [];
  const years: YearGroup[] = [];
  for (const day of days) {
    let month = months.at(-1);
    if (!month || month.year !== day.year || month.month !== day.month) {
      month = { year: day.year, month: day.month, days: [], articles: [] };
      months.push(month);
    }
    month.days.push(day);
    let year = years.at(-1);
    if (!year || year.year !== day.year) {
      year = { year: day.year, months: [], articles: [] };
      years.push(year);
    }
    if (year.months.at(-1) !== month) year.months.push(month);
  }
  // Merge each period's articles back into the input order (newest first), not day order.
  const byIndex = (a: number, b: number) => a - b;
  for (const month of months) month.articles = month.days.flatMap((day) => day.articles).sort(byIndex);
  for (const year of years) year.articles = year.months.flatMap((month) => month.articles).sort(byIndex);
  return { years, months, days };
}

export interface Neighbours<T> {
  /** The nearest earlier period that has articles. */
  older?: T | undefined;
  /** The nearest later period that has articles. */
  newer?: T | undefined;
}

/**
 * The periods either side of `item` in an oldest-first list of non-empty periods, so empty
 * months or years are skipped.
 */
export function neighbours<T>(list: readonly T[], item: T): Neighbours<T> {
  const index = list.indexOf(item);
  if (index < 0) return {};
  return { older: list[index - 1], newer: list[index + 1] };
}

/** Number of days in a month (1–12) of a year, for drawing a whole month including empty days. */
export function daysInMonth(year: string, month: string): number {
  return new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
}

/** Every year from the first to the last, so a chart shows empty years as gaps. */
export function yearRange(years: readonly { year: string }[]): string[] {
  const first = Number(years[0]?.year);
  const last = Number(years.at(-1)?.year);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  return Array.from({ length: last - first + 1 }, (_, offset) => String(first + offset).padStart(4, '0'));
}
