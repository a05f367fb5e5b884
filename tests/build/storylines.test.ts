import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtDir, FIXTURE_BASES, readPage } from '../support/site.ts';
import { $, $$, parseHtml, text } from '../support/html.ts';

const SEED = '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/';
const ZH = '2023/03/02/xinjiang-zh/';
const EVERY_FIELD = '2023/03/15/zurich-talks-stall/';
const BUILDS = FIXTURE_BASES;

describe.each(BUILDS)('storylines in $name', ({ name, base }) => {
  test('/storylines/ lists every storyline A to Z with its count and date span', async () => {
    const tree = parseHtml(await readPage(name, 'storylines/'));
    const items = $$(tree, '.storyline-index__item');
    expect(items.map((item) => [text($(item, 'a')), $(item, 'a')?.properties.href])).toEqual([
      ['Xinjiang report', `${base}storylines/xinjiang-report/`],
      ['Zürich talks', `${base}storylines/zurich-talks/`],
    ]);
    // A span in the dictionary's words ("{from} to {to}"); a line within one day is that one date.
    expect(text(items[0])).toMatch(/\(2 articles\) · September 10, 2022 to March 2, 2023$/);
    expect(text(items[1])).toMatch(/\(1 article\) · March 15, 2023$/);
    expect(items.map((item) => $$(item, 'time').length)).toEqual([2, 1]);
  });

  test('a one-article storyline’s timeline has its month and one entry, and its description no “latest”', async () => {
    const tree = parseHtml(await readPage(name, 'storylines/zurich-talks/'));
    expect(text($(tree, 'h1'))).toBe('Zürich talks');
    expect(text($(tree, '.listing-header__count'))).toBe('1 article');
    expect($$(tree, '.timeline__month-title').map(text)).toEqual(['March 2023']);
    const entries = $$(tree, '.timeline__entry');
    expect(entries.map((entry) => $(entry, '.timeline__title a')?.properties.href)).toEqual([`${base}${EVERY_FIELD}`]);
    expect($(tree, 'meta[name="description"]')?.properties.content).toBe('The story of Zürich talks, in its one article so far.');
  });

  test('a storyline’s timeline runs oldest first, grouped by month, with headline, date and standfirst', async () => {
    const tree = parseHtml(await readPage(name, 'storylines/xinjiang-report/'));
    expect(text($(tree, 'h1'))).toBe('Xinjiang report');
    expect($$(tree, '.timeline__month-title').map(text)).toEqual(['September 2022', 'March 2023']);
    const entries = $$(tree, '.timeline__entry');
    expect(entries.map((entry) => $(entry, '.timeline__title a')?.properties.href)).toEqual([`${base}${SEED}`, `${base}${ZH}`]);
    expect(text($(entries[0]!, '.timeline__date'))).toBe('September 10, 2022');
    expect(text($(entries[0]!, '.timeline__standfirst'))).toMatch(/^Beijing’s envoy in Geneva/);
    expect($(entries[1]!, '.timeline__title')?.properties.lang).toBe('zh-Hans');
  });

  test('a storyline has a feed of its articles, newest first, announced and linked on its timeline', async () => {
    const tree = parseHtml(await readPage(name, 'storylines/xinjiang-report/'));
    const href = `${base}storylines/xinjiang-report/rss.xml`;
    expect($(tree, `link[rel="alternate"][type="application/rss+xml"][href="${href}"]`)?.properties.title).toBe(
      'The News Archive — Xinjiang report',
    );
    expect($(tree, '.feed-link a')?.properties.href).toBe(href);
    const feed = await readFile(join(builtDir(name), 'storylines', 'xinjiang-report', 'rss.xml'), 'utf8');
    expect(feed).toContain(`<atom:link href="https://news.example${href}"`);
    expect(feed).toContain('<description>The latest articles in the story of Xinjiang report.</description>');
    const items = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(items).toEqual([ZH, SEED].map((path) => `https://news.example${base}${path}`));
  });

  test.each([
    [SEED, 'Part of Xinjiang report — 1 of 2', undefined, ZH],
    [ZH, 'Part of Xinjiang report — 2 of 2', SEED, undefined],
    [EVERY_FIELD, 'Part of Zürich talks — 1 of 1', undefined, undefined],
  ])('%s says “%s” and links its neighbours in the line', async (path, part, previous, next) => {
    const tree = parseHtml(await readPage(name, path));
    const nav = $(tree, '.storyline-nav');
    expect(text($(nav!, '.storyline-nav__part')).replace(/\s+/g, ' ')).toBe(part);
    const links = $$(nav!, '.storyline-nav__links a').map((a) => a.properties.href);
    expect(links).toEqual([previous, next].filter(Boolean).map((p) => `${base}${p}`));
  });
});
