import { describe, expect, test } from 'vitest';
import {
  calendarParts,
  formatLongDate,
  formatMonthName,
  formatTimeOfDay,
  instantInZone,
  isoInZone,
  parsePublicationDate,
  rfc822,
  startOfDayInZone,
} from '../../../src/content/dates.ts';

describe('calendarParts', () => {
  test('places an instant on the calendar day of the given time zone', () => {
    const lateOnTheThirtyFirst = new Date('2022-08-31T23:30:00Z');
    expect(calendarParts(lateOnTheThirtyFirst, 'UTC')).toEqual({ year: '2022', month: '08', day: '31' });
    expect(calendarParts(lateOnTheThirtyFirst, 'Asia/Shanghai')).toEqual({ year: '2022', month: '09', day: '01' });
    expect(calendarParts(new Date('2022-01-01T03:00:00Z'), 'America/New_York')).toEqual({ year: '2021', month: '12', day: '31' });
  });
});

describe('parsePublicationDate', () => {
  test('reads a bare date as the start of that day in the site time zone', () => {
    expect(parsePublicationDate('2022-09-10', 'UTC')?.toISOString()).toBe('2022-09-10T00:00:00.000Z');
    expect(parsePublicationDate('2022-09-10', 'Europe/London')?.toISOString()).toBe('2022-09-09T23:00:00.000Z');
    expect(parsePublicationDate('2022-09-10', 'Asia/Shanghai')?.toISOString()).toBe('2022-09-09T16:00:00.000Z');
  });

  test('treats the Date YAML makes of a bare date like the string', () => {
    const yamlDate = new Date('2022-09-10T00:00:00Z');
    expect(parsePublicationDate(yamlDate, 'Asia/Shanghai')?.toISOString()).toBe('2022-09-09T16:00:00.000Z');
  });

  test('keeps a date-time with an explicit zone as that instant', () => {
    expect(parsePublicationDate('2022-09-10T14:30:00+08:00', 'UTC')?.toISOString()).toBe('2022-09-10T06:30:00.000Z');
    expect(parsePublicationDate('2022-09-10T14:30Z', 'Asia/Shanghai')?.toISOString()).toBe('2022-09-10T14:30:00.000Z');
  });

  test('rejects impossible dates and date-times without a zone', () => {
    expect(parsePublicationDate('2022-02-30', 'UTC')).toBeNull();
    expect(parsePublicationDate('2022-13-01', 'UTC')).toBeNull();
    expect(parsePublicationDate('2022-09-10T14:30:00', 'UTC')).toBeNull();
    expect(parsePublicationDate('10 September 2022', 'UTC')).toBeNull();
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

  test('shows a time of day only when the article has one', () => {
    expect(formatTimeOfDay(new Date('2022-09-10T00:00:00Z'), 'UTC', 'en-GB')).toBe('');
    expect(formatTimeOfDay(new Date('2022-09-10T14:30:00Z'), 'UTC', 'en-GB')).toBe('14:30 UTC');
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
