import { describe, expect, test } from 'vitest';
import { createPaths } from '../../src/lib/paths.ts';
import { normaliseBase } from '../../src/lib/base.ts';

const day = { year: '2022', month: '09', day: '10' };

describe('createPaths', () => {
  test('builds permalinks at the site root', () => {
    const paths = createPaths({ base: '/', siteUrl: 'https://news.example' });
    expect(paths.article(day, 'china-says-un')).toBe('/2022/09/10/china-says-un/');
    expect(paths.home()).toBe('/');
    expect(paths.entity('people', 'michelle-bachelet')).toBe('/people/michelle-bachelet/');
    expect(paths.entity('people', 'michelle-bachelet', 2)).toBe('/people/michelle-bachelet/2/');
  });

  test('prefixes every path with a sub-path base', () => {
    const paths = createPaths({ base: '/archive/', siteUrl: 'https://news.example' });
    expect(paths.article(day, 'china-says-un')).toBe('/archive/2022/09/10/china-says-un/');
    expect(paths.home()).toBe('/archive/');
    expect(paths.search('crimes against humanity')).toBe('/archive/search/?q=crimes%20against%20humanity');
    expect(paths.withBase('/favicon.svg')).toBe('/archive/favicon.svg');
  });

  test('makes absolute URLs under the site URL and base', () => {
    const paths = createPaths({ base: 'archive', siteUrl: 'https://news.example/' });
    expect(paths.absolute(paths.article(day, 'x'))).toBe('https://news.example/archive/2022/09/10/x/');
  });

  test('percent-encodes slugs in non-Latin scripts', () => {
    const paths = createPaths({ base: '/', siteUrl: 'https://news.example' });
    expect(paths.entity('people', '王毅')).toBe('/people/%E7%8E%8B%E6%AF%85/');
  });
});

describe('normaliseBase', () => {
  test('accepts a base with or without slashes', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('archive')).toBe('/archive/');
    expect(normaliseBase('/news/archive')).toBe('/news/archive/');
  });
});
