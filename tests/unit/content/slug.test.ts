import { describe, expect, test } from 'vitest';
import { fileSlug, slugify, slugMap } from '../../../src/content/slug.ts';

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

  test('drops apostrophes inside words instead of splitting them', () => {
    expect(slugify('China’s envoy')).toBe('chinas-envoy');
    expect(slugify("People's Daily")).toBe('peoples-daily');
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
  test('takes the file name without folders or extension', () => {
    expect(fileSlug('2022/09/china-says-un.md')).toBe('china-says-un');
  });
});
