/**
 * Publication dates end to end: a fixture archive with every way an author writes a date, built
 * in two site zones; each article's permalink day, `<time datetime>` and its text, JSON-LD, RSS and
 * the news sitemap, and the day, month and year pages that list it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { $, $$, parseHtml, text } from '../support/html.ts';
import { type BuildResult, buildSite } from '../support/site.ts';

// [file slug, frontmatter as written (see tests/fixtures/dates), day, datetime, shown, RSS pubDate]
type Row = [string, string, string, string, string, string];

const newYork: Row[] = [
  ['bare-date', '2022-09-09', '2022/09/09', '2022-09-09T00:00:00-04:00', 'September 9, 2022', 'Fri, 09 Sep 2022 04:00:00 GMT'],
  ['quoted-bare-date', "'2022-09-10'", '2022/09/10', '2022-09-10T00:00:00-04:00', 'September 10, 2022', 'Sat, 10 Sep 2022 04:00:00 GMT'],
  [
    'utc-z',
    '2022-09-10T00:00:00Z',
    '2022/09/09',
    '2022-09-09T20:00:00-04:00',
    'September 9, 2022, 8:00 PM EDT',
    'Sat, 10 Sep 2022 00:00:00 GMT',
  ],
  [
    'negative-offset',
    '2022-09-09T20:00:00-04:00',
    '2022/09/09',
    '2022-09-09T20:00:00-04:00',
    'September 9, 2022, 8:00 PM EDT',
    'Sat, 10 Sep 2022 00:00:00 GMT',
  ],
  [
    'positive-offset',
    '2022-09-10T08:30:00+08:00',
    '2022/09/09',
    '2022-09-09T20:30:00-04:00',
    'September 9, 2022, 8:30 PM EDT',
    'Sat, 10 Sep 2022 00:30:00 GMT',
  ],
  [
    'fractional-seconds',
    '2022-09-10T12:00:00.250+02:00',
    '2022/09/10',
    '2022-09-10T06:00:00.25-04:00',
    'September 10, 2022, 6:00 AM EDT',
    'Sat, 10 Sep 2022 10:00:00 GMT',
  ],
  [
    'quoted-offset',
    '"2022-09-10T23:30:00+05:30"',
    '2022/09/10',
    '2022-09-10T14:00:00-04:00',
    'September 10, 2022, 2:00 PM EDT',
    'Sat, 10 Sep 2022 18:00:00 GMT',
  ],
  [
    'utc-midnight-from-india',
    '2022-09-10T05:30:00+05:30',
    '2022/09/09',
    '2022-09-09T20:00:00-04:00',
    'September 9, 2022, 8:00 PM EDT',
    'Sat, 10 Sep 2022 00:00:00 GMT',
  ],
];

// The same files in UTC: instants on UTC midnight start their day there, so they show no time.
const utc: Row[] = [
  ['bare-date', '2022-09-09', '2022/09/09', '2022-09-09T00:00:00Z', 'September 9, 2022', 'Fri, 09 Sep 2022 00:00:00 GMT'],
  ['quoted-bare-date', "'2022-09-10'", '2022/09/10', '2022-09-10T00:00:00Z', 'September 10, 2022', 'Sat, 10 Sep 2022 00:00:00 GMT'],
  ['utc-z', '2022-09-10T00:00:00Z', '2022/09/10', '2022-09-10T00:00:00Z', 'September 10, 2022', 'Sat, 10 Sep 2022 00:00:00 GMT'],
  [
    'negative-offset',
    '2022-09-09T20:00:00-04:00',
    '2022/09/10',
    '2022-09-10T00:00:00Z',
    'September 10, 2022',
    'Sat, 10 Sep 2022 00:00:00 GMT',
  ],
  [
    'positive-offset',
    '2022-09-10T08:30:00+08:00',
    '2022/09/10',
    '2022-09-10T00:30:00Z',
    'September 10, 2022, 12:30 AM UTC',
    'Sat, 10 Sep 2022 00:30:00 GMT',
  ],
  [
    'fractional-seconds',
    '2022-09-10T12:00:00.250+02:00',
    '2022/09/10',
    '2022-09-10T10:00:00.25Z',
    'September 10, 2022, 10:00 AM UTC',
    'Sat, 10 Sep 2022 10:00:00 GMT',
  ],
  [
    'quoted-offset',
    '"2022-09-10T23:30:00+05:30"',
    '2022/09/10',
    '2022-09-10T18:00:00Z',
    'September 10, 2022, 6:00 PM UTC',
    'Sat, 10 Sep 2022 18:00:00 GMT',
  ],
  [
    'utc-midnight-from-india',
    '2022-09-10T05:30:00+05:30',
    '2022/09/10',
    '2022-09-10T00:00:00Z',
    'September 10, 2022',
    'Sat, 10 Sep 2022 00:00:00 GMT',
  ],
];

const builds = { 'America/New_York': newYork, UTC: utc };
const results = new Map<string, BuildResult>();

beforeAll(async () => {
  for (const zone of Object.keys(builds)) {
    const name = `dates-${zone.replace('/', '-').toLowerCase()}`;
    const result = await buildSite({ name, contentDir: 'tests/fixtures/dates', env: { TIME_ZONE: zone } });
    if (result.code !== 0) throw new Error(`Building ${name} failed:\n${result.output}`);
    results.set(zone, result);
  }
});

const read = (zone: string, file: string) => readFile(join(results.get(zone)!.outDir, file), 'utf8');

describe.each(Object.entries(builds))('an archive built with TIME_ZONE=%s', (zone, rows) => {
  test('the fixture files say what the table says', async () => {
    for (const [slug, written] of rows) {
      const source = await readFile(`tests/fixtures/dates/2022/09/${slug}.md`, 'utf8');
      expect(source).toContain(`\ndate: ${written}\n`);
    }
  });

  test.each(rows)(
    'files %s (date: %s) under /%s/, <time datetime="%s"> "%s", RSS %s',
    async (slug, _written, day, datetime, shown, pubDate) => {
      const url = `/${day}/${slug}/`;
      const page = parseHtml(await read(zone, `${url}index.html`));
      const time = $(page, '.article time');
      expect(time?.properties.dateTime).toBe(datetime);
      expect(text(time)).toBe(shown);
      expect($(page, 'meta[property="article:published_time"]')?.properties.content).toBe(datetime);
      const jsonLd = JSON.parse(text($(page, 'script[type="application/ld+json"]'))) as Record<string, unknown>;
      expect(jsonLd.datePublished).toBe(datetime);
      expect(jsonLd.dateModified).toBe(datetime);

      const rss = await read(zone, 'rss.xml');
      expect(rss).toContain(
        `<link>https://news.example${url}</link><guid isPermaLink="true">https://news.example${url}</guid><pubDate>${pubDate}</pubDate>`,
      );
      const sitemap = await read(zone, 'sitemap-news.xml');
      expect(sitemap).toMatch(
        new RegExp(
          `<loc>https://news.example${url}</loc>.*?<news:publication_date>${datetime.replace('+', '\\+')}</news:publication_date>`,
        ),
      );

      const [year, month] = day.split('/');
      const links = async (file: string) => $$(parseHtml(await read(zone, file)), 'a').map((a) => String(a.properties.href));
      expect(await links(`${day}/index.html`)).toContain(url);
      expect(await links(`${year}/${month}/index.html`)).toContain(url);
      expect(await links(`${year}/${month}/index.html`)).toContain(`/${day}/`);
      expect(await links(`${year}/index.html`)).toContain(`/${year}/${month}/`);
    },
  );

  test('lists each day with exactly its articles', async () => {
    const days = new Map<string, string[]>();
    for (const [slug, , day] of rows) days.set(day, [...(days.get(day) ?? []), `/${day}/${slug}/`]);
    for (const [day, urls] of days) {
      const listed = $$(parseHtml(await read(zone, `${day}/index.html`)), 'main a')
        .map((a) => String(a.properties.href))
        .filter((href) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(href));
      expect(new Set(listed)).toEqual(new Set(urls));
    }
  });
});

/**
 * The byline of articles with no authors and no source: an article with a dateline shows it alone,
 * with no separator before it; one without has no "who" line at all, not an empty one.
 */
describe('the byline of an article without authors or source', () => {
  test.each([
    ['positive-offset', 'the dateline alone', 'Shanghai'],
    ['bare-date', 'none', null],
    ['utc-z', 'none', null],
  ])('%s: who line %s', async (slug, _description, who) => {
    const day = utc.find(([file]) => file === slug)![2];
    const page = parseHtml(await read('UTC', `${day}/${slug}/index.html`));
    const line = $(page, '.byline__who');
    if (who === null) expect(line).toBeUndefined();
    else {
      expect(text(line)).toBe(who);
      expect($$(line!, '[aria-hidden="true"]')).toEqual([]);
    }
    expect($$(page, '.byline p').every((paragraph) => text(paragraph).trim() !== '')).toBe(true);
  });
});
