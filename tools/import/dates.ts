/**
 * Publication dates as pages write them, turned into the frontmatter's ISO form without moving the
 * day: an instant keeps the offset it was written with, a bare date stays a bare date (the site
 * zone's day), and a time without a zone is read in the site's zone.
 *
 * ISO 8601 / RFC 3339 is read by src/content/dates.ts (Temporal). Everything else ("2015-07-10
 * 09:53:00 -0400", RFC 2822 "Fri, 10 Jul 2015 13:53:00 GMT", "July 10, 2015", "10 July 2015 at
 * 9:53 a.m. EDT") is read by chrono-node: a maintained parser of free-form dates in many formats
 * and languages that reports, per field, whether the text stated it. That last point is why it and
 * not date-fns `parse`, which needs the format known in advance.
 */
import { Temporal } from 'temporal-polyfill';
import * as chrono from 'chrono-node';
import { instantInZone, isoInZone, parsePublicationDate, yearProblem } from '../../src/content/dates.ts';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;
// Kept byte for byte when it reads: a date, or a date-time with `Z` or a `±HH:MM` offset.
const RFC_3339 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const AMBIGUOUS_NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/;
const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** `±HH:MM` (or `Z`) for an offset in minutes east of UTC. */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * The frontmatter form of a date found in an input or given on the command line, or undefined when
 * the text states no full date (year, month and day) or its year is outside the schema's range
 * (src/content/dates.ts YEARS: a CMS's "0000-00-00" or Go's zero time "0001-01-01T00:00:00Z" in a
 * page's metadata means "no date", and the next source is tried). `timeZone` (IANA, e.g.
 * "Europe/Paris") reads a time of day that has no zone. Returns e.g. `2015-07-10T09:53:00-04:00`,
 * `2015-07-10`; an unpadded "2024-2-3" becomes `2024-02-03`.
 */
export function normaliseDate(value: string, timeZone: string): string | undefined {
  const date = anyDate(value, timeZone);
  return date === undefined || yearProblem(date.slice(0, 4)) ? undefined : date;
}

function anyDate(value: string, timeZone: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  // A date-time with its zone's name in brackets (RFC 9557, as Temporal writes it):
  // "2024-02-03T10:00:00[Europe/Paris]" is 09:00 UTC, not 10:00 in the site's zone.
  if (/\[[^\]]+\]$/.test(text)) {
    try {
      return Temporal.ZonedDateTime.from(text).toString({ timeZoneName: 'never' });
    } catch {
      return undefined;
    }
  }
  // A year out of range is returned as written, for the caller to refuse by name, not as "no day".
  if (RFC_3339.test(text) && (yearProblem(text.slice(0, 4)) || parsePublicationDate(text, timeZone))) return text;
  const local = LOCAL_DATE_TIME.exec(text);
  const inZone = (parts: number[]) => {
    const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
    const instant = instantInZone(year, month, day, hour, minute, second, timeZone);
    return Number.isNaN(instant.getTime()) ? undefined : isoInZone(instant, timeZone);
  };
  if (local) return inZone(local.slice(1).map((part) => Number(part ?? 0)));

  // 10/09/2022 is 10 September in London and October 9 in New York: refuse rather than guess a day.
  const numeric = AMBIGUOUS_NUMERIC.exec(text);
  if (numeric && numeric[1] !== numeric[2] && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12) return undefined;
  // The strict parser: formal dates only, so "yesterday" or "last Friday" never become a date.
  const found = chrono.strict.parse(text, new Date(), { forwardDate: false })[0];
  const start = found?.start;
  if (!start?.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  const [year, month, day] = [start.get('year'), start.get('month'), start.get('day')].map(Number) as [number, number, number];
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!start.isCertain('hour')) return date;
  const [hour, minute, second] = [start.get('hour'), start.get('minute'), start.get('second')].map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
  ];
  if (!start.isCertain('timezoneOffset')) return inZone([year, month, day, hour, minute, second]);
  const iso = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${offsetText(Number(start.get('timezoneOffset')))}`;
  return parsePublicationDate(iso, timeZone) ? iso : undefined;
}

/**
 * Checks the `--date` option before an import reads anything: a batch whose fallback date is
 * impossible would otherwise fail, item by item, only the inputs that lack a date of their own.
 * The option is read as dates inside inputs are (normaliseDate), so "2024-2-3" and "10 September
 * 2022" are accepted; the caller says what they were read as (`--date "2024-2-3" read as 2024-02-03`).
 * @param value the option as typed, e.g. "2024-13-45".
 * @param timeZone IANA zone that reads a time of day without a zone.
 * @returns the frontmatter form of the date (see normaliseDate).
 * @throws Error naming the option, the value and the fix (the format YYYY-MM-DD) when it is no real
 *   day, or when its year is outside 1000–9999 (src/content/dates.ts YEARS).
 */
export function dateOption(value: string, timeZone: string): string {
  const date = anyDate(value, timeZone);
  const format = 'write it as YYYY-MM-DD, e.g. --date 2022-09-10 (or a date-time with its zone, 2022-09-10T14:30:00+01:00)';
  if (date === undefined) throw new Error(`--date "${value}" is not a real day: ${format}.`);
  const badYear = yearProblem(date.slice(0, 4));
  if (badYear) throw new Error(`--date "${value}": ${badYear}; ${format}.`);
  return date;
}
