import { describe, expect, test } from 'vitest';
import { articleFeedItem, escapeXml, latestWindow, newsLanguage, newsSitemapXml, robotsTxt, rssXml } from '../../../src/outputs/feeds.ts';

const HOSTILE = 'Ministers & envoys say “no deal” as talks <stall> in "Zürich" it\'s 🌍\u0007';
const absolute = (path: string) => new URL(path, 'https://news.example/').href;
const article = {
  url: '/archive/2023/03/15/zurich-talks-stall/',
  data: {
    title: HOSTILE,
    date: new Date('2023-03-15T02:30:00Z'),
    description: 'A <b>second</b> round',
    authors: [],
    source: 'Example Wire',
    section: 'Politics',
    topics: ['Trade'],
  },
};

/** Any `&` must start an entity and no raw `<` may sit inside text: the XML is well-formed. */
function expectWellFormedText(xml: string) {
  expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  for (const text of xml.split(/<[^<>]+>/)) expect(text).not.toMatch(/[<>]/);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
}

describe('escapeXml', () => {
  test('escapes markup characters and quotes, keeps emoji, drops characters XML forbids', () => {
    expect(escapeXml(HOSTILE)).toBe('Ministers &amp; envoys say “no deal” as talks &lt;stall&gt; in &quot;Zürich&quot; it&apos;s 🌍');
  });
});

describe('rssXml', () => {
  const xml = rssXml({
    title: 'News & more',
    link: 'https://news.example/archive/',
    selfUrl: 'https://news.example/archive/rss.xml',
    description: 'Latest',
    language: 'en',
    items: [articleFeedItem(article, absolute), { ...articleFeedItem(article, absolute), date: new Date('2023-03-14T00:00:00Z') }],
  });

  test('is a well-formed RSS 2.0 document with a self link', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain('<atom:link href="https://news.example/archive/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expectWellFormedText(xml);
  });

  test('gives each item an absolute permalink, RFC 822 date and full metadata', () => {
    expect(xml).toContain('<link>https://news.example/archive/2023/03/15/zurich-talks-stall/</link>');
    expect(xml).toContain('<guid isPermaLink="true">https://news.example/archive/2023/03/15/zurich-talks-stall/</guid>');
    expect(xml).toContain('<pubDate>Wed, 15 Mar 2023 02:30:00 GMT</pubDate>');
    expect(xml).toContain('<dc:creator>Example Wire</dc:creator><category>Politics</category><category>Trade</category>');
    expect(xml).toContain('<description>A &lt;b&gt;second&lt;/b&gt; round</description>');
  });

  test('dates the channel by its newest item, not the build clock', () => {
    expect(xml).toContain('<lastBuildDate>Wed, 15 Mar 2023 02:30:00 GMT</lastBuildDate>');
  });
});

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

describe('robotsTxt', () => {
  test('allows crawling and lists every sitemap', () => {
    expect(robotsTxt(['https://news.example/sitemap-index.xml', 'https://news.example/sitemap-news.xml'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap-index.xml\nSitemap: https://news.example/sitemap-news.xml\n',
    );
  });
});
