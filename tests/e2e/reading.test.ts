import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { builtDir, fixtureBuilds } from '../support/site.ts';

const HEADLINE = 'China says UN has ‘closed the door’ on cooperation over human rights with Xinjiang report';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.values(fixtureBuilds))('reading the seed article ($name, base $basePath)', (build) => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveSite(builtDir(build.name), build.basePath);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('a reader goes from the home page to the article and reads it', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    // The site's own requests must all succeed; a fixture's image on another host cannot load on an offline machine.
    page.on('requestfailed', (request) => request.url().startsWith(site.origin) && failures.push(request.url()));
    page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
    await page.goto(site.url);
    await page.getByRole('link', { name: HEADLINE }).click();
    await page.waitForURL(/\/2022\/09\/10\/china-says-un-has-closed-the-door/);
    expect(new URL(page.url()).pathname).toBe(
      `${build.basePath}2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/`,
    );
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(HEADLINE);
    const byline = await page.locator('.byline').innerText();
    expect(byline).toContain('The Independent · Geneva');
    expect(byline).toContain('September 10, 2022');
    const paragraphs = await page.locator('.article__body p').allInnerTexts();
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[1]).toBe(
      'Chen Xu, China’s ambassador to the UN, lashed out at the global body and said in Geneva on Friday: “The office closed the door of cooperation by releasing the so-called assessment.”',
    );
    expect(paragraphs[6]).toMatch(/^“We firmly oppose the release of the so-called Xinjiang-related report/);
    await expect(page.locator('.article__credit').innerText()).resolves.toBe('Additional reporting by agencies');
    expect(failures).toEqual([]);
    await page.close();
  });

  // The downloads are data: links in the page: a reader with JavaScript off clicks one and gets the file.
  test.each([
    ['BibTeX', 'bib', /^@article\{2022-09-10-china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report,/],
    ['RIS', 'ris', /^TY {2}- NEWS\nAU {2}- The Independent\n/],
    ['CSL-JSON', 'json', /^\[\s*\{\s*"id": "2022-09-10-china-says-un/],
  ])('the Cite section’s %s link downloads the article’s .%s file, with JavaScript off', async (label, file, start) => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.url}2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.cite__downloads').getByRole('link', { name: label, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `2022-09-10-china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report.${file}`,
    );
    const body = await readFile((await download.path())!, 'utf8');
    expect(body).toMatch(start);
    expect(body).toContain('closed the door');
    await context.close();
  });

  test('the article reads the same with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(HEADLINE);
    await expect(page.locator('.article__body p').count()).resolves.toBe(11);
    await context.close();
  });

  test('an unknown address shows the 404 page with status 404', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await page.close();
  });

  test('the skip link is the first stop for keyboard users and moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });
});
