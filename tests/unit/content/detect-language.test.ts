import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectLanguage, languageMismatch, primaryLanguage, sameLanguage } from '../../../src/content/detect-language.ts';

const shortNews = JSON.parse(readFileSync('tests/fixtures/language/short-news.json', 'utf8')) as [string, string][];

describe('detectLanguage', () => {
  test('names the language of at least 46 of the 47 short news texts', () => {
    const wrong = shortNews.filter(([lang, text]) => detectLanguage(text) !== lang).map(([lang, text]) => `${lang}: ${text}`);
    expect(wrong.length).toBeLessThanOrEqual(1);
  });

  test.each([
    ['RTA تفتتح خط حافلات ليلي جديد', 'ar'],
    ['北京市交通局宣布，新能源公交车将开通夜间线路。', 'zh'],
    ['IEC: הרכבת הקלה בחיפה תפעל גם בלילה', 'he'],
  ])('reads %j as %s even with a Latin acronym first', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test.each(['', 'BBC', '2022', 'Reuters AP'])('makes no guess on %j, too short to say', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });
});

describe('languageMismatch', () => {
  test.each([
    ['en', '北京市交通局宣布，新能源公交车将开通夜间线路。', 'zh'],
    ['en', 'أعلنت هيئة النقل افتتاح خط حافلات ليلي جديد يعمل حتى الساعة الثانية صباحاً.', 'ar'],
    ['fr', 'The central bank raised interest rates by half a point on Tuesday.', 'en'],
  ])('warns when a text declared %s reads as another language', (declared, text, detected) => {
    expect(languageMismatch(declared, text)).toMatch(new RegExp(`reads as ${detected}, not ${declared}`));
  });

  test.each([
    ['zh-Hans', '北京市交通局宣布，新能源公交车将开通夜间线路。'],
    ['en-GB', 'The central bank raised interest rates by half a point on Tuesday.'],
    ['iw', 'הבנק המרכזי העלה את הריבית בחצי נקודת אחוז'],
    ['id', 'Bank sentral menaikkan suku bunga setengah poin persentase'],
    ['en', 'Xinjiang'],
  ])('says nothing when a text declared %s matches or is too short to tell', (declared, text) => {
    expect(languageMismatch(declared, text)).toBeUndefined();
  });
});

describe('languageMismatch reads the opening of a long text', () => {
  const english = 'The central bank raised interest rates by half a point on Tuesday. ';
  const chinese = '北京市交通局宣布，新能源公交车将开通夜间线路。';
  test.each([
    ['a long Chinese text declared en', 'en', chinese.repeat(200), 'zh'],
    ['a long English text declared fr', 'fr', english.repeat(100), 'en'],
    ['an English opening followed by a long Chinese quotation, declared en', 'en', english.repeat(20) + chinese.repeat(200), undefined],
    ['a long English text declared en', 'en', english.repeat(100), undefined],
  ])('%s', (_case, declared, text, detected) => {
    const warning = languageMismatch(declared, text);
    if (detected) expect(warning).toMatch(`reads as ${detected}`);
    else expect(warning).toBeUndefined();
  });
});

describe('language tags', () => {
  test.each([
    ['zh-Hans', 'zh'],
    ['EN_gb', 'en'],
    ['iw', 'he'],
  ])('takes the primary language of %s: %s', (tag, primary) => {
    expect(primaryLanguage(tag)).toBe(primary);
  });

  test.each([
    ['ms', 'id', true],
    ['nb', 'no', true],
    ['en', 'fr', false],
  ])('treats %s and %s as the same language: %s', (a, b, same) => {
    expect(sameLanguage(a, b)).toBe(same);
  });
});
