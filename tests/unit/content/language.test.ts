import { describe, expect, test } from 'vitest';
import { textDirection } from '../../../src/content/language.ts';

describe('textDirection', () => {
  test.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['ps', 'rtl'],
    ['yi', 'rtl'],
    ['dv', 'rtl'],
    ['az-Arab', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['zh-Hans', 'ltr'],
    ['ja', 'ltr'],
    ['ru', 'ltr'],
    ['AR', 'rtl'],
  ])('%s runs %s', (lang, direction) => {
    expect(textDirection(lang)).toBe(direction);
  });
});
