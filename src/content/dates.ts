/**
 * Dates in one place: parsing publication dates, calendar parts and display in the site's time zone.
 * Every function takes the time zone explicitly so tests can pin it.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

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

export interface CalendarParts {
  year: string;
  month: string;
  day: string;
}

/**
 * Year, month and day of an instant as seen in `timeZone`, zero-padded.
 * @example calendarParts(new Date('2022-08-31T23:30:00Z'), 'Asia/Shanghai') // { year: '2022', month: '09', day: '01' }
 */
export function calendarParts(date: Date, timeZone: string): CalendarParts {
  const parts = formatter('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { year: get('year').padStart(4, '0'), month: get('month'), day: get('day') };
}

/** Minutes east of UTC that `timeZone` observes at `date` (e.g. 480 for Asia/Shanghai). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const parts = formatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time in `timeZone` denotes.
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
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  // A second pass settles times whose offset differs from the guess's (daylight-saving changes).
  instant = guess - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** The instant a calendar day starts in `timeZone`. */
export function startOfDayInZone(year: number, month: number, day: number, timeZone: string): Date {
  return instantInZone(year, month, day, 0, 0, 0, timeZone);
}

/**
 * Reads a frontmatter date. A date alone (`2022-09-10`, or the YAML date it becomes) means the start
 * of that day in the site's time zone; a date-time must carry its zone. Returns null when invalid.
 */
export function parsePublicationDate(value: Date | string, timeZone: string): Date | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const isBareYamlDate =
      value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    return isBareYamlDate ? startOfDayInZone(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), timeZone) : value;
  }
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1).map(Number) as [number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
    return startOfDayInZone(year, month, day, timeZone);
  }
  if (!DATE_TIME_WITH_ZONE.test(text)) return null;
  const parsed = new Date(text.replace(' ', 'T'));
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/**
 * ISO 8601 with the zone's offset, for `<time datetime>`, JSON-LD and Atom.
 * @example isoInZone(new Date('2022-09-10T00:00:00Z'), 'Asia/Shanghai') // '2022-09-10T08:00:00+08:00'
 */
export function isoInZone(date: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(date, timeZone);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const sign = offset > 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Long human date, e.g. "10 September 2022" in English. */
export function formatLongDate(date: Date, timeZone: string, locale: string): string {
  return formatter(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Time of day, e.g. "14:30 UTC"; empty when the instant is the start of a day (a date-only article). */
export function formatTimeOfDay(date: Date, timeZone: string, locale: string): string {
  const offset = zoneOffsetMinutes(date, timeZone);
  const minutesIntoDay = (((date.getTime() / 60_000 + offset) % 1440) + 1440) % 1440;
  if (minutesIntoDay === 0) return '';
  return formatter(locale, { timeZone, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(date);
}

/** Month name for a `YYYY-MM` period, e.g. "September 2022". */
export function formatMonth(year: string, month: string, locale: string): string {
  return formatter(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, 1)),
  );
}

/** RFC 822 date for RSS, e.g. "Sat, 10 Sep 2022 00:00:00 GMT". */
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
