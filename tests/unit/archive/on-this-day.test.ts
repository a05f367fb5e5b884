import { describe, expect, test } from 'vitest';
import { byMonthDay, inEarlierYears, MONTH_DAYS, monthDayOf } from '../../../src/archive/on-this-day.ts';

const at = (year: string, month: string, day: string) => ({ day: { year, month, day } });

describe('on this day', () => {
  test('covers all 366 month-days, 29 February included', () => {
    expect(MONTH_DAYS).toHaveLength(366);
    expect(MONTH_DAYS[0]).toBe('01-01');
    expect(MONTH_DAYS).toContain('02-29');
    expect(MONTH_DAYS.at(-1)).toBe('12-31');
  });

  test('collects articles of the same month-day across years, keeping their order', () => {
    const articles = [at('2024', '09', '10'), at('2023', '09', '11'), at('2022', '09', '10'), at('2020', '02', '29')];
    const lists = byMonthDay(articles);
    expect(lists.get('09-10')).toEqual([0, 2]);
    expect(lists.get('02-29')).toEqual([3]);
    expect(lists.get('01-01')).toEqual([]);
    expect(monthDayOf(articles[1]!.day)).toBe('09-11');
  });

  test('keeps only earlier years for the home page', () => {
    const articles = [at('2024', '09', '10'), at('2024', '09', '10'), at('2022', '09', '10')];
    expect(inEarlierYears([0, 1, 2], articles, '2024')).toEqual([2]);
  });
});
