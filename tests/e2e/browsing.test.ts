import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { builtDir, corpusBuild, CORPUS_ARTICLES, fixtureBuilds } from '../support/site.ts';

const HEADLINE = 'China says UN has ‘closed the door’ on cooperation over human rights with Xinjiang report';
const SEED_PATH = '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const countOf = async (page: Page) =>
  Number(/[\d,]+/.exec(await page.locator('.listing-header__count').innerText())?.[0]?.replace(/,/g, ''));
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

/** A page that records failed requests and runs with JavaScript off, as the archive must work without it. */
async function openPage(site: RunningSite) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
  await page.goto(site.url);
  return { page, failures, close: () => context.close() };
}

describe.each(Object.values(fixtureBuilds))('browsing to the seed article ($name, base $basePath)', (build) => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveSite(builtDir(build.name), build.basePath);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('a reader goes from the home page through year, month and day to the article', async () => {
    const { page, failures, close } = await openPage(site);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Archive' }).click();
    expect(await h1(page)).toBe('The archive');
    expect(await countOf(page)).toBe(3);
    await page.getByRole('link', { name: '2022: 1 article' }).click();
    expect(await h1(page)).toBe('2022');
    expect(await countOf(page)).toBe(1);
    await page.getByRole('link', { name: 'September 2022: 1 article' }).click();
    expect(await h1(page)).toBe('September 2022');
    await page.getByRole('link', { name: 'September 10, 2022: 1 article' }).click();
    expect(await h1(page)).toBe('September 10, 2022');
    expect(await countOf(page)).toBe(1);
    await page.getByRole('link', { name: HEADLINE }).click();
    expect(new URL(page.url()).pathname).toBe(`${build.basePath}${SEED_PATH}`);
    expect(await h1(page)).toBe(HEADLINE);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'September' }).click();
    expect(await h1(page)).toBe('September 2022');
    expect(failures).toEqual([]);
    await close();
  });

  test('a reader goes from the home page through a person’s page to the article', async () => {
    const { page, failures, close } = await openPage(site);
    await page.getByRole('link', { name: 'People', exact: true }).click();
    expect(await h1(page)).toBe('People');
    await page.getByRole('link', { name: 'M', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#letter-m');
    await page.getByRole('link', { name: 'Michelle Bachelet' }).click();
    expect(await h1(page)).toBe('Michelle Bachelet');
    expect(await countOf(page)).toBe(1);
    await page.getByRole('link', { name: HEADLINE }).click();
    expect(new URL(page.url()).pathname).toBe(`${build.basePath}${SEED_PATH}`);
    expect(failures).toEqual([]);
    await close();
  });
});

describe(`browsing a generated archive of ${CORPUS_ARTICLES} articles`, () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveSite(builtDir(corpusBuild.name), corpusBuild.basePath);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('the counts on the way down from the archive to an article agree with each other', async () => {
    const { page, failures, close } = await openPage(site);
    await page.getByRole('link', { name: 'Archive', exact: true }).first().click();
    expect(await countOf(page)).toBe(CORPUS_ARTICLES);
    const years = page.locator('.bar-chart a');
    const yearLink = years.last();
    const yearCount = Number((await yearLink.locator('.visually-hidden').innerText()).match(/: ([\d,]+)/)![1]!.replace(/,/g, ''));
    await yearLink.click();
    expect(await countOf(page)).toBe(yearCount);
    const monthCounts = await page.locator('.bar-chart a .visually-hidden').allInnerTexts();
    expect(monthCounts.reduce((total, text) => total + Number(text.match(/: ([\d,]+)/)![1]!.replace(/,/g, '')), 0)).toBe(yearCount);
    await page.locator('.bar-chart a').first().click();
    const monthCount = await countOf(page);
    expect(await page.locator('.article-list__item').count()).toBe(Math.min(25, monthCount));
    await page.locator('.bar-chart a').first().click();
    const dayCount = await countOf(page);
    expect(await page.locator('.article-list__item').count()).toBe(Math.min(25, dayCount));
    const headline = await page.locator('.article-list__title a').first().innerText();
    await page.locator('.article-list__title a').first().click();
    expect(await h1(page)).toBe(headline);
    await expect(page.locator('.related li').count()).resolves.toBeGreaterThan(0);
    expect(failures).toEqual([]);
    await close();
  });
});
