import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtDir, FIXTURE_BASES, readPage } from '../support/site.ts';
import { $, $$, jsonLdOf, parseHtml, text } from '../support/html.ts';

const EVERY_FIELD = '2023/03/15/zurich-talks-stall/';
const SEED = '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/';
const BUILDS = FIXTURE_BASES;

describe.each(BUILDS)('corrections in $name', ({ name, base }) => {
  test('/corrections/ lists the correction and the update, newest first, each linked to its place in the article', async () => {
    const tree = parseHtml(await readPage(name, 'corrections/'));
    expect(text($(tree, 'h1'))).toBe('Corrections and updates');
    const items = $$(tree, '.change-log__item');
    expect(items.map((item) => text($(item, '.change-log__meta')))).toEqual(['Correction March 16, 2023', 'Updated March 15, 2023']);
    expect(items.map((item) => $(item, '.change-log__title a')?.properties.href)).toEqual([
      `${base}${EVERY_FIELD}#correction-1`,
      `${base}${EVERY_FIELD}#updated`,
    ]);
    expect(text($(items[0]!, '.change-log__text'))).toBe('An earlier version gave the wrong date for the next round.');
  });

  test('every link on /corrections/ opens a place that exists on its article page', async () => {
    const links = $$(parseHtml(await readPage(name, 'corrections/')), '.change-log__title a').map((a) => String(a.properties.href));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [path = '', fragment = ''] = link.slice(base.length).split('#');
      expect(fragment, link).not.toBe('');
      expect($$(parseHtml(await readPage(name, path)), `[id="${fragment}"]`), link).toHaveLength(1);
    }
  });

  test('the corrections feed carries each change with its own link, and the footer links the page', async () => {
    const feed = await readFile(join(builtDir(name), 'corrections', 'rss.xml'), 'utf8');
    expect(feed).toContain(`<link>https://news.example${base}${EVERY_FIELD}#correction-1</link>`);
    expect(feed).toContain(`<link>https://news.example${base}${EVERY_FIELD}#updated</link>`);
    expect(feed).toContain('<description>An earlier version gave the wrong date for the next round.</description>');
    const home = parseHtml(await readPage(name, '/'));
    expect($$(home, '.site-footer a').map((a) => a.properties.href)).toContain(`${base}corrections/`);
  });

  test('a corrected article says when it last changed, under the byline, linking to its corrections box', async () => {
    const html = await readPage(name, EVERY_FIELD);
    const tree = parseHtml(html);
    const updated = $(tree, '.byline__updated');
    expect(updated?.properties.id).toBe('updated');
    expect($(updated!, 'a')?.properties.href).toBe('#corrections');
    expect($(updated!, 'time')?.properties.dateTime).toBe('2023-03-16T00:00:00Z');
    expect($(tree, '#corrections #correction-1')).toBeDefined();
    const jsonLd = jsonLdOf(html);
    expect(jsonLd.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2023-03-16T00:00:00Z',
        text: 'An earlier version gave the wrong date for the next round.',
      },
    ]);
    expect(jsonLd.dateModified).toBe('2023-03-16T00:00:00Z');
  });

  test('an article never changed has no "Updated" line and no correction in JSON-LD', async () => {
    const html = await readPage(name, SEED);
    expect($(parseHtml(html), '.byline__updated')).toBeUndefined();
    expect(html).not.toContain('CorrectionComment');
  });
});
