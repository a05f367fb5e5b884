import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../../tools/fs.ts';
import { generateCorpus } from '../../tools/corpus/index.ts';
import { slugify } from '../../src/content/slug.ts';
import { $, $$, parseHtml, text } from '../support/html.ts';
import { builtDir, corpusBuild, CORPUS_ARTICLES, CORPUS_SEED, readPage } from '../support/site.ts';

const PAGE_SIZE = 25;
const SEED = '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/';

/** The article count a listing page states under its h1. */
const statedCount = (html: string) => Number(/listing-header__count">([\d,]+) articles?/.exec(html)?.[1]?.replace(/,/g, '') ?? Number.NaN);
/** Bars of a chart as [name, count], from their screen-reader text. */
const bars = (html: string) =>
  [...html.matchAll(/<span class="visually-hidden">([^<:]+): ([\d,]+) articles?<\/span>/g)].map(
    (m) => [m[1]!, Number(m[2]!.replace(/,/g, ''))] as const,
  );
const sum = (values: readonly (readonly [string, number])[]) => values.reduce((total, [, count]) => total + count, 0);
const listed = (html: string) => [...html.matchAll(/<h[23] class="article-list__title"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!);

const htmlFiles = (dir: string) => filesUnder(dir, { suffix: 'index.html' });

describe('browsing the fixture archive by date', () => {
  test('the archive page charts every year with its count', async () => {
    const html = await readPage('fixture-root', 'archive/');
    expect(bars(html)).toEqual([
      ['2022', 1],
      ['2023', 2],
    ]);
    expect(statedCount(html)).toBe(3);
    expect(html).toContain('<a href="/2023/">');
  });

  test('year, month and day pages count their articles and link down the hierarchy', async () => {
    const year = await readPage('fixture-root', '2023/');
    expect(statedCount(year)).toBe(2);
    expect(bars(year).filter(([, count]) => count > 0)).toEqual([['March 2023', 2]]);
    const month = await readPage('fixture-root', '2023/03/');
    expect(bars(month).filter(([, count]) => count > 0)).toEqual([
      ['March 2, 2023', 1],
      ['March 15, 2023', 1],
    ]);
    expect(listed(month)).toEqual(['/2023/03/15/zurich-talks-stall/', '/2023/03/02/xinjiang-zh/']);
    expect(listed(await readPage('fixture-root', '2023/03/15/'))).toEqual(['/2023/03/15/zurich-talks-stall/']);
  });

  test('previous and next links jump over empty years and months', async () => {
    expect(await readPage('fixture-root', '2022/')).toMatch(/<a class="period-nav__newer" href="\/2023\/">/);
    expect(await readPage('fixture-root', '2023/03/')).toMatch(/<a class="period-nav__older" href="\/2022\/09\/">/);
  });

  test('the article page has breadcrumbs and previous/next articles in time', async () => {
    const html = await readPage('fixture-root', SEED);
    expect(html).toMatch(
      /<nav class="breadcrumbs"[^>]* aria-label="Breadcrumb"[^>]*><ol><li><a href="\/archive\/">Archive<\/a><\/li><li><a href="\/2022\/">2022<\/a><\/li><li><a href="\/2022\/09\/">September<\/a><\/li><li><a href="\/2022\/09\/10\/">10<\/a>/,
    );
    // The headline carries its own language and direction; the label around it is in the site's.
    expect(html).toContain(
      '<a class="article-neighbours__newer" href="/2023/03/02/xinjiang-zh/" rel="next"><span class="article-neighbours__label">Next article</span><span class="article-neighbours__title" lang="zh-Hans" dir="ltr">',
    );
  });

  test('the home page leads with the newest story, shows its sections and the years, and leaves out an empty on this day', async () => {
    const home = await readPage('fixture-root', '/');
    expect(home).toMatch(
      /<article class="lead-story"[^>]*>.*<h2 class="lead-story__title"><a href="\/2023\/03\/15\/zurich-talks-stall\/">/s,
    );
    expect(home).toContain('<a href="/sections/world/">World</a>');
    expect(home).toContain('<h2 id="years-heading" class="section-title">The archive by year</h2>');
    expect(home).toContain('<a href="/2022/">');
    // The newest story is from March 15; no earlier year has a story that day.
    expect(home).not.toContain('On this day');
  });

  test('all 366 days have an on-this-day page', async () => {
    const days = readdirSync(join(builtDir('fixture-root'), 'on-this-day'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(days).toHaveLength(366);
    expect(listed(await readPage('fixture-root', 'on-this-day/09-10/'))).toEqual([`/${SEED}`]);
  });
});

describe('browsing the fixture archive by subject', () => {
  test('index pages list every entry A–Z with counts and letter jump links', async () => {
    const html = await readPage('fixture-root', 'people/');
    expect(html).toContain('<a href="#letter-m">M</a>');
    expect(html).toContain('<h2 id="letter-m" class="az-group__letter">M</h2>');
    expect(html).toMatch(
      /<a href="\/people\/michelle-bachelet\/">Michelle Bachelet<\/a> <span class="count"><span aria-hidden="true">1<\/span><span class="visually-hidden">1 article<\/span>/,
    );
    expect(html).toContain('<a href="/people/%E7%8E%8B%E6%AF%85/">王毅</a>');
  });

  test('people are filed by family name in every script; other alphabets follow A–Z, and Han names, with no letters, go under Other', async () => {
    const tree = parseHtml(await readPage('fixture-root', 'people/'));
    expect(text($(tree, '.page-intro'))).toMatch(/^A to Z by family name,/);
    const nav = $$(tree, '.letter-nav li').map(text);
    expect(nav.slice(0, 26).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(nav.slice(26)).toEqual(['Л', '#']);
    const groups = $$(tree, '.az-group').map((group) => [text($(group, 'h2')), $$(group, '.az-list a').map(text)]);
    // "Zhao Lijian" and "Chen Xu" are written family name first, as agencies write Chinese names.
    expect(groups).toEqual([
      ['B', ['Michelle Bachelet']],
      ['C', ['Chen Xu']],
      ['M', ['José Martínez']],
      ['W', ['Wang Wenbin']],
      ['Z', ['Zhao Lijian']],
      ['Л', ['Сергей Лавров']],
      ['Other', ['王毅']],
    ]);
    expect($$(tree, '.letter-nav a').map((a) => a.properties.href)).toContain('#letter-л');
  });

  test('topics are filed as written', async () => {
    const tree = parseHtml(await readPage('fixture-root', 'topics/'));
    expect(text($(tree, '.page-intro'))).toMatch(/^A to Z, with/);
    const groups = $$(tree, '.az-group').map((group) => [text($(group, 'h2')), $$(group, '.az-list a').map(text)]);
    expect(groups).toContainEqual(['U', ['United Nations', 'Uyghurs']]);
    expect(groups).toContainEqual(['H', ['Human rights']]);
  });

  test('detail pages list articles newest first and link their feed as an alternate', async () => {
    const html = await readPage('fixture-sub', 'people/王毅/');
    expect(listed(html)).toEqual(['/archive/2023/03/15/zurich-talks-stall/', '/archive/2023/03/02/xinjiang-zh/']);
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="The News Archive — 王毅" href="/archive/people/%E7%8E%8B%E6%AF%85/rss.xml">',
    );
    for (const kind of ['topics/human-rights', 'places/geneva', 'organisations/un-human-rights-office', 'sections/world']) {
      expect(await readPage('fixture-sub', `${kind}/rss.xml`)).toContain(`<atom:link href="https://news.example/archive/${kind}/rss.xml"`);
    }
  });
});

describe('feeds and sitemaps', () => {
  test('the site feed escapes a hostile headline and uses absolute URLs under the base path', async () => {
    const xml = await readPage('fixture-sub', 'rss.xml');
    expect(xml).toContain(
      '<title>Ministers &amp; envoys say “no deal” as talks &lt;stall&gt; in Zürich &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; 🌍</title>',
    );
    expect(xml).toContain('<link>https://news.example/archive/2023/03/15/zurich-talks-stall/</link>');
    expect(xml).toContain('<pubDate>Wed, 15 Mar 2023 02:30:00 GMT</pubDate>');
    const links = [...xml.matchAll(/<(?:link|guid[^>]*)>([^<]+)</g)].map((m) => m[1]!);
    expect(links.length).toBe(7); // the channel's link, then each of 3 items' link and guid
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(links.every((url) => url.startsWith('https://news.example/archive/'))).toBe(true);
  });

  test('robots.txt points at the sitemap index and the news sitemap, which both exist', async () => {
    const robots = await readPage('fixture-sub', 'robots.txt');
    expect(robots).toContain('Sitemap: https://news.example/archive/sitemap-index.xml');
    expect(robots).toContain('Sitemap: https://news.example/archive/sitemap-news.xml');
    expect(await readPage('fixture-sub', 'sitemap-index.xml')).toContain('https://news.example/archive/sitemap-0.xml');
  });

  test('the news sitemap holds only the last two days before the newest article', async () => {
    const xml = await readPage('fixture-root', 'sitemap-news.xml');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://news.example/2023/03/15/zurich-talks-stall/']);
    expect(xml).toContain('<news:publication_date>2023-03-15T02:30:00Z</news:publication_date>');
  });
});

describe(`browsing a generated archive of ${CORPUS_ARTICLES} articles`, () => {
  const dir = builtDir(corpusBuild.name);
  const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

  test('year, month and day counts add up to the number of articles', () => {
    const years = bars(page('archive')).filter(([, count]) => count > 0);
    expect(sum(years)).toBe(CORPUS_ARTICLES);
    for (const [year, count] of years) {
      const yearHtml = page(year);
      expect(statedCount(yearHtml)).toBe(count);
      expect(sum(bars(yearHtml))).toBe(count);
      for (const [, month] of [...yearHtml.matchAll(/<a href="\/\d{4}\/(\d{2})\/">/g)]) {
        const monthHtml = page(`${year}/${month}`);
        const days = bars(monthHtml);
        expect(sum(days)).toBe(statedCount(monthHtml));
        for (const [, day] of [...monthHtml.matchAll(/<a href="\/\d{4}\/\d{2}\/(\d{2})\/">/g)]) {
          expect(statedCount(page(`${year}/${month}/${day}`))).toBe(days.find(([name]) => name.endsWith(`${Number(day)}, ${year}`))?.[1]);
        }
      }
    }
  });

  test('no listing page shows more than the page size', () => {
    let pages = 0;
    for (const file of htmlFiles(dir)) {
      const count = (readFileSync(file, 'utf8').match(/class="article-list__item"/g) ?? []).length;
      expect(count, file).toBeLessThanOrEqual(PAGE_SIZE);
      pages += 1;
    }
    expect(pages).toBeGreaterThan(CORPUS_ARTICLES);
  });

  test('following the pagination of the biggest topic reaches every one of its articles', () => {
    const counts = new Map<string, number>();
    for (const { markdown } of generateCorpus({ count: CORPUS_ARTICLES, seed: CORPUS_SEED })) {
      const frontmatter = parseYaml(markdown.split('\n---\n')[0]!.replace(/^---\n/, '')) as { topics?: string[] };
      for (const topic of frontmatter.topics ?? []) counts.set(slugify(topic), (counts.get(slugify(topic)) ?? 0) + 1);
    }
    const [slug, expected] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(expected).toBeGreaterThan(PAGE_SIZE);
    const seen = new Set<string>();
    let path: string | undefined = `topics/${slug}/`;
    while (path) {
      const html = page(path);
      expect(statedCount(html)).toBe(expected);
      for (const url of listed(html)) seen.add(url);
      path = /<a href="\/([^"]+)" rel="next">/.exec(html)?.[1];
    }
    expect(seen.size).toBe(expected);
  });
});
