/**
 * Root-relative URLs written in content (frontmatter `image.src`, Markdown links and images, raw
 * HTML) work when the archive is served under a base path: each goes through the URL builder,
 * and the link checker resolves every `<img src>`, og:image and JSON-LD URL in the build.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { $, $$, parseHtml, text } from '../support/html.ts';
import { checkLinks } from '../support/link-checker.ts';
import { type BuildResult, buildSite, readPage } from '../support/site.ts';

const NAME = 'base-path-content-urls';
const PAGE = '2022/09/10/lighthouse-reopens/';
let build: BuildResult;

beforeAll(async () => {
  build = await buildSite({
    name: NAME,
    contentDir: 'tests/fixtures/base-path',
    basePath: '/archive/',
    siteUrl: 'https://news.example.org',
  });
  if (build.code !== 0) throw new Error(`Building ${NAME} failed:\n${build.output}`);
});

describe('an article with root-relative URLs, built under BASE_PATH=/archive/', () => {
  test('every link, image, og:image and JSON-LD URL in the build resolves', () => {
    const report = checkLinks(build.outDir, { base: '/archive/', siteUrl: 'https://news.example.org' });
    expect(report.problems).toEqual([]);
    expect(report.links).toBeGreaterThan(20);
  });

  test.each([
    ['lead image', 'figure.article__image img', 'src', '/archive/favicon.svg'],
    ['Markdown image', '.article__body img[title]', 'src', '/archive/favicon.svg?in-body'],
    ['raw HTML image', '.article__body figure img', 'src', '/archive/favicon.svg?in-body'],
    ['Markdown link to a day', '.article__body a[href$="/2022/09/10/"]', 'href', '/archive/2022/09/10/'],
    ['link with a colon in its query', '.article__body a[href*="search"]', 'href', '/archive/search/?q=a:b'],
    ['query-only link', '.article__body a[href^="?"]', 'href', '?q=a:b'],
    ['raw HTML link', '.article__body figcaption a', 'href', '/archive/2022/'],
    ['page-relative link', '.article__body a[href="./"]', 'href', './'],
    ['og:image', 'meta[property="og:image"]', 'content', 'https://news.example.org/archive/favicon.svg'],
  ])('writes the %s as %s[%s] = %s', async (_what, selector, attribute, expected) => {
    const page = parseHtml(await readPage(NAME, PAGE));
    const element = $(page, selector);
    expect(element, selector).toBeDefined();
    const key = attribute === 'content' ? 'content' : attribute;
    expect(element?.properties[key]).toBe(expected);
  });

  test('keeps every cell of a raw HTML table whose rows stand in blocks of their own, cleaned and rebased', async () => {
    const page = parseHtml(await readPage(NAME, PAGE));
    const rows = $$(page, '.article__body table tr').map((row) => $$(row, 'th, td').map((cell) => text(cell).trim()));
    expect(rows).toEqual([
      ['Month', 'Visitors'],
      ['September', '1,204'],
      ['October', '980'],
    ]);
    expect($(page, '.article__body table a')?.properties.href).toBe('/archive/2022/09/');
    expect($$(page, '.article__body td').some((cell) => 'onClick' in cell.properties || 'onclick' in cell.properties)).toBe(false);
    expect(text($(page, '.article__body table + p'))).toBe('The keeper thanked the volunteers.');
  });

  test('gives JSON-LD the image under the base path', async () => {
    const page = parseHtml(await readPage(NAME, PAGE));
    const jsonLd = JSON.parse(text($(page, 'script[type="application/ld+json"]'))) as { image?: string[] };
    expect(jsonLd.image).toEqual(['https://news.example.org/archive/favicon.svg']);
    expect($$(page, 'img').every((img) => String(img.properties.src).startsWith('/archive/'))).toBe(true);
  });
});
