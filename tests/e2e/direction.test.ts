/**
 * Writing direction comes from the language, not the first letters: pages and every snippet in
 * another language (lists, related articles, previous/next links) compute the right `direction`
 * in Chromium, even when an Arabic, Hebrew or Persian headline starts with a Latin acronym.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { type RunningSite, serveSite } from '../support/server.ts';
import { buildSite, ROOT } from '../support/site.ts';

// [file slug, lang, direction]
const articles: [string, string, 'ltr' | 'rtl'][] = [
  ['rta-night-bus', 'ar', 'rtl'],
  ['haifa-tram', 'he', 'rtl'],
  ['tehran-metro', 'fa', 'rtl'],
  ['beijing-night-buses', 'zh-Hans', 'ltr'],
  ['night-buses-expand', 'en', 'ltr'],
];

let browser: Browser;
let site: RunningSite;
let buildOutput = '';
beforeAll(async () => {
  const build = await buildSite({ name: 'scripts', contentDir: 'tests/fixtures/scripts' });
  buildOutput = build.output;
  if (build.code !== 0) throw new Error(`Building the scripts fixture failed:\n${build.output}`);
  browser = await launchBrowser();
  site = await serveSite(build.outDir, '/');
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

async function directions(path: string, selector: string): Promise<Record<string, { lang: string; direction: string }>> {
  const page = await browser.newPage();
  await page.goto(`${site.url}${path}`);
  const found = await page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const link = element.closest('a') ?? element.querySelector('a');
      return {
        href: link?.getAttribute('href') ?? '',
        lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
        direction: getComputedStyle(element).direction,
      };
    }),
  );
  await page.close();
  return Object.fromEntries(found.map(({ href, lang, direction }) => [href.split('/').at(-2) ?? '', { lang, direction }]));
}

describe('writing direction in Chromium', () => {
  test.each(articles)('the %s page (lang %s) and its headline run %s', async (slug, lang, direction) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}2022/09/16/${slug}/`);
    const html = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      direction: getComputedStyle(document.documentElement).direction,
      headline: getComputedStyle(document.querySelector('h1')!).direction,
      // The site's own header and footer stay in the site's language (English here) and its direction.
      header: getComputedStyle(document.querySelector('.site-header')!).direction,
      footer: getComputedStyle(document.querySelector('.site-footer')!).direction,
    }));
    expect(html).toEqual({ lang, dir: direction, direction, headline: direction, header: 'ltr', footer: 'ltr' });
    await page.close();
  });

  test.each(articles)('in the day list, the %s headline (lang %s) runs %s', async (slug, lang, direction) => {
    const listed = await directions('2022/09/16/', '.article-list__title');
    expect(listed[slug]).toEqual({ lang, direction });
  });

  test.each(articles.filter(([slug]) => slug !== 'night-buses-expand'))(
    'on the English article, the related %s headline (lang %s) runs %s',
    async (slug, lang, direction) => {
      const related = await directions('2022/09/16/night-buses-expand/', '.related li a');
      expect(related[slug]).toEqual({ lang, direction });
    },
  );

  test('on the Arabic article, related English and Chinese headlines run left to right', async () => {
    const related = await directions('2022/09/16/rta-night-bus/', '.related li a');
    expect(related['night-buses-expand']).toEqual({ lang: 'en', direction: 'ltr' });
    expect(related['beijing-night-buses']).toEqual({ lang: 'zh-Hans', direction: 'ltr' });
  });
});

describe('the build’s language check', () => {
  test('warns about the article whose text is clearly not in its declared language, naming the file', () => {
    const warnings = buildOutput.split('\n').filter((line) => line.includes('[news-archive:language]'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/undeclared-chinese\.md: the text reads as zh, not en/);
  });

  test('a second build with the first one’s cache gives the same warning, from the kept verdicts', async () => {
    const cache = join(ROOT, '.tmp/cache', 'scripts');
    const kept = JSON.parse(await readFile(join(cache, 'language-checks.json'), 'utf8')) as { entries: Record<string, string | null> };
    const verdicts = Object.values(kept.entries);
    expect(verdicts.filter((verdict) => verdict !== null)).toEqual([expect.stringMatching(/^the text reads as zh, not en/)]);
    expect(verdicts.length).toBeGreaterThan(1);
    const again = await buildSite({ name: 'scripts-warm', contentDir: 'tests/fixtures/scripts', env: { ASTRO_CACHE_DIR: cache } });
    expect(again.code).toBe(0);
    const warnings = again.output.split('\n').filter((line) => line.includes('[news-archive:language]'));
    expect(warnings).toEqual([expect.stringMatching(/undeclared-chinese\.md: the text reads as zh, not en/)]);
  }, 180_000);
});
