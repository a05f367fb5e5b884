import { describe, expect, test } from 'vitest';
import { DEFAULT_TIME_ZONE, siteTimeZone } from '../../../src/content/time-zone.ts';

describe('siteTimeZone', () => {
  test.each([
    [undefined, DEFAULT_TIME_ZONE],
    ['', DEFAULT_TIME_ZONE],
    ['   ', DEFAULT_TIME_ZONE],
    ['UTC', 'UTC'],
    ['utc', 'utc'],
    ['Europe/Paris', 'Europe/Paris'],
    [' America/New_York ', 'America/New_York'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
  ])('%j is the zone %s', (value, zone) => {
    expect(siteTimeZone(value)).toBe(zone);
  });
  test.each(['Mars/Olympus', 'Europe/Pariss', 'GMT+25', 'not a zone'])('%s is refused, naming TIME_ZONE and the fix', (value) => {
    expect(() => siteTimeZone(value)).toThrow(
      new RegExp(`^TIME_ZONE "${value.replace(/[+]/g, '\\+')}" is not an IANA time zone: set it to a zone name such as Europe/London`),
    );
  });
});
