import { describe, expect, test } from 'vitest';
import { createPaths } from '../../../src/content/paths.ts';
import { normaliseBase } from '../../../src/content/base.ts';

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

describe('browsing paths', () => {
  const paths = createPaths({ base: '/archive/', siteUrl: 'https://news.example' });

  test('pages date listings under page/n/ so a page number never reads as a day', () => {
    expect(paths.month('2022', '09')).toBe('/archive/2022/09/');
    expect(paths.month('2022', '09', 2)).toBe('/archive/2022/09/page/2/');
    expect(paths.day(day, 1)).toBe('/archive/2022/09/10/');
    expect(paths.day(day, 3)).toBe('/archive/2022/09/10/page/3/');
  });

  test('builds on-this-day, feed and sitemap paths under the base', () => {
    expect(paths.onThisDay()).toBe('/archive/on-this-day/');
    expect(paths.onThisDay('09-10', 2)).toBe('/archive/on-this-day/09-10/2/');
    expect(paths.entityFeed('topics', 'china')).toBe('/archive/topics/china/rss.xml');
    expect(paths.storylines('brexit')).toBe('/archive/storylines/brexit/');
    expect(paths.storylineFeed('brexit')).toBe('/archive/storylines/brexit/rss.xml');
    expect(paths.storylineFeed('الانتخابات')).toBe(
      '/archive/storylines/%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA/rss.xml',
    );
    expect(paths.correctionsFeed()).toBe('/archive/corrections/rss.xml');
    expect(paths.absolute(paths.newsSitemap())).toBe('https://news.example/archive/sitemap-news.xml');
    expect(paths.sitemapIndex()).toBe('/archive/sitemap-index.xml');
  });
});

describe('normaliseBase', () => {
  test('accepts a base with or without slashes', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('archive')).toBe('/archive/');
    expect(normaliseBase('/news/archive')).toBe('/news/archive/');
  });

  test('accepts GitHub Pages base_path values as the deploy workflow passes them', () => {
    // actions/configure-pages gives '' for a user site and '/repo' (no trailing slash) for a project site.
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/repo')).toBe('/repo/');
    expect(normaliseBase('/repo/')).toBe('/repo/');
    expect(normaliseBase('/repo//')).toBe('/repo/');
  });
});

describe('Paths.content', () => {
  const under = createPaths({ base: '/archive/', siteUrl: 'https://news.example' });
  const root = createPaths({ base: '/', siteUrl: 'https://news.example' });
  // [URL written in content, under /archive/, at the root]
  test.each([
    ['/images/lighthouse.jpg', '/archive/images/lighthouse.jpg', '/images/lighthouse.jpg'],
    ['/2022/09/10/story/#top', '/archive/2022/09/10/story/#top', '/2022/09/10/story/#top'],
    ['/search/?q=a:b', '/archive/search/?q=a:b', '/search/?q=a:b'],
    ['photo.jpg', 'photo.jpg', 'photo.jpg'],
    ['../other/', '../other/', '../other/'],
    ['?q=x', '?q=x', '?q=x'],
    ['#note', '#note', '#note'],
    ['//cdn.example.org/a.jpg', '//cdn.example.org/a.jpg', '//cdn.example.org/a.jpg'],
    ['/\\evil.example', '/\\evil.example', '/\\evil.example'],
    ['https://example.org/a.jpg', 'https://example.org/a.jpg', 'https://example.org/a.jpg'],
  ])('resolves %j to %j under /archive/ and %j at the root', (url, underBase, atRoot) => {
    expect(under.content(url)).toBe(underBase);
    expect(root.content(url)).toBe(atRoot);
  });
});
