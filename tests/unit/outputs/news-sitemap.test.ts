import { describe, expect, test } from 'vitest';
import { latestWindow, newsLanguage, newsSitemapXml } from '../../../src/outputs/news-sitemap.ts';
import { expectWellFormedText, HOSTILE } from './xml-support.ts';

describe('Google News sitemap', () => {
  const day = 86_400_000;
  const newest = new Date('2023-03-15T12:00:00Z').getTime();
  const entries = [0, 1, 2, 3].map((n) => ({ date: new Date(newest - n * day + (n === 2 ? 1 : 0)) }));

  test('takes the articles of the two days before the newest', () => {
    expect(latestWindow(entries, 2)).toHaveLength(3);
    expect(latestWindow([], 2)).toEqual([]);
  });

  test('writes RFC 3339 dates in the site zone, escaped titles and Google’s language codes', () => {
    const xml = newsSitemapXml(
      [{ url: 'https://news.example/a/', title: HOSTILE, date: new Date('2023-03-15T02:30:00Z'), lang: 'zh-Hans' }],
      { publicationName: 'A & B', timeZone: 'Asia/Shanghai' },
    );
    expect(xml).toContain('<news:publication_date>2023-03-15T10:30:00+08:00</news:publication_date>');
    expect(xml).toContain('<news:name>A &amp; B</news:name><news:language>zh-cn</news:language>');
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expectWellFormedText(xml);
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('zh-Hant')).toBe('zh-tw');
  });
});
