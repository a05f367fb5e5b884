/** Imported articles are real articles: the site builds with them and serves them at their permalinks. */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { importFiles } from '../../tools/import/index.ts';
import { calendarParts, parsePublicationDate } from '../../src/content/dates.ts';
import type { ImportReport } from '../../tools/import/types.ts';
import { buildSite, ROOT, type BuildResult } from '../support/site.ts';
import { $, $$, parseHtml, text } from '../support/html.ts';
import { readFile } from 'node:fs/promises';

const contentDir = join(ROOT, '.tmp/import-content');
let report: ImportReport;
let build: BuildResult;

beforeAll(async () => {
  await rm(contentDir, { recursive: true, force: true });
  await mkdir(contentDir, { recursive: true });
  report = await importFiles(
    [
      'tests/fixtures/import/china-un-xinjiang-report.txt',
      'tests/fixtures/import/article.html',
      'tests/fixtures/import/hostile.html',
      'tests/fixtures/import/wordpress.xml',
      'tests/fixtures/import/feed.atom',
    ],
    {
      contentDir,
      cwd: ROOT,
      timeZone: 'UTC',
      date: '2022-09-10',
      source: 'The Independent',
    },
  );
  build = await buildSite({ name: 'imported', contentDir });
});

describe('a site built from freshly imported articles', () => {
  test('imports every input: the pages, and each published post and entry of the WXR export and the Atom feed', () => {
    expect(report.failed).toEqual([
      {
        input: 'tests/fixtures/import/wordpress.xml#5 (A post with no text)',
        reason: 'the item has no text: its content and summary are empty',
      },
    ]);
    expect(report.created.map((entry) => entry.title)).toEqual([
      'China says UN has ‘closed the door’ on cooperation over human rights with Xinjiang report',
      'Glacier retreat speeds up, survey finds',
      'Hostile page',
      'Ferry returns to the harbour & the island',
      'Council budget: “no new taxes” promise kept',
      'Glaciologists measure the Skaftafell tongue & find it thinner',
      'Ice cave tours paused',
    ]);
    expect(report.skipped.map((entry) => entry.reason)).toEqual([
      'a draft (status "draft"): pass --drafts to import it with draft: true',
      'a WordPress attachment, not a post',
    ]);
  });

  test('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  test('publishes the imported seed at its permalink with the original paragraphs and credit', async () => {
    const html = await readFile(
      join(build.outDir, '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang/index.html'),
      'utf8',
    );
    const page = parseHtml(html);
    expect(text($(page, 'h1'))).toBe('China says UN has ‘closed the door’ on cooperation over human rights with Xinjiang report');
    expect($$(page, '.article__body p')).toHaveLength(11);
    expect(text($(page, '.article__credit'))).toBe('Additional reporting by agencies');
  });

  test('publishes every imported article and none of the hostile markup', async () => {
    for (const created of report.created) {
      const html = await readFile(join(build.outDir, permalinkOf(created.path, created.markdown), 'index.html'), 'utf8');
      const body = $(parseHtml(html), '.article__body');
      expect(body).toBeDefined();
      expect($$(body!, 'script, iframe[srcdoc], [onerror], [onclick], a[href^="javascript:"]')).toEqual([]);
    }
  });
});

describe('articles imported from a WXR export and an Atom feed', () => {
  let site: RunningSite;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    site = await serveSite(build.outDir, '/', { applyHeadersFile: false });
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(site.url);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  /** URLs Pagefind finds for `term`. The script is a string, so the test runner leaves its `import()` alone. */
  const search = (term: string): Promise<string[]> =>
    page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const response = await pagefind.search(${JSON.stringify(term)});
      return Promise.all(response.results.map(async (result) => (await result.data()).url));
    })()`);

  test.each([
    ['lighthouse crossing', '/2021/06/10/ferry-returns-to-the-harbour-and-the-island/'],
    ['Skaftafell', '/2023/03/02/glaciologists-measure-the-skaftafell-tongue-and-find-it-thinner/'],
    ['meltwater', '/2022/09/10/ice-cave-tours-paused/'],
  ])('“%s” finds %s, which shows the article', async (term, url) => {
    expect(await search(term)).toContain(url);
    const html = parseHtml(await readFile(join(build.outDir, url, 'index.html'), 'utf8'));
    expect(text($(html, '.article__body'))).toMatch(new RegExp(term, 'i'));
  });

  test('the WXR post keeps its author, dateline and topics, and its entity-laden title as text', async () => {
    const html = parseHtml(await readFile(join(build.outDir, '2021/06/10/ferry-returns-to-the-harbour-and-the-island/index.html'), 'utf8'));
    expect(text($(html, 'h1'))).toBe('Ferry returns to the harbour & the island');
    expect(text($(html, '.byline__dateline'))).toBe('Harbour Town');
    expect(text($(html, '.article__body'))).not.toContain('HARBOUR TOWN —');
  });
});

/**
 * The URL path of an imported article: the day its date falls on in the site's zone (UTC in this
 * build; "2023-03-01T23:30:00-05:00" is filed under 2 March), and its file slug.
 */
function permalinkOf(path: string, markdown: string): string {
  const written = /^date: '?([^'\n]+)'?$/m.exec(markdown)?.[1];
  const instant = written ? parsePublicationDate(written, 'UTC') : null;
  if (!instant) throw new Error(`no date in ${path}`);
  const { year, month, day } = calendarParts(instant, 'UTC');
  const slug = path.split('/').pop()!.replace(/\.md$/, '');
  return `${year}/${month}/${day}/${slug}/`;
}
