/**
 * The bars of the archive's period charts (years on /archive/, months on a year page, days on a
 * month page), built one way for all three: every period in the range is a bar, empty ones too,
 * so gaps show; only non-empty periods link anywhere.
 */
import { formatDay, formatDayOfMonth, formatMonth, formatShortMonth, formatYear } from '../content/dates.ts';
import type { Paths } from '../content/paths.ts';
import { type Calendar, daysInMonth, type MonthGroup, type YearGroup, yearRange } from './calendar.ts';

export interface Bar {
  /** Short label under the bar, e.g. "2022", "Sep" or "10". */
  label: string;
  /** Full name for screen readers, e.g. "September 2022". */
  name: string;
  /** Articles in the period. */
  count: number;
  /** The period's page; absent for an empty period. */
  href?: string | undefined;
}

interface PeriodFacts {
  label: string;
  name: string;
  href: string;
}

/** One bar per key, in order, with the count from `counts` (0 when absent). */
function bars(keys: readonly string[], counts: ReadonlyMap<string, number>, describe: (key: string) => PeriodFacts): Bar[] {
  return keys.map((key) => {
    const count = counts.get(key) ?? 0;
    const { label, name, href } = describe(key);
    return { label, name, count, href: count > 0 ? href : undefined };
  });
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Every year from the archive's first to its last, in `locale`'s digits. */
export function yearBars(calendar: Calendar, paths: Paths, locale = 'en'): Bar[] {
  const counts = new Map(calendar.years.map((year) => [year.year, year.articles.length]));
  return bars(yearRange(calendar.years), counts, (year) => {
    const name = formatYear(year, locale);
    return { label: name, name, href: paths.year(year) };
  });
}

/** The twelve months of a year, labelled in `locale`. */
export function monthBars(year: YearGroup, paths: Paths, locale: string): Bar[] {
  const counts = new Map(year.months.map((month) => [month.month, month.articles.length]));
  const months = Array.from({ length: 12 }, (_, offset) => twoDigits(offset + 1));
  return bars(months, counts, (month) => ({
    label: formatShortMonth(month, locale),
    name: formatMonth(year.year, month, locale),
    href: paths.month(year.year, month),
  }));
}

/** Every day of a month, labelled by its number in `locale`'s digits. */
export function dayBars(month: MonthGroup, paths: Paths, locale: string): Bar[] {
  const { year } = month;
  const counts = new Map(month.days.map((day) => [day.day, day.articles.length]));
  const days = Array.from({ length: daysInMonth(year, month.month) }, (_, offset) => twoDigits(offset + 1));
  return bars(days, counts, (day) => ({
    label: formatDayOfMonth(day, locale),
    name: formatDay({ year, month: month.month, day }, locale),
    href: paths.day({ year, month: month.month, day }),
  }));
}

/**
 * The same bars with only every `every`-th label kept (counting from the first), plus the last:
 * a long chart in a narrow column stays readable. Each bar keeps its full `name` for screen readers.
 * @example thinLabels(yearBars(calendar, paths), 5).map((bar) => bar.label) // ['2000', '', '', '', '', '2005', …, '2024']
 */
export function thinLabels(bars: readonly Bar[], every: number): Bar[] {
  return bars.map((bar, index) => (index % every === 0 || index === bars.length - 1 ? bar : { ...bar, label: '' }));
}
