/**
 * An Arabic archive reads right to left in Chromium: the page, its breadcrumbs and its pagination
 * compute `direction: rtl`, the list continues leftwards (the link to the next, older page sits
 * to the left of the previous one), and arrows point the way the page reads.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { type RunningSite, serveSite } from '../support/server.ts';
import { builtDir, localeBuilds } from '../support/site.ts';

let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite(builtDir(localeBuilds.ar.name), localeBuilds.ar.basePath);
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(`${site.url}${path}`);
  return page;
}

const direction = (page: Page, selector: string) => page.$eval(selector, (element) => getComputedStyle(element).direction);
const left = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())?.x ?? Number.NaN;

describe('the Arabic archive in Chromium', () => {
  // [page, path, the page's language and direction (an English article keeps its own)]
  test.each([
    ['the month page', '2023/03/', ['ar', 'rtl']],
    ['a topic page', 'topics/china/', ['ar', 'rtl']],
    [
      'an English article',
      '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/',
      ['en', 'ltr'],
    ],
  ])('%s: breadcrumbs, byline and header run right to left', async (_name, path, [lang, dir]) => {
    const page = await open(path);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
    expect(await direction(page, 'html')).toBe(dir);
    expect(await direction(page, '.site-header')).toBe('rtl');
    expect(await direction(page, '.breadcrumbs ol')).toBe('rtl');
    if (path.includes('/10/')) {
      expect(await direction(page, '.byline')).toBe('rtl');
      expect(await direction(page, '.article__title')).toBe('ltr');
    }
    // The first crumb ("the archive") starts at the right.
    expect(await left(page, '.breadcrumbs li:first-child')).toBeGreaterThan(await left(page, '.breadcrumbs li:last-child'));
    await page.close();
  });

  test('on the first page, the link to the next page sits to the left of the (disabled) previous one', async () => {
    const page = await open('2023/03/');
    expect(await direction(page, '.pagination ul')).toBe('rtl');
    expect(await left(page, '.pagination a[rel="next"]')).toBeLessThan(await left(page, '.pagination li:first-child'));
    await page.close();
  });

  test('on the last page, the link to the previous page sits to the right of the (disabled) next one', async () => {
    const page = await open('2023/03/page/2/');
    expect(await left(page, '.pagination a[rel="prev"]')).toBeGreaterThan(await left(page, '.pagination li:last-child'));
    await page.close();
  });

  test('arrows are mirrored, so each points towards its end of the line', async () => {
    const page = await open('2023/03/');
    const transforms = await page.$$eval('.pagination .arrow, .period-nav .arrow', (arrows) =>
      arrows.map((arrow) => getComputedStyle(arrow).transform),
    );
    expect(transforms.length).toBeGreaterThanOrEqual(2);
    expect(new Set(transforms)).toEqual(new Set(['matrix(-1, 0, 0, 1, 0, 0)']));
    await page.close();
  });

  test('the search page, its facets and its results run right to left', async () => {
    const page = await open('search/?q=China');
    await page.waitForSelector('[data-search-page][data-state="done"], [data-search-page][data-state="results"]');
    expect(await direction(page, '.search-facets')).toBe('rtl');
    expect(await page.locator('#search-status').innerText()).toMatch(/نتيج|لا نتائج/);
    // Facets come after the results in the source, so in a right-to-left row they stand to their left.
    expect(await left(page, '.search-facets')).toBeLessThan(await left(page, '.search-results'));
    await page.close();
  });
});
