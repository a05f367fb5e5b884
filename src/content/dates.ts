/**
 * Dates in one place: reading publication dates as the author wrote them, calendar parts and
 * display in the site's time zone. Every function takes the time zone explicitly so tests can pin it.
 *
 * Zone arithmetic is Temporal's (the `temporal-polyfill` package), not ours. Chosen over
 * date-fns-tz because Temporal is the TC39 standard (the polyfill goes away once Node ships it),
 * parses RFC 3339/ISO 8601 strictly (offsets, fractional seconds to nanoseconds), and makes the
 * daylight-saving choices explicit (`disambiguation`), where date-fns-tz works on `Date` and
 * silently picks one reading of a skipped or repeated wall-clock time.
 */
import { Temporal } from 'temporal-polyfill';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** RFC 3339 date-time, also with a space for `T` and YAML 1.1's `-5` style offsets (YAML timestamp). */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)[ \t]*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?$/;

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatterCache.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatterCache.set(key, cached);
  }
  return cached;
}

/** Most entries a memo keeps before it starts again, bounding its memory (about 150 bytes an entry). */
const MEMO_LIMIT = 50_000;

/**
 * Remembers a date's text by key. A build writes each article's date on its page and on every
 * listing that shows it, ten times or more, and Temporal and Intl are slow to start: at 10,000
 * articles the dates took 7 s of the build's profile, most of it for texts already made.
 */
function memo(cache: Map<string, string>, key: string, make: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    text = make();
    cache.set(key, text);
  }
  return text;
}

const isoTexts = new Map<string, string>();
const longDates = new Map<string, string>();
const timesOfDay = new Map<string, string>();

function zoned(date: Date, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(timeZone);
}

export interface CalendarParts {
  year: string;
  month: string;
  day: string;
}

/**
 * A calendar day given as numbers (CSL-JSON `date-parts`: year, month 1–12, day 1–31) written
 * zero-padded with `separator` between the parts: `-` gives ISO 8601 (biblatex `date`), `/` with a
 * trailing `/` the RIS `DA` form (`YYYY/MM/DD/`, RIS Format Specifications, Research Information Systems 2012).
 * @example numericDay([2017, 1, 13], '-') // '2017-01-13'; numericDay([2017, 1, 13], '/', '/') // '2017/01/13/'
 */
export function numericDay([year, month, day]: readonly [number, number, number], separator: '-' | '/', end = ''): string {
  return [String(year).padStart(4, '0'), String(month).padStart(2, '0'), String(day).padStart(2, '0')].join(separator) + end;
}

/**
 * Year, month and day of an instant as seen in `timeZone` (IANA), zero-padded.
 * @example calendarParts(new Date('2022-08-31T23:30:00Z'), 'Asia/Shanghai') // { year: '2022', month: '09', day: '01' }
 */
export function calendarParts(date: Date, timeZone: string): CalendarParts {
  const local = zoned(date, timeZone);
  return {
    year: String(local.year).padStart(4, '0'),
    month: String(local.month).padStart(2, '0'),
    day: String(local.day).padStart(2, '0'),
  };
}

/** Minutes east of UTC that `timeZone` observes at `date` (e.g. 480 for Asia/Shanghai). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  return zoned(date, timeZone).offsetNanoseconds / 60e9;
}

/**
 * The instant a wall-clock time in `timeZone` denotes. A time skipped or repeated by a
 * daylight-saving change resolves as Temporal's 'compatible' (the earlier reading; a skipped time
 * moves forward), the rule RFC 5545 and browsers use.
 * @example instantInZone(2022, 9, 10, 8, 0, 0, 'Asia/Shanghai') // 2022-09-10T00:00:00Z
 */
export function instantInZone(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): Date {
  try {
    const local = Temporal.PlainDateTime.from({ year, month, day, hour, minute, second }, { overflow: 'reject' });
    return new Date(local.toZonedDateTime(timeZone).epochMilliseconds);
  } catch {
    return new Date(Number.NaN);
  }
}

/** The instant a calendar day starts in `timeZone` (not always 00:00 where midnight is skipped). */
export function startOfDayInZone(year: number, month: number, day: number, timeZone: string): Date {
  const date = Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
  return new Date(date.toZonedDateTime(timeZone).epochMilliseconds);
}

/**
 * The years a publication date may carry: four digits, the first not 0. ISO 8601's year 0000 is
 * 1 BC (pages showed "January 1, 1"), and in a news archive a year before 1000 is a mistyped one
 * (0202 for 2020, 0000 for "unknown"), never a story: the earliest printed news is 15th-century.
 * Four digits is also what the archive's `/YYYY/` addresses hold.
 */
export const YEARS = { first: 1000, last: 9999 } as const;

/**
 * Why a date's year cannot be an article's, or undefined when it can (see YEARS).
 * @param year the year as written, e.g. "0000" or 2024.
 */
export function yearProblem(year: string | number): string | undefined {
  const value = Number(year);
  if (Number.isInteger(value) && value >= YEARS.first && value <= YEARS.last) return undefined;
  return `the year ${year} is outside ${YEARS.first}–${YEARS.last}: a publication date needs a four-digit year not starting with 0 (year 0000 does not exist; 0202 is usually a mistyped 2020)`;
}

/** What a frontmatter date means, or why it means nothing. */
export type DateReading = { instant: Date } | { problem: string };

/**
 * Reads a frontmatter date from the author's text (frontmatter is parsed with YAML 1.2's core
 * schema, so timestamps stay text; see src/content/frontmatter.ts). The rules:
 * - a date alone (`2022-09-10`) is that day in the site's `timeZone`: its first instant;
 * - a date-time with `Z` or an offset (`2022-09-09T20:00:00-04:00`, `…T00:00:00.250Z`) is that
 *   instant, whatever the site's zone; precision below a millisecond is dropped (`Date`);
 * - a date-time without a zone is refused: the author's zone is unknown, and reading it in the
 *   site's zone would move the article whenever `TIME_ZONE` changes;
 * - the year as written, and the year of the day it is filed under in `timeZone`, must be within
 *   YEARS (1000–9999).
 * Returns the instant, or a problem sentence saying what to write instead.
 */
export function readPublicationDate(value: string, timeZone: string): DateReading {
  const text = value.trim();
  // Both forms start with the four-digit year; one outside YEARS is refused whatever follows.
  const badYear = /^\d{4}-/.test(text) ? yearProblem(text.slice(0, 4)) : undefined;
  if (badYear && (DATE_ONLY.test(text) || DATE_TIME.test(text))) return { problem: badYear };
  try {
    if (DATE_ONLY.test(text)) {
      const day = Temporal.PlainDate.from(text, { overflow: 'reject' });
      return { instant: new Date(day.toZonedDateTime(timeZone).epochMilliseconds) };
    }
    const match = DATE_TIME.exec(text);
    if (!match) return { problem: 'not an ISO date or date-time' };
    const [, date, time, zone] = match;
    if (!zone) {
      return { problem: `a date-time needs its zone, e.g. ${date}T${time}Z or ${date}T${time}+01:00 (or write the date alone)` };
    }
    const offset = /^[+-]\d$/.test(zone) ? `${zone[0]}0${zone[1]}:00` : /^[+-]\d\d$/.test(zone) ? `${zone}:00` : zone;
    const instant = Temporal.Instant.from(`${date}T${time?.replace(',', '.')}${offset.toUpperCase()}`);
    // The archive files an article under its day in the site's zone: 9999-12-31T23:00-05:00 is
    // already year 10000 in UTC, which no /YYYY/ address holds, and 1000-01-01T00:30+01:00 is 999.
    const filed = instant.toZonedDateTimeISO(timeZone).year;
    const filedProblem = yearProblem(filed);
    if (filedProblem) return { problem: `${filedProblem}; in the site's time zone (${timeZone}) this instant falls in ${filed}` };
    return { instant: new Date(instant.epochMilliseconds) };
  } catch {
    return { problem: 'no such date or time' };
  }
}

/** `readPublicationDate` for callers that only need the instant: null when the text is no valid date. */
export function parsePublicationDate(value: string, timeZone: string): Date | null {
  const reading = readPublicationDate(value, timeZone);
  return 'instant' in reading ? reading.instant : null;
}

/**
 * ISO 8601 / RFC 3339 with the zone's offset (`Z` for UTC), for `<time datetime>`, JSON-LD and sitemaps.
 * @example isoInZone(new Date('2022-09-10T00:00:00Z'), 'Asia/Shanghai') // '2022-09-10T08:00:00+08:00'
 */
export function isoInZone(date: Date, timeZone: string): string {
  return memo(isoTexts, `${date.getTime()}|${timeZone}`, () => {
    const text = zoned(date, timeZone).toString({ timeZoneName: 'never' });
    return text.endsWith('+00:00') ? `${text.slice(0, -6)}Z` : text;
  });
}

/** Long human date, e.g. "10 September 2022" in English. */
export function formatLongDate(date: Date, timeZone: string, locale: string): string {
  return memo(longDates, `${date.getTime()}|${timeZone}|${locale}`, () =>
    formatter(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date),
  );
}

/**
 * Time of day the way a newspaper in `locale` writes it, with the zone's short name from CLDR:
 * en-GB "19:19 BST", en-US "8:00 PM EDT" (the hour unpadded, the locale's own 12/24-hour habit).
 * Empty when the instant starts a day in `timeZone`: that is how a date-only article is stored.
 */
export function formatTimeOfDay(date: Date, timeZone: string, locale: string): string {
  return memo(timesOfDay, `${date.getTime()}|${timeZone}|${locale}`, () => {
    const local = zoned(date, timeZone);
    if (local.equals(local.startOfDay())) return '';
    return formatter(locale, { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(date);
  });
}

/** Month name for a `YYYY-MM` period, e.g. "September 2022". */
export function formatMonth(year: string, month: string, locale: string): string {
  return formatter(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, 1)),
  );
}

/** RFC 822 date for RSS (RSS 2.0 § pubDate), e.g. "Sat, 10 Sep 2022 00:00:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/** A calendar day as a long date, e.g. "September 10, 2022" in English. */
export function formatDay(day: CalendarParts, locale: string): string {
  return formatter(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(Number(day.year), Number(day.month) - 1, Number(day.day))),
  );
}

/** A month-day (`MM-DD`) without a year, e.g. "September 10"; February 29 included. */
export function formatMonthDay(monthDay: string, locale: string): string {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return formatter(locale, { timeZone: 'UTC', day: 'numeric', month: 'long' }).format(new Date(Date.UTC(2000, month - 1, day)));
}

/** Short month name for charts, e.g. "Sep". */
export function formatShortMonth(month: string, locale: string): string {
  return formatter(locale, { timeZone: 'UTC', month: 'short' }).format(new Date(Date.UTC(2000, Number(month) - 1, 1)));
}

/**
 * A month's name on its own, e.g. "September"; in languages with a standalone form (Russian
 * "сентябрь", Polish "wrzesień") that form, as a breadcrumb or heading needs.
 */
export function formatMonthName(month: string, locale: string): string {
  return formatter(locale, { timeZone: 'UTC', month: 'long' }).format(new Date(Date.UTC(2000, Number(month) - 1, 1)));
}

const plainNumbers = new Map<string, Intl.NumberFormat>();

/** A calendar number as `locale` writes it, without digit grouping: "2022", "٢٠٢٢" in `ar-u-nu-arab`. */
function calendarNumber(value: number, locale: string): string {
  let format = plainNumbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false });
    plainNumbers.set(locale, format);
  }
  return format.format(value);
}

/**
 * A year (`YYYY`) in the locale's digits, for breadcrumbs, chart labels and year pages.
 * @example formatYear('2022', 'ar-u-nu-arab') // '٢٠٢٢'
 */
export function formatYear(year: string, locale: string): string {
  return calendarNumber(Number(year), locale);
}

/**
 * A day of the month (`DD`) in the locale's digits, unpadded, e.g. "9" for `09`.
 * @example formatDayOfMonth('09', 'ar-u-nu-arab') // '٩'
 */
export function formatDayOfMonth(day: string, locale: string): string {
  return calendarNumber(Number(day), locale);
}
