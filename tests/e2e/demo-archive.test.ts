/**
 * The demo archive of real news (examples/wikinews, 171 Wikinews articles from 2019) in Chromium:
 * queries a reader would type for stories in the set find those stories first or near the top,
 * and every page type passes axe on real text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { pageTypes } from '../support/page-types.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { builtDir, demoBuild } from '../support/site.ts';
import { searchSettled } from '../support/search-page.ts';

let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite(builtDir(demoBuild.name), demoBuild.basePath);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Slugs of the search results for `query`, in order, once the search page has settled. */
async function resultSlugs(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await searchSettled(page);
  const hrefs = await page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, site.url).pathname.split('/').filter(Boolean).at(-1) ?? '');
}

describe('searching the real demo archive', () => {
  // [query, the story's file name, how high it must rank (1 = first)]
  test.each([
    ['Notre Dame fire', 'notre-dame-in-paris-catches-fire', 1],
    ['gold toilet', 'arrests-made-in-theft-of-gold-toilet-in-england', 1],
    ['Greta Thunberg', 'greta-thunberg-named-2019-time-person-of-the-year', 1],
    ['Hagia Sophia mosque', 'turkeys-president-erdogan-proposes-converting-hagia-sophia-museum-to-mosque', 1],
    ['Kipchoge marathon under two hours', 'eliud-kipchoge-of-kenya-runs-marathon-under-two-hours', 1],
    ['Ebola treatment', 'scientists-report-two-life-saving-treatments-for-ebola', 3],
    ['Area 51', 'millions-dont-turn-up-to-storm-us-airbase-for-extraterrestrial-evidence', 3],
    ['Hong Kong extradition bill', 'hong-kong-leader-announces-withdrawal-of-extradition-bill', 3],
  ])('“%s” finds “%s” within the first %i result(s)', async (query, slug, within) => {
    const page = await browser.newPage();
    const slugs = await resultSlugs(page, query);
    await page.close();
    expect(slugs.slice(0, within)).toContain(slug);
  });
});

describe('accessibility of the real demo archive', () => {
  test('every page type, filled with real articles and suggested subjects, has no axe violations', async () => {
    const pages = pageTypes(builtDir(demoBuild.name));
    expect(Object.keys(pages).length).toBeGreaterThanOrEqual(10);
    const problems: Record<string, unknown> = {};
    for (const [type, path] of Object.entries(pages)) {
      const page = await browser.newPage();
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      const violations = await axeViolations(page);
      if (violations.length > 0) problems[type] = { path, violations };
      await page.close();
    }
    expect(problems).toEqual({});
  });
});
