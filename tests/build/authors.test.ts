import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/content/slug.ts';
import { builtDir, FIXTURE_BASES, readPage } from '../support/site.ts';
import { $, $$, jsonLdOf, parseHtml, text } from '../support/html.ts';

const EVERY_FIELD = '2023/03/15/zurich-talks-stall/';
const AUTHORS = ['José Martínez', 'Anna Kowalska'];
const BUILDS = FIXTURE_BASES;

describe.each(BUILDS)('authors in $name', ({ name, base }) => {
  test('the A–Z of authors lists every byline name with its article count and link', async () => {
    const tree = parseHtml(await readPage(name, 'authors/'));
    expect(text($(tree, 'h1'))).toBe('Authors');
    for (const author of AUTHORS) {
      const link = $$(tree, 'main a').find((a) => text(a) === author);
      expect(link?.properties.href, author).toBe(`${base}authors/${slugify(author)}/`);
    }
  });

  test('each author page lists their articles, newest first, with a feed of them', async () => {
    for (const author of AUTHORS) {
      const page = `authors/${slugify(author)}/`;
      const tree = parseHtml(await readPage(name, page));
      expect(text($(tree, 'h1'))).toBe(author);
      expect($$(tree, '.article-list__title a').map((a) => a.properties.href)).toEqual([`${base}${EVERY_FIELD}`]);
      const feedHref = `${base}${page}rss.xml`;
      expect($(tree, `link[rel="alternate"][href="${feedHref}"]`)).toBeDefined();
      const feed = await readFile(join(builtDir(name), page, 'rss.xml'), 'utf8');
      expect(feed).toContain(`<link>https://news.example${base}${EVERY_FIELD}</link>`);
    }
  });

  test('the byline links each author to their page and JSON-LD gives each a Person with that URL', async () => {
    const html = await readPage(name, EVERY_FIELD);
    const links = $$(parseHtml(html), '.byline__authors a');
    expect(links.map((a) => [text(a), a.properties.href])).toEqual(AUTHORS.map((author) => [author, `${base}authors/${slugify(author)}/`]));
    expect(jsonLdOf(html).author).toEqual(
      AUTHORS.map((author) => ({ '@type': 'Person', name: author, url: `https://news.example${base}authors/${slugify(author)}/` })),
    );
  });

  test('the search index can filter by author, with totals for the facet', async () => {
    const totals = JSON.parse(await readFile(join(builtDir(name), 'pagefind', 'facets.json'), 'utf8')) as Record<
      string,
      Record<string, number>
    >;
    expect(totals.author).toEqual(Object.fromEntries(AUTHORS.map((author) => [author, 1])));
  });
});
