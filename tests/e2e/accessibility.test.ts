/**
 * Every page type passes axe-core (WCAG 2.2 AA and best practices) in light and dark mode, in
 * English and in Arabic (right to left, under a sub-path), loads without console errors or failed
 * requests, and can be walked with the keyboard.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { type BuildOptions, builtDir, corpusBuild, localeBuilds } from '../support/site.ts';
import { pageTypes } from '../support/page-types.ts';

let browser: Browser;
let site: RunningSite;
let pages: Record<string, string>;
const served = new Map<string, { site: RunningSite; pages: Record<string, string> }>();
const axeBuilds: BuildOptions[] = [corpusBuild, localeBuilds.ar];

beforeAll(async () => {
  browser = await launchBrowser();
  for (const build of axeBuilds) {
    served.set(build.name, { site: await serveSite(builtDir(build.name), build.basePath), pages: pageTypes(builtDir(build.name)) });
  }
  ({ site, pages } = served.get(corpusBuild.name)!);
});
afterAll(async () => {
  await browser?.close();
  for (const { site } of served.values()) await site.close();
});

describe.each(axeBuilds.flatMap((build) => (['light', 'dark'] as const).map((colorScheme) => ({ build: build.name, colorScheme }))))(
  'the $build build in $colorScheme mode',
  ({ build, colorScheme }) => {
    test('every page type has no axe violations, console errors or failed requests', async () => {
      const { site, pages } = served.get(build)!;
      expect(Object.keys(pages).length).toBeGreaterThanOrEqual(10);
      const problems: Record<string, unknown> = {};
      for (const [type, path] of Object.entries(pages)) {
        const page = await browser.newPage({ colorScheme });
        const errors: string[] = [];
        // The not-found page is served with status 404 on purpose; Chromium logs that as an error.
        const expected404 = type === 'not found';
        // The fixture archive's articles show images from example.com, which this machine cannot
        // reach: a failed load from another origin is the article's, not the site's.
        const elsewhere = (url: string) => url !== '' && !url.startsWith(site.origin);
        page.on(
          'console',
          (message) =>
            message.type() === 'error' &&
            !(expected404 && message.text().includes('404')) &&
            !elsewhere(message.location().url) &&
            errors.push(message.text()),
        );
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('requestfailed', (request) => !elsewhere(request.url()) && errors.push(`failed: ${request.url()}`));
        page.on(
          'response',
          (response) =>
            response.status() >= 400 &&
            !(expected404 && response.url().endsWith(path)) &&
            errors.push(`${response.status()}: ${response.url()}`),
        );
        await page.goto(`${site.url}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
        const violations = await axeViolations(page);
        if (violations.length > 0 || errors.length > 0) problems[type] = { path, violations, errors };
        await page.close();
      }
      expect(problems).toEqual({});
    });
  },
);

describe('keyboard', () => {
  test('the skip link, header search and pagination are reachable with Tab alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}${pages['topic detail']}`);
    const reached: string[] = [];
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element) return '';
          return element.matches('.skip-link')
            ? 'skip link'
            : element.id === 'site-search'
              ? 'header search'
              : element.closest('.pagination')
                ? 'pagination'
                : element.tagName;
        }),
      );
    }
    expect(reached[0]).toBe('skip link');
    expect(reached).toContain('header search');
    expect(reached).toContain('pagination');
    await page.close();
  });
});
