import { describe, expect, test } from 'vitest';
import { languageAttributes, textDirection } from '../../../src/content/language.ts';

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

describe('languageAttributes', () => {
  test.each([
    [undefined, 'en', { lang: 'en', dir: 'ltr' }],
    [undefined, 'ar', { lang: 'ar', dir: 'rtl' }],
    ['ar', 'en', { lang: 'ar', dir: 'rtl' }],
    ['he-IL', 'en', { lang: 'he-IL', dir: 'rtl' }],
    ['zh-Hans', 'ar', { lang: 'zh-Hans', dir: 'ltr' }],
    ['az-Arab', 'en', { lang: 'az-Arab', dir: 'rtl' }],
  ])('gives text in %s on a %s site the attributes %j', (lang, siteLang, attributes) => {
    expect(languageAttributes(lang, siteLang)).toEqual(attributes);
  });
});
