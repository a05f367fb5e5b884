/**
 * A French archive of one article with no byline, no subjects and no storyline, under /archive/:
 * every entity index and the storylines page say in a sentence that there is nothing yet (no "0 au
 * total", no dead A–Z bar), and the Cite section's reference is formatted with the French CSL
 * locale and marked as such, with French punctuation around it: APA's day before the month, the
 * headline's « » one level deeper inside MLA's and Chicago's quotes. The article has no byline,
 * source or dateline, so its byline has no "who" line. Checked in Chromium, where a reader sees it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { ENTITY_KINDS } from '../../src/content/kinds.ts';
import { fr } from '../../src/i18n/fr.ts';
import { axeViolations } from '../support/axe.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { buildSite } from '../support/site.ts';

const NAME = 'french-empty-archive';
const ARTICLE = '2022/09/10/lighthouse-reopens/';
let browser: Browser;
let site: RunningSite;
let page: Page;

beforeAll(async () => {
  const build = await buildSite({ name: NAME, contentDir: 'tests/fixtures/base-path', basePath: '/archive/', env: { SITE_LANG: 'fr' } });
  if (build.code !== 0) throw new Error(`Building ${NAME} failed:\n${build.output}`);
  site = await serveSite(build.outDir, '/archive/');
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('an entity index with nothing in it', () => {
  test.each(ENTITY_KINDS)('/archive/%s/ says so in a sentence, without a count or an A–Z bar', async (kind) => {
    const response = await page.goto(`${site.url}${kind}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe(fr.kinds[kind].many);
    const main = await page.locator('main').innerText();
    expect(main).toContain(fr.entities.indexEmpty);
    expect(main).not.toMatch(/\b0\b|au total/);
    expect(await page.locator('.letter-nav, .az-group').count()).toBe(0);
  });

  test('the empty authors page has no axe violations', async () => {
    await page.goto(`${site.url}authors/`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('/archive/storylines/ says no article belongs to a storyline yet', async () => {
  await page.goto(`${site.url}storylines/`);
  expect(await page.locator('main').innerText()).toContain(fr.research.storylines.none);
  expect(await page.locator('.storyline-index').count()).toBe(0);
});

describe('the Cite section of a French site', () => {
  test('each reference is formatted in French and marked lang="fr-FR"', async () => {
    await page.goto(`${site.url}${ARTICLE}`);
    const references = page.locator('.cite__text');
    expect(await references.count()).toBe(3);
    for (const reference of await references.all()) {
      expect(await reference.getAttribute('lang')).toBe('fr-FR');
      expect(await reference.textContent()).toMatch(/10 septembre 2022|2022, 10 septembre/);
    }
    await page.locator('#cite-apa summary').click();
    await expect(page.locator('#cite-apa .cite__text').isVisible()).resolves.toBe(true);
  });

  test.each([
    ['apa', `Le phare « rouvre ses portes » aux visiteurs. (2022, 10 septembre). ${fr.site.title}.`],
    ['mla', `« Le phare “rouvre ses portes” aux visiteurs ». ${fr.site.title}, 10 septembre 2022,`],
    ['chicago', `${fr.site.title}. « Le phare “rouvre ses portes” aux visiteurs ». 10 septembre 2022.`],
  ])('%s, once opened, begins: %s', async (key, start) => {
    await page.goto(`${site.url}${ARTICLE}`);
    await page.locator(`#cite-${key} summary`).click();
    const reference = page.locator(`#cite-${key} .cite__text`);
    await expect(reference.isVisible()).resolves.toBe(true);
    // The locale's guillemets carry a no-break space inside; compare with ordinary spaces.
    expect((await reference.innerText()).replaceAll('\u00a0', ' ').startsWith(start)).toBe(true);
  });

  test('the downloads label ends with a narrow no-break space and a colon', async () => {
    await page.goto(`${site.url}${ARTICLE}`);
    expect(await page.locator('.cite__downloads span').first().innerText()).toBe(`${fr.research.cite.downloads}\u202f:`);
  });
});

describe('an article with no byline, no source and no dateline', () => {
  test('has no "who" line at all, only the date and reading time, and no empty paragraph', async () => {
    await page.goto(`${site.url}${ARTICLE}`);
    expect(await page.locator('.byline__who').count()).toBe(0);
    const paragraphs = page.locator('.byline p');
    expect(await paragraphs.count()).toBeGreaterThan(0);
    for (const paragraph of await paragraphs.all()) expect((await paragraph.innerText()).trim()).not.toBe('');
    expect(await page.locator('.byline p').first().getAttribute('class')).toBe('byline__when');
  });
});
