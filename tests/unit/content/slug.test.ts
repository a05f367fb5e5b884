import { describe, expect, test } from 'vitest';
import { fileSlug, fitSlug, MAX_SEGMENT_BYTES, slugify, slugMap, utf8Length, withoutWordHints } from '../../../src/content/slug.ts';

describe('slugify', () => {
  test('lowercases and hyphenates Latin names', () => {
    expect(slugify('Michelle Bachelet')).toBe('michelle-bachelet');
    expect(slugify('UN Human Rights Office')).toBe('un-human-rights-office');
    expect(slugify('  Trade & Industry  ')).toBe('trade-and-industry');
  });

  test('folds accents and special Latin letters', () => {
    expect(slugify('José Martínez')).toBe('jose-martinez');
    expect(slugify('São Paulo')).toBe('sao-paulo');
    expect(slugify('Łódź')).toBe('lodz');
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('Médecins Sans Frontières')).toBe('medecins-sans-frontieres');
  });

  test('transliterates Cyrillic and Greek', () => {
    expect(slugify('Сергей Лавров')).toBe('sergey-lavrov');
    expect(slugify('Киев')).toBe('kiev');
    expect(slugify('Αθήνα')).toBe('athina');
  });

  test('keeps Chinese and other scripts readable rather than dropping them', () => {
    expect(slugify('王毅')).toBe('王毅');
    expect(slugify('新疆 Xinjiang')).toBe('新疆-xinjiang');
    expect(slugify('القاهرة')).not.toBe('');
  });

  // Marks that are part of a letter stay; only Latin, Greek and Cyrillic accents are folded.
  test.each([
    ['हिन्दी समाचार दिल्ली में बारिश', 'हिन्दी-समाचार-दिल्ली-में-बारिश'],
    ['ข่าวกรุงเทพฯ ฝนตกหนัก', 'ข่าวกรุงเทพฯ-ฝนตกหนัก'],
    ['がぎぐげご パピプペポ ガイド', 'がぎぐげご-パピプペポ-ガイド'],
    ['東京で桜が満開', '東京で桜が満開'],
    ['বাংলাদেশ নির্বাচন', 'বাংলাদেশ-নির্বাচন'],
    ['தமிழ் செய்தி', 'தமிழ்-செய்தி'],
    ['서울 뉴스', '서울-뉴스'],
    ['Hà Nội', 'ha-noi'],
    ['Čeština Ångström', 'cestina-angstrom'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slugify(name)).toBe(slugify(name).normalize('NFC'));
  });

  test('drops apostrophes inside words instead of splitting them', () => {
    expect(slugify('China’s envoy')).toBe('chinas-envoy');
    expect(slugify("People's Daily")).toBe('peoples-daily');
  });

  test.each([
    ['a soft hyphen', 'Vladi\u00admir Putin'],
    ['a zero-width space', 'Vladi\u200bmir Putin'],
    ['a word joiner', 'Vladi\u2060mir Putin'],
    ['U+FEFF', '\ufeffVladimir Putin\ufeff'],
  ])('ignores %s, a hint that does not change the word', (_what, name) => {
    expect(slugify(name)).toBe('vladimir-putin');
  });
  test('keeps the zero-width joiners, which change how a word is written', () => {
    expect(withoutWordHints('می\u200cخواهم \u0915\u094d\u200d\u0937')).toBe('می\u200cخواهم \u0915\u094d\u200d\u0937');
  });

  test('never returns an empty slug', () => {
    expect(slugify('???')).toMatch(/^n-[0-9a-z]+$/);
    expect(slugify('!!!')).not.toBe(slugify('???'));
  });
});

describe('slugMap', () => {
  test('reports two different names that would share a slug', () => {
    const { collisions } = slugMap(['Sao Paulo', 'São Paulo', 'Geneva']);
    expect(collisions).toEqual([{ slug: 'sao-paulo', names: ['Sao Paulo', 'São Paulo'] }]);
  });

  test('treats a name repeated with different case as the same name', () => {
    expect(slugMap(['Geneva', 'geneva']).collisions).toEqual([]);
  });
});

describe('fileSlug', () => {
  test.each([
    ['2022/09/china-says-un.md', 'china-says-un'],
    ['2022/09/Harbour-Strike-Ends.md', 'harbour-strike-ends'],
    ['2022\\09\\ZÜRICH-Vote.markdown', 'zürich-vote'],
    ['2022/09/ΑΘΗΝΑ.md', 'αθηνα'],
  ])('takes the file name of %s without folders or extension, in lower case: %s', (file, slug) => {
    expect(fileSlug(file)).toBe(slug);
  });

  test('shortens a file name that would not fit a path segment once lower-cased', () => {
    const slug = fileSlug(`${'İ'.repeat(120)}.md`);
    expect(utf8Length(slug)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
  });
});

describe('fitSlug', () => {
  const long = (word: string, count: number) => Array.from({ length: count }, () => word).join('-');
  // [slug, byte limit, expected]
  test.each([
    ['short-slug', 255, 'short-slug'],
    ['wasserknappheit-in-der-region', 20, 'wasserknappheit-in'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghij'],
    ['北京交通局发布新能源公交车夜间线路', 10, '北京交'],
    ['كهرباء-المياه-في-المنطقة', 30, 'كهرباء-المياه'],
    ['👩‍👩‍👧-news', 10, ''],
    ['cafe\u0301-de-paris', 5, 'caf'],
  ])('cuts %j to %d bytes as %j, never inside a character', (slug, bytes, expected) => {
    const cut = fitSlug(slug, bytes);
    expect(cut).toBe(expected);
    expect(utf8Length(cut)).toBeLessThanOrEqual(bytes);
    expect(cut).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  test.each([
    ['Latin', long('reservoir', 60)],
    ['Chinese', '交通局'.repeat(200)],
    ['Arabic', long('المياه', 80)],
    ['emoji', '🌊'.repeat(100)],
  ])('fits a long %s slug into 255 bytes', (_script, slug) => {
    const cut = fitSlug(slug);
    expect(utf8Length(cut)).toBeLessThanOrEqual(255);
    expect(utf8Length(cut)).toBeGreaterThan(200);
    expect(slug.startsWith(cut)).toBe(true);
  });
});
