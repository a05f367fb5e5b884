import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import {
  calendarParts,
  formatDayOfMonth,
  formatLongDate,
  formatMonth,
  formatMonthName,
  formatTimeOfDay,
  formatYear,
  instantInZone,
  isoInZone,
  numericDay,
  parsePublicationDate,
  readPublicationDate,
  rfc822,
  startOfDayInZone,
  YEARS,
  yearProblem,
} from '../../../src/content/dates.ts';

describe('calendarParts', () => {
  test('places an instant on the calendar day of the given time zone', () => {
    const lateOnTheThirtyFirst = new Date('2022-08-31T23:30:00Z');
    expect(calendarParts(lateOnTheThirtyFirst, 'UTC')).toEqual({ year: '2022', month: '08', day: '31' });
    expect(calendarParts(lateOnTheThirtyFirst, 'Asia/Shanghai')).toEqual({ year: '2022', month: '09', day: '01' });
    expect(calendarParts(new Date('2022-01-01T03:00:00Z'), 'America/New_York')).toEqual({ year: '2021', month: '12', day: '31' });
  });
});

describe('readPublicationDate', () => {
  // [author's text, site zone, instant, permalink day in the site zone, <time datetime>]
  const cases: [string, string, string, string, string][] = [
    ['2022-09-10', 'UTC', '2022-09-10T00:00:00.000Z', '2022-09-10', '2022-09-10T00:00:00Z'],
    ['2022-09-10', 'Europe/London', '2022-09-09T23:00:00.000Z', '2022-09-10', '2022-09-10T00:00:00+01:00'],
    ['2022-09-10', 'America/New_York', '2022-09-10T04:00:00.000Z', '2022-09-10', '2022-09-10T00:00:00-04:00'],
    ['2022-09-10', 'Asia/Shanghai', '2022-09-09T16:00:00.000Z', '2022-09-10', '2022-09-10T00:00:00+08:00'],
    ['2022-09-10T14:30:00Z', 'UTC', '2022-09-10T14:30:00.000Z', '2022-09-10', '2022-09-10T14:30:00Z'],
    ['2022-09-10T14:30Z', 'Asia/Shanghai', '2022-09-10T14:30:00.000Z', '2022-09-10', '2022-09-10T22:30:00+08:00'],
    ['2022-09-10T14:30:00+08:00', 'UTC', '2022-09-10T06:30:00.000Z', '2022-09-10', '2022-09-10T06:30:00Z'],
    ['2022-09-10T05:30:00+05:30', 'UTC', '2022-09-10T00:00:00.000Z', '2022-09-10', '2022-09-10T00:00:00Z'],
    // The case from the issue: 8 PM in New York is midnight UTC, and stays 9 September in New York.
    ['2022-09-09T20:00:00-04:00', 'America/New_York', '2022-09-10T00:00:00.000Z', '2022-09-09', '2022-09-09T20:00:00-04:00'],
    ['2022-09-09T20:00:00-04:00', 'UTC', '2022-09-10T00:00:00.000Z', '2022-09-10', '2022-09-10T00:00:00Z'],
    ['2022-09-10T00:00:00Z', 'America/New_York', '2022-09-10T00:00:00.000Z', '2022-09-09', '2022-09-09T20:00:00-04:00'],
    ['2022-09-09T23:59:59.999-09:30', 'Pacific/Marquesas', '2022-09-10T09:29:59.999Z', '2022-09-09', '2022-09-09T23:59:59.999-09:30'],
    ['2022-09-10T14:30:00.123456789+02:00', 'UTC', '2022-09-10T12:30:00.123Z', '2022-09-10', '2022-09-10T12:30:00.123Z'],
    ['2022-09-10 14:30:00 +0200', 'UTC', '2022-09-10T12:30:00.000Z', '2022-09-10', '2022-09-10T12:30:00Z'],
    ['2001-12-14 21:59:43.10 -5', 'UTC', '2001-12-15T02:59:43.100Z', '2001-12-15', '2001-12-15T02:59:43.1Z'],
    ['  2022-09-10t14:30:00z ', 'UTC', '2022-09-10T14:30:00.000Z', '2022-09-10', '2022-09-10T14:30:00Z'],
  ];

  test.each(cases)('reads %j in %s as the instant %s, on day %s, shown as %s', (text, zone, instant, day, datetime) => {
    const reading = readPublicationDate(text, zone);
    if (!('instant' in reading)) throw new Error(reading.problem);
    expect(reading.instant.toISOString()).toBe(instant);
    const parts = calendarParts(reading.instant, zone);
    expect(`${parts.year}-${parts.month}-${parts.day}`).toBe(day);
    expect(isoInZone(reading.instant, zone)).toBe(datetime);
  });

  test.each([
    ['2022-09-10T14:30:00', /needs its zone, e\.g\. 2022-09-10T14:30:00Z/],
    ['2022-09-10 14:30', /needs its zone/],
    ['2022-02-30', /no such date/],
    ['2022-13-01', /no such date/],
    ['2022-09-10T25:00:00Z', /no such date or time/],
    ['10 September 2022', /not an ISO date/],
    ['', /not an ISO date/],
  ])('refuses %j with a reason', (text, reason) => {
    const reading = readPublicationDate(text, 'UTC');
    expect('problem' in reading && reading.problem).toMatch(reason);
    expect(parsePublicationDate(text, 'UTC')).toBeNull();
  });
});

describe('startOfDayInZone', () => {
  test('handles days on which daylight saving time starts', () => {
    expect(startOfDayInZone(2022, 3, 27, 'Europe/London').toISOString()).toBe('2022-03-27T00:00:00.000Z');
    expect(startOfDayInZone(2022, 3, 28, 'Europe/London').toISOString()).toBe('2022-03-27T23:00:00.000Z');
  });
});

describe('isoInZone', () => {
  test('writes the zone offset so the local day is visible', () => {
    expect(isoInZone(new Date('2022-09-10T00:00:00Z'), 'UTC')).toBe('2022-09-10T00:00:00Z');
    expect(isoInZone(new Date('2022-09-10T00:00:00Z'), 'Asia/Shanghai')).toBe('2022-09-10T08:00:00+08:00');
    expect(isoInZone(new Date('2022-09-10T00:00:00Z'), 'America/New_York')).toBe('2022-09-09T20:00:00-04:00');
    expect(isoInZone(new Date('2022-09-10T00:00:00Z'), 'Asia/Kolkata')).toBe('2022-09-10T05:30:00+05:30');
  });
});

describe('display formats', () => {
  test('formats long dates in the site time zone and locale', () => {
    const date = new Date('2022-08-31T23:30:00Z');
    expect(formatLongDate(date, 'UTC', 'en-GB')).toBe('31 August 2022');
    expect(formatLongDate(date, 'Asia/Shanghai', 'en-GB')).toBe('1 September 2022');
  });

  test.each([
    ['2022-09-10T00:00:00Z', 'UTC', 'en-GB', ''],
    ['2022-09-09T23:00:00Z', 'Europe/London', 'en-GB', ''],
    ['2022-09-10T14:30:00Z', 'UTC', 'en-GB', '14:30 UTC'],
    ['2022-09-10T18:19:00Z', 'Europe/London', 'en-GB', '19:19 BST'],
    ['2022-12-10T19:19:00Z', 'Europe/London', 'en-GB', '19:19 GMT'],
    ['2022-09-10T00:00:00Z', 'America/New_York', 'en', '8:00 PM EDT'],
    ['2022-09-10T00:00:00Z', 'America/New_York', 'en-US', '8:00 PM EDT'],
    ['2022-09-10T06:05:00Z', 'Europe/Paris', 'fr', '08:05 UTC+2'],
    ['2022-09-10T06:05:00Z', 'Europe/Berlin', 'de', '08:05 MESZ'],
  ])('shows %s in %s for %s as %j (empty for the start of a day, a date-only article)', (instant, zone, locale, shown) => {
    expect(formatTimeOfDay(new Date(instant), zone, locale)).toBe(shown);
  });

  test('writes RFC 822 dates for RSS', () => {
    expect(rfc822(new Date('2022-09-10T14:30:00Z'))).toBe('Sat, 10 Sep 2022 14:30:00 GMT');
  });
});

describe('instantInZone', () => {
  test('turns a wall-clock time in a zone into the instant, across daylight-saving changes', () => {
    expect(instantInZone(2022, 9, 10, 8, 0, 0, 'Asia/Shanghai').toISOString()).toBe('2022-09-10T00:00:00.000Z');
    expect(instantInZone(2022, 3, 27, 12, 30, 0, 'Europe/London').toISOString()).toBe('2022-03-27T11:30:00.000Z');
    expect(instantInZone(2022, 3, 26, 12, 30, 0, 'Europe/London').toISOString()).toBe('2022-03-26T12:30:00.000Z');
  });
});

describe('formatMonthName', () => {
  test.each([
    ['09', 'en', 'September'],
    ['09', 'de', 'September'],
    ['09', 'fr', 'septembre'],
    ['09', 'ru', 'сентябрь'],
    ['09', 'zh-Hans', '九月'],
  ])('month %s in %s is %s, without a year', (month, locale, name) => {
    expect(formatMonthName(month, locale)).toBe(name);
  });
});

describe('dates in each interface language', () => {
  const day = new Date('2022-09-10T00:00:00Z');
  // [formatting locale, long date, month page title, month name, year, day of month]
  test.each([
    ['en-GB', '10 September 2022', 'September 2022', 'September', '2022', '9'],
    ['en-US', 'September 10, 2022', 'September 2022', 'September', '2022', '9'],
    ['de', '10. September 2022', 'September 2022', 'September', '2022', '9'],
    ['fr', '10 septembre 2022', 'septembre 2022', 'septembre', '2022', '9'],
    ['es', '10 de septiembre de 2022', 'septiembre de 2022', 'septiembre', '2022', '9'],
    ['pt', '10 de setembro de 2022', 'setembro de 2022', 'setembro', '2022', '9'],
    ['zh-Hans', '2022年9月10日', '2022年9月', '九月', '2022', '9'],
    ['ja', '2022年9月10日', '2022年9月', '9月', '2022', '9'],
    ['ru', '10 сентября 2022 г.', 'сентябрь 2022 г.', 'сентябрь', '2022', '9'],
    ['ar-u-nu-arab', '١٠ سبتمبر ٢٠٢٢', 'سبتمبر ٢٠٢٢', 'سبتمبر', '٢٠٢٢', '٩'],
    ['ar-u-nu-latn', '10 سبتمبر 2022', 'سبتمبر 2022', 'سبتمبر', '2022', '9'],
  ] as const)('%s: “%s”, “%s”, “%s”, year “%s”, day “%s”', (locale, long, month, monthName, year, dayOfMonth) => {
    expect(formatLongDate(day, 'UTC', locale)).toBe(long);
    expect(formatMonth('2022', '09', locale)).toBe(month);
    expect(formatMonthName('09', locale)).toBe(monthName);
    expect(formatYear('2022', locale)).toBe(year);
    expect(formatDayOfMonth('09', locale)).toBe(dayOfMonth);
  });
});

describe('numericDay', () => {
  test.each([
    [[2017, 1, 13], '-', '', '2017-01-13'],
    [[2017, 1, 13], '/', '/', '2017/01/13/'],
    [[2022, 12, 31], '-', '', '2022-12-31'],
    [[987, 3, 2], '/', '/', '0987/03/02/'],
  ] as const)('%o with %s → %s', (parts, separator, end, expected) => {
    expect(numericDay(parts, separator, end)).toBe(expected);
  });
});

describe('remembered date texts', () => {
  // The texts are remembered per instant, zone and locale: asking in one order must not leak into another.
  const instant = new Date('2022-08-31T23:30:00Z');
  test.each([
    ['isoInZone UTC', () => isoInZone(instant, 'UTC'), '2022-08-31T23:30:00Z'],
    ['isoInZone Shanghai', () => isoInZone(instant, 'Asia/Shanghai'), '2022-09-01T07:30:00+08:00'],
    ['long date UTC en', () => formatLongDate(instant, 'UTC', 'en-GB'), '31 August 2022'],
    ['long date Shanghai en', () => formatLongDate(instant, 'Asia/Shanghai', 'en-GB'), '1 September 2022'],
    ['long date Shanghai fr', () => formatLongDate(instant, 'Asia/Shanghai', 'fr'), '1 septembre 2022'],
    ['time of day UTC', () => formatTimeOfDay(instant, 'UTC', 'en-GB'), '23:30 UTC'],
    ['time of day at midnight in Shanghai', () => formatTimeOfDay(new Date('2022-08-31T16:00:00Z'), 'Asia/Shanghai', 'en-GB'), ''],
  ])('%s, asked twice', (_case, make, expected) => {
    expect(make()).toBe(expected);
    expect(make()).toBe(expected);
  });

  test('stay right past the memo limit', () => {
    const start = Date.UTC(2000, 0, 1);
    for (let day = 0; day < 60_000; day += 1) isoInZone(new Date(start + day * 86_400_000), 'UTC');
    expect(isoInZone(new Date(start), 'UTC')).toBe('2000-01-01T00:00:00Z');
    expect(isoInZone(new Date(start + 59_999 * 86_400_000), 'UTC')).toBe('2164-04-09T00:00:00Z');
  });
});

describe('the range of publication years', () => {
  test.each([
    ['0000', false],
    ['0001', false],
    ['0202', false],
    ['0999', false],
    ['1000', true],
    ['1605', true],
    ['2022', true],
    ['9999', true],
    [10000, false],
    [2022.5, false],
  ])('year %s is an article’s: %s', (year, ok) => {
    expect(yearProblem(year) === undefined).toBe(ok);
  });
  test('the problem names the year, the range and what is usually meant', () => {
    expect(yearProblem('0000')).toBe(
      `the year 0000 is outside ${YEARS.first}–${YEARS.last}: a publication date needs a four-digit year not starting with 0 (year 0000 does not exist; 0202 is usually a mistyped 2020)`,
    );
  });
  test.each(['0000-01-01', '0999-12-31T23:00:00Z', '0001-01-01 00:00:00+00:00'])(
    'readPublicationDate refuses %s with that problem',
    (text) => {
      expect(readPublicationDate(text, 'UTC')).toEqual({ problem: yearProblem(text.slice(0, 4)) });
    },
  );
  // [written, site zone, filed year or undefined when refused]: the day an article is filed under
  // is in the site's zone, and its year must be in range too (/YYYY/ addresses, <time datetime>).
  test.each([
    ['1000-01-01T00:30:00+01:00', 'UTC', undefined],
    ['1000-01-01T00:30:00+01:00', 'Asia/Tokyo', 1000],
    ['9999-12-31T23:00:00-05:00', 'UTC', undefined],
    ['9999-12-31T23:00:00-05:00', 'America/New_York', 9999],
    ['9999-12-31T12:00:00Z', 'Pacific/Kiritimati', undefined],
    ['2022-09-09T20:00:00-04:00', 'UTC', 2022],
  ])('%s in %s is filed in year %s', (text, zone, year) => {
    const reading = readPublicationDate(text, zone);
    if (year === undefined) expect('problem' in reading && reading.problem).toMatch(/is outside 1000–9999.*in the site's time zone/);
    else
      expect('instant' in reading && Temporal.Instant.fromEpochMilliseconds(reading.instant.getTime()).toZonedDateTimeISO(zone).year).toBe(
        year,
      );
  });
  test('text that is no date at all keeps its own problem, whatever its first digits', () => {
    expect(readPublicationDate('0000-1-1', 'UTC')).toEqual({ problem: 'not an ISO date or date-time' });
  });
});
