/**
 * An English archive holding articles in Arabic, French and Chinese, under /archive/: each query
 * goes through the stemmer of the language it is searched in. Pagefind stems a query with the
 * WebAssembly of an instance's first index, and indexes merged into it got the English stemmer,
 * so "النهر" (the river) found nothing where Pagefind had indexed its stem; the search page now
 * gives each stemmer its own runtime (src/search/client/engine.ts, stemmerGroups in query.ts).
 * Checked in Chromium, on the search page a reader uses.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { searchSettled } from '../support/search-page.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { buildSite } from '../support/site.ts';

const NAME = 'search-languages';
const BASE = '/archive/';
const ARTICLES = {
  en: 'Ministers meet for river talks',
  ar: 'وزراء يجتمعون لبحث مياه النهر',
  fr: 'Les ministres négocient le partage du fleuve',
  zh: '北京开通夜间公交线路',
};
let browser: Browser;
let site: RunningSite;

beforeAll(async () => {
  const build = await buildSite({ name: NAME, contentDir: 'tests/fixtures/languages', basePath: BASE });
  if (build.code !== 0) throw new Error(`Building ${NAME} failed:\n${build.output}`);
  site = await serveSite(build.outDir, BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The search page for `query`, with the titles found, the bundle files it fetched and any script error. */
async function search(query: string): Promise<{ page: Page; titles: string[]; fetched: string[]; problems: string[] }> {
  const page = await browser.newPage();
  const fetched: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    fetched.push(url.pathname + url.search);
  });
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await searchSettled(page);
  return { page, titles: await page.locator('.search-result__title a').allInnerTexts(), fetched, problems };
}

describe('an English archive with articles in other languages', () => {
  test.each([
    ['النهر', 'Arabic, with the definite article', ARTICLES.ar],
    ['المحادثات', 'Arabic, a plural with the definite article', ARTICLES.ar],
    ['المياه', 'Arabic, another noun with the definite article', ARTICLES.ar],
    ['نهر', 'Arabic, the bare stem', ARTICLES.ar],
    ['négociations', 'French, a plural', ARTICLES.fr],
    ['nationales', 'French, a feminine plural', ARTICLES.fr],
    ['agreed', 'English, the page’s own language', ARTICLES.en],
    ['talks', 'English, a plural', ARTICLES.en],
    ['北京', 'Chinese, which has no stemmer', ARTICLES.zh],
  ])('“%s” (%s) finds its article, and only it', async (query, _, title) => {
    const { page, titles, problems } = await search(query);
    expect(titles).toEqual([title]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a result in Arabic reads right to left in its own language, its excerpt from the body', async () => {
    const { page } = await search('النهر');
    const result = page.locator('.search-result').first();
    await expect(result.getAttribute('lang')).resolves.toBe('ar');
    await expect(result.getAttribute('dir')).resolves.toBe('rtl');
    await expect(result.locator('.search-result__excerpt mark').first().innerText()).resolves.toBe('النهر');
    await page.close();
  });

  test('newest first keeps every language’s results in date order', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('ministers')}&sort=newest`);
    await searchSettled(page);
    await expect(page.locator('.search-result__title a').allInnerTexts()).resolves.toEqual([ARTICLES.en]);
    // Browsing with no words merges the date-ordered runs of every runtime's indexes.
    await page.goto(`${site.url}search/?year_from=2024&year_to=2024`);
    await searchSettled(page);
    await expect(page.locator('.search-result__title a').allInnerTexts()).resolves.toEqual([
      ARTICLES.zh,
      ARTICLES.fr,
      ARTICLES.ar,
      ARTICLES.en,
    ]);
    await page.close();
  });

  test('loads one runtime and WebAssembly module per stemmer: English (with Chinese), Arabic and French, each once', async () => {
    const { page, fetched } = await search('النهر');
    // The same search again on the same page reuses them.
    await page.locator('input[type="search"]').first().fill('fleuve');
    await searchSettled(page);
    const wasm = fetched.filter((path) => /\/wasm\.[\w-]+\.pagefind$/.test(path)).sort();
    expect(wasm).toEqual([`${BASE}pagefind/wasm.ar.pagefind`, `${BASE}pagefind/wasm.en.pagefind`, `${BASE}pagefind/wasm.fr.pagefind`]);
    const runtimes = fetched.filter((path) => /\/pagefind\.js(\?|$)/.test(path)).sort();
    expect(runtimes).toEqual([
      `${BASE}pagefind/pagefind.js`,
      `${BASE}pagefind/pagefind.js?stemmer=ar`,
      `${BASE}pagefind/pagefind.js?stemmer=fr`,
    ]);
    await page.close();
  });
});
