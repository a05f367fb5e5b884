import { describe, expect, test } from 'vitest';
import { formatNumber, plural } from '../../../src/i18n/format.ts';

const articles = { one: '{count} article', other: '{count} articles' };
// Russian has one/few/many/other; Arabic adds zero and two.
const russian = { one: '{count} статья', few: '{count} статьи', many: '{count} статей', other: '{count} статьи' };
const arabic = { zero: 'لا مقالات', one: 'مقال واحد', two: 'مقالان', few: '{count} مقالات', many: '{count} مقالًا', other: '{count} مقال' };

describe('plural', () => {
  test.each([
    [0, 'en', articles, '0 articles'],
    [1, 'en', articles, '1 article'],
    [2, 'en', articles, '2 articles'],
    [1234, 'en', articles, '1,234 articles'],
    [1, 'ru', russian, '1 статья'],
    [3, 'ru', russian, '3 статьи'],
    [5, 'ru', russian, '5 статей'],
    [21, 'ru', russian, '21 статья'],
    [0, 'ar', arabic, 'لا مقالات'],
    [2, 'ar', arabic, 'مقالان'],
    [3, 'ar', arabic, '3 مقالات'],
  ] as const)('%i in %s picks its CLDR form', (count, locale, forms, expected) => {
    expect(plural(count, forms, locale)).toBe(expected);
  });

  test('falls back to the other form when a category has no phrase', () => {
    expect(plural(3, { one: 'one', other: '{count} things' }, 'ru')).toBe('3 things');
  });
});

describe('formatNumber', () => {
  test.each([
    [12345, 'en', '12,345'],
    [12345, 'de', '12.345'],
    [12345, 'fr', '12\u202f345'],
    [7, 'zh-Hans', '7'],
  ] as const)('%i in %s is %s', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });
});
