import { beforeAll, describe, expect, test } from 'vitest';
import { articleFeedItem, changeFeedItem, rssXml } from '../../../src/outputs/feeds.ts';
import { expectWellFormedText, HOSTILE } from './xml-support.ts';

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

describe('rssXml', () => {
  let xml = '';
  beforeAll(async () => {
    xml = await rssXml({
      title: 'News & more',
      link: 'https://news.example/archive/',
      selfUrl: 'https://news.example/archive/rss.xml',
      description: 'Latest',
      language: 'en',
      items: [articleFeedItem(article, absolute), { ...articleFeedItem(article, absolute), date: new Date('2023-03-14T00:00:00Z') }],
    });
  });

  test('is a well-formed RSS 2.0 document with a self link', () => {
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<rss version="2\.0"/);
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

describe('changeFeedItem', () => {
  test('announces a correction under its own link and date, with its text', () => {
    const item = changeFeedItem(
      article,
      { date: new Date('2023-03-16T00:00:00Z'), anchor: 'correction-1' },
      { label: 'Correction', text: 'The date was wrong.' },
      absolute,
    );
    expect(item).toMatchObject({
      title: `Correction: ${HOSTILE}`,
      url: 'https://news.example/archive/2023/03/15/zurich-talks-stall/#correction-1',
      description: 'The date was wrong.',
      authors: ['Example Wire'],
    });
    expect(item.date.toISOString()).toBe('2023-03-16T00:00:00.000Z');
  });
});
