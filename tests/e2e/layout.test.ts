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
