/**
 * Letters that Unicode does not decompose (ø æ œ ß ł đ ð þ ı) are found by their plain spelling,
 * because the index holds a folded copy (src/search/build/fold.ts): checked end to end, with the
 * real indexer writing the index and Pagefind searching it in Chromium.
 */
import { emptyFilters } from '../support/search-filters.ts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { SearchCollector } from '../../src/search/build/collector.ts';
import { serveSite, type RunningSite } from '../support/server.ts';

/** One article per letter: the word as written, and as a reader types it. */
const WORDS = [
  ['Bjørn', 'Bjorn'],
  ['Særen', 'Saeren'],
  ['Œuvre', 'Oeuvre'],
  ['Straße', 'Strasse'],
  ['Łukasz', 'Lukasz'],
  ['Đorđević', 'Dordevic'],
  ['Guðrún', 'Gudrun'],
  ['Þingvellir', 'Thingvellir'],
  ['Kırıkkale', 'Kirikkale'],
] as const;

let dir: string;
let site: RunningSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'folding-'));
  const collector = new SearchCollector({ outDir: dir, maxPagesPerShard: 100 });
  collector.plan(WORDS.map(() => 2024));
  const filters = emptyFilters();
  for (const [index, [word]] of WORDS.entries()) {
    const html = `<html lang="en"><body><article data-pagefind-body><h1>Report ${index}</h1><p>Today ${word} was in the news.</p><div hidden data-search-index-fields data-pagefind-ignore></div></article></body></html>`;
    collector.add({ url: `/2024/01/01/story-${index}/`, html, article: { title: `Report ${index}`, year: 2024, filters } });
  }
  await collector.finish();
  await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>t</title></html>');
  site = await serveSite(dir, '/', { applyHeadersFile: false });
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(site.url);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

/** URLs Pagefind finds for `term`. The script is a string, so the test runner leaves its `import()` alone. */
const search = (term: string): Promise<string[]> =>
  page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(response.results.map(async (result) => (await result.data()).url));
  })()`);

describe('letters without a Unicode decomposition', () => {
  test.each(WORDS.map(([written, typed], index) => [written, typed, index]))(
    '“%s” is found by “%s”, and still as written',
    async (written, typed, index) => {
      expect(await search(typed)).toEqual([`/2024/01/01/story-${index}/`]);
      expect(await search(written)).toEqual([`/2024/01/01/story-${index}/`]);
    },
  );
});
