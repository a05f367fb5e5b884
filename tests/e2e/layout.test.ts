/**
 * No page scrolls sideways on a phone: every page type, at 320 and 375 CSS pixels wide, is no
 * wider than the viewport (`document.documentElement.scrollWidth <= innerWidth`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { pageTypes } from '../support/page-types.ts';
import { type RunningSite, serveSite } from '../support/server.ts';
import { builtDir, corpusBuild, fixtureBuilds, localeBuilds } from '../support/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Arabic too: a right-to-left page overflows to the left, where scrollWidth still counts it.
describe.each([fixtureBuilds.root, corpusBuild, localeBuilds.ar])('page widths in the $name build', (build) => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveSite(builtDir(build.name), build.basePath);
  });
  afterAll(async () => {
    await site?.close();
  });

  const types = () => Object.entries(pageTypes(builtDir(build.name)));

  test.each([320, 375])('every page type fits a %i px wide viewport', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const [type, path] of types()) {
      await page.goto(`${site.url}${path.replace(/^\//, '')}`);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) tooWide.push(`${type} ${path}: ${scrollWidth} px`);
    }
    await context.close();
    expect(tooWide).toEqual([]);
  });
});

describe('wide content in an article body', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveSite(builtDir(fixtureBuilds.root.name), fixtureBuilds.root.basePath);
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each([320, 375])('a table with many columns scrolls inside itself at %i px, and the page does not', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const article = pageTypes(builtDir(fixtureBuilds.root.name)).article!;
    await page.goto(`${site.url}${article.replace(/^\//, '')}`);
    const widths = await page.evaluate(() => {
      // As an imported results table would arrive: twelve columns of long cells.
      const cells = Array.from({ length: 12 }, (_, index) => `<td>Constituency result ${index + 1}</td>`).join('');
      document.querySelector('.prose')!.insertAdjacentHTML('beforeend', `<table><tbody><tr>${cells}</tr></tbody></table>`);
      const table = document.querySelector<HTMLElement>('.prose table:last-of-type')!;
      return { page: document.documentElement.scrollWidth, table: table.scrollWidth, box: table.clientWidth };
    });
    await context.close();
    expect(widths.page).toBeLessThanOrEqual(width);
    expect(widths.table).toBeGreaterThan(widths.box);
  });
});
