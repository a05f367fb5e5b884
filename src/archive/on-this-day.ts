/**
 * "On this day": articles filed under each calendar month-day, across years. Computed for all
 * 366 month-days at build time so every page is static and no page depends on the build clock.
 */
import type { Dated } from './calendar.ts';

/** Every month-day of a leap year as `MM-DD`, from `01-01` to `12-31` (366 entries). */
export const MONTH_DAYS: readonly string[] = Array.from({ length: 366 }, (_, offset) => {
  const date = new Date(Date.UTC(2000, 0, 1 + offset));
  return `${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
});

/** The `MM-DD` key of a calendar day. */
export function monthDayOf(day: { month: string; day: string }): string {
  return `${day.month}-${day.day}`;
}

/**
 * Article indexes per month-day, in the input's order (newest first); every month-day has an entry.
 * @example byMonthDay(articles).get('09-10') // [0, 7, 12]
 */
export function byMonthDay(articles: readonly Dated[]): Map<string, number[]> {
  const lists = new Map<string, number[]>(MONTH_DAYS.map((key) => [key, []]));
  articles.forEach(({ day }, index) => {
    lists.get(monthDayOf(day))?.push(index);
  });
  return lists;
}

/** The articles of a month-day list that were published before `year`. */
export function inEarlierYears(indexes: readonly number[], articles: readonly Dated[], year: string): number[] {
  return indexes.filter((index) => (articles[index]?.day.year ?? year) < year);
}
