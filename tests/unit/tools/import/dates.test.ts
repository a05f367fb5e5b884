import { describe, expect, test } from 'vitest';
import { dateOption, normaliseDate } from '../../../../tools/import/dates.ts';
import { parsePublicationDate } from '../../../../src/content/dates.ts';

// [as written on a page, site time zone, frontmatter value, the day it falls on in that zone]
const CASES: Array<[string, string, string, string]> = [
  ['2015-07-10 09:53:00 -0400', 'UTC', '2015-07-10T09:53:00-04:00', '2015-07-10'],
  ['2015-07-10T23:30:00-07:00', 'America/Los_Angeles', '2015-07-10T23:30:00-07:00', '2015-07-10'],
  ['Fri, 10 Jul 2015 13:53:00 GMT', 'UTC', '2015-07-10T13:53:00Z', '2015-07-10'],
  ['Fri, 10 Jul 2015 23:53:00 +0200', 'Europe/Berlin', '2015-07-10T23:53:00+02:00', '2015-07-10'],
  ['July 10, 2015', 'Asia/Tokyo', '2015-07-10', '2015-07-10'],
  ['10 July 2015', 'America/New_York', '2015-07-10', '2015-07-10'],
  ['10 July 2015 at 9:53 a.m. EDT', 'UTC', '2015-07-10T09:53:00-04:00', '2015-07-10'],
  ['Jul 10 2015 09:53 +0200', 'UTC', '2015-07-10T09:53:00+02:00', '2015-07-10'],
  ['2015/07/10', 'UTC', '2015-07-10', '2015-07-10'],
  ['July 10, 2015 11:30 PM', 'America/Chicago', '2015-07-10T23:30:00-05:00', '2015-07-10'],
  ['2015-07-10T09:53:00.000Z', 'UTC', '2015-07-10T09:53:00.000Z', '2015-07-10'],
  ['2015-07-10', 'Pacific/Auckland', '2015-07-10', '2015-07-10'],
  ['25/12/2019', 'UTC', '2019-12-25', '2019-12-25'],
];

describe('normaliseDate: dates in any common format, never off by a day', () => {
  test.each(CASES)('%s (site zone %s) → %s', (text, zone, expected, day) => {
    const value = normaliseDate(text, zone);
    expect(value).toBe(expected);
    // The frontmatter value must read back, through the site's own reader, on the same day where it was written.
    const instant = parsePublicationDate(value ?? '', zone);
    expect(instant).not.toBeNull();
    const offset = /([+-]\d\d):(\d\d)$/.exec(value ?? '');
    const shift = offset ? (Number(offset[1]) * 60 + Math.sign(Number(offset[1]) || 1) * Number(offset[2])) * 60_000 : 0;
    const local = value && value.length > 10 && offset ? new Date((instant as Date).getTime() + shift) : undefined;
    const written = local ? local.toISOString().slice(0, 10) : (value ?? '').slice(0, 10);
    expect(written).toBe(day);
  });
});

describe('dateOption', () => {
  test.each([
    ['2022-09-10', '2022-09-10'],
    ['2024-02-29', '2024-02-29'],
    ['2022-09-10T14:30:00+01:00', '2022-09-10T14:30:00+01:00'],
    ['10 September 2022', '2022-09-10'],
  ])('--date %s is %s', (value, expected) => {
    expect(dateOption(value, 'UTC')).toBe(expected);
  });
  test.each(['2024-13-45', '2023-02-29', '2022-09-10T25:00:00Z', '10/09/2022', 'yesterday', ''])(
    '--date "%s" is refused, naming the option and the format',
    (value) => {
      expect(() => dateOption(value, 'UTC')).toThrow(`--date "${value}" is not a real day: write it as YYYY-MM-DD`);
    },
  );
});

describe('years outside 1000–9999', () => {
  test.each(['0000-01-01', '0001-01-01', '0999-12-31', '0202-03-04', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '0100-01-01T10:00'])(
    '--date %s is refused, naming the option, the year and the format',
    (value) => {
      expect(() => dateOption(value, 'UTC')).toThrow(
        new RegExp(`^--date "${value}": the year ${value.slice(0, 4)} is outside 1000–9999: .*; write it as YYYY-MM-DD`),
      );
    },
  );
  // A CMS writes "no date" as a zero date; the next source of the page must then be used.
  test.each(['0000-01-01', '0001-01-01T00:00:00Z', '0001-01-01T00:00:00+00:00', '0999-12-31 10:00'])('a page’s %s is no date', (value) => {
    expect(normaliseDate(value, 'UTC')).toBeUndefined();
  });
  test.each([
    ['1000-01-01', '1000-01-01'],
    ['9999-12-31', '9999-12-31'],
    ['July 4, 1776', '1776-07-04'],
  ])('--date %s at the edges of the range is %s', (value, expected) => {
    expect(dateOption(value, 'UTC')).toBe(expected);
  });
});

describe('dates written without zero padding', () => {
  // Read as dates inside inputs are: the importer says what it read (scripts/import.ts), never guesses a day.
  test.each([
    ['2024-2-3', '2024-02-03'],
    ['2024-02-3', '2024-02-03'],
    ['2024-2-03', '2024-02-03'],
    ['2024/2/3', '2024-02-03'],
    ['2024-2-3 10:00', '2024-02-03T10:00:00Z'],
  ])('%s is read as %s, by the option and in an input alike', (value, expected) => {
    expect(dateOption(value, 'UTC')).toBe(expected);
    expect(normaliseDate(value, 'UTC')).toBe(expected);
  });
  test.each(['2024-2-30', '2023-2-29', '2024-13-1'])('%s is refused as no real day', (value) => {
    expect(() => dateOption(value, 'UTC')).toThrow(`--date "${value}" is not a real day: write it as YYYY-MM-DD`);
  });
});

describe('dateOption: a date-time with its zone named in brackets (RFC 9557)', () => {
  test.each([
    ['2024-02-03T10:00:00[Europe/Paris]', '2024-02-03T10:00:00+01:00'],
    ['2024-07-03T10:00[America/New_York]', '2024-07-03T10:00:00-04:00'],
    ['2024-02-03T10:00:00+01:00[Europe/Paris]', '2024-02-03T10:00:00+01:00'],
    ['2024-02-03[Asia/Tokyo]', '2024-02-03T00:00:00+09:00'],
  ])('%s is read in that zone, whatever the site’s: %s', (value, expected) => {
    expect(dateOption(value, 'UTC')).toBe(expected);
    expect(dateOption(value, 'America/Los_Angeles')).toBe(expected);
  });
  test.each(['2024-02-03T10:00:00[Mars/Olympus]', '2024-02-03T10:00:00+05:00[Europe/Paris]'])('%s is refused', (value) => {
    expect(() => dateOption(value, 'UTC')).toThrow(/is not a real day/);
  });
});
