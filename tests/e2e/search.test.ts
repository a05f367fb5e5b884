import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { searchSettled } from '../support/search-page.ts';
import { builtDir, fixtureBuilds, ROOT } from '../support/site.ts';
import { SEARCH_CORPUS, publishedCorpus, searchCorpusBuilds } from '../support/search-corpus.ts';
import { suggestSpelling } from '../../src/search/client/did-you-mean.ts';
import { foldLetters, hasFoldableLetter } from '../../src/search/build/fold.ts';
import { generateCorpus } from '../../tools/corpus/index.ts';
import type { Vocabulary } from '../../src/search/vocabulary.ts';

const SEED = '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/';
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await searchSettled(page);
}

/**
 * Whether the browser scrolled the article to the passage a text fragment names: the window has
 * moved down, and the smallest element whose text holds the passage is on screen.
 */
function passageInView(page: Page, passage: string): Promise<{ scrolled: boolean; inView: boolean }> {
  return page.evaluate((text) => {
    const squash = (value: string) => value.replace(/\s+/g, ' ').toLowerCase();
    const holders = [...document.querySelectorAll<HTMLElement>('.article p, .article li, .article blockquote')].filter((element) =>
      squash(element.textContent ?? '').includes(squash(text)),
    );
    const rect = holders.at(-1)?.getBoundingClientRect();
    return { scrolled: window.scrollY > 0, inView: rect !== undefined && rect.top >= 0 && rect.top < window.innerHeight };
  }, passage);
}

const resultLinks = (page: Page) =>
  page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

/** Opens a page that records Content-Security-Policy violations and script errors. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`CSP ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  return { page, problems };
}

describe.each(Object.values(fixtureBuilds))('searching the fixture archive ($name, base $basePath)', (build) => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveSite(builtDir(build.name), build.basePath);
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each([
    ['Xinjiang', 'Xinjiang'],
    ['Bachelet', 'Bachelet'],
    ['crimes against humanity', 'crimes'],
    ['Zhao Lijian', 'Zhao'],
    ['Uygh', 'Uygh'],
    ['CRIMES Against HUMANITY', 'crimes'],
  ])(
    '“%s” finds the seed article with the words marked in the excerpt, and its link opens the article at the passage',
    async (query, marked) => {
      const { page, problems } = await watchedPage();
      // A short window, so the passage is below the fold unless the browser scrolls to it.
      await page.setViewportSize({ width: 1000, height: 400 });
      await openSearch(page, `${site.url}search/?q=${encodeURIComponent(query)}`);
      const [first] = await resultLinks(page);
      expect(new URL(first!, site.url).pathname).toBe(`${build.basePath}${SEED}`);
      const marks = await page.locator('.search-result').first().locator('.search-result__excerpt mark').allInnerTexts();
      expect(marks.some((text) => text.toLowerCase().startsWith(marked.toLowerCase()))).toBe(true);
      // The excerpt shows the body's passage, not the headline the result's link already shows.
      await expect(page.locator('.search-result__excerpt').first().innerText()).resolves.not.toContain('says UN has');
      const passage = decodeURIComponent(first!.split('#:~:text=')[1] ?? '');
      expect(passage.toLowerCase()).toContain(marked.toLowerCase());
      // A real click (a user gesture, which text fragments require) opens the article.
      await page.locator('.search-result__title a').first().click();
      await page.waitForURL(new RegExp(SEED));
      await expect.poll(() => passageInView(page, passage)).toEqual({ scrolled: true, inView: true });
      expect(
        await page.evaluate(() => document.scripts.length - document.querySelectorAll('script[type="application/ld+json"]').length),
      ).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  test('a word only in the headline gives the standfirst as the excerpt, not the headline again', async () => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/?q=says`);
    const seed = page.locator('.search-result').filter({ has: page.locator(`a[href^="${build.basePath}${SEED}"]`) });
    await expect(seed.locator('.search-result__title').innerText()).resolves.toContain('China says UN has');
    const excerpt = await seed.locator('.search-result__excerpt').innerText();
    expect(excerpt).toMatch(/^Beijing’s envoy in Geneva accuses the UN human rights office /);
    expect(excerpt).not.toContain('says UN has');
    await page.close();
  });

  test('a Chinese query finds the Chinese article', async () => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/?q=${encodeURIComponent('新疆')}`);
    const links = await resultLinks(page);
    expect(links.map((link) => new URL(link!, site.url).pathname)).toEqual([`${build.basePath}2023/03/02/xinjiang-zh/`]);
    await expect(page.locator('.search-result__excerpt mark').first().innerText()).resolves.toBe('新疆');
    await expect(page.locator('.search-result').first().getAttribute('lang')).resolves.toBe('zh-Hans');
    await expect(page.locator('.search-result').first().getAttribute('dir')).resolves.toBe('ltr');
    // A result in the page's own language repeats neither.
    await openSearch(page, `${site.url}search/?q=Bachelet`);
    await expect(
      page
        .locator('.search-result')
        .first()
        .evaluate((item) => [item.getAttribute('lang'), item.getAttribute('dir')]),
    ).resolves.toEqual([null, null]);
    await page.close();
  });

  test.each([
    ['Kowalska', true],
    ['Martínez', true],
    // Across shards, scores from different indexes are not comparable (docs/benchmarks.md), so only its presence is asserted.
    ['Anna Kowalska', false],
  ])('“%s”, a name only the byline gives, finds the article it signs', async (query, first) => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/?q=${encodeURIComponent(query)}`);
    const found = (await resultLinks(page)).map((link) => new URL(link!, site.url).pathname);
    const signed = new RegExp(`^${build.basePath}\\d{4}/\\d{2}/\\d{2}/zurich-talks-stall/`);
    if (first || build.name === 'fixture-root') expect(found[0]).toMatch(signed);
    else expect(found.some((path) => signed.test(path))).toBe(true);
    await page.close();
  });

  test('a query that matches nothing says so and gives advice', async () => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/?q=qwxzvbk`);
    await expect(page.locator('#search-status').innerText()).resolves.toBe('No results for “qwxzvbk”.');
    await expect(page.locator('#search-advice').innerText()).resolves.toMatch(/spelling/);
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
    await page.close();
  });

  test('a search that loses its connection says it failed, and pressing Search tries again', async () => {
    const page = await browser.newPage();
    // The connection drops when the search loads its shard list, after the page itself loaded.
    const dropped = (url: URL) => url.pathname.endsWith('/pagefind/shards.json');
    await page.context().route(dropped, (route) => route.abort('connectionreset'));
    await page.goto(`${site.url}search/?q=Bachelet`);
    await expect(searchSettled(page)).rejects.toThrow(/failed.*Press Search to try again/);
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
    await page.context().unroute(dropped);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await searchSettled(page);
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  test('a server with no search index gets a notice that says how to get one, not an endless search', async () => {
    const page = await browser.newPage();
    await page.context().route(/\/pagefind\//, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${site.url}search/?q=Bachelet`);
    await expect(searchSettled(page)).rejects.toThrow(/search index is made by a production build/);
    await expect(page.locator('#search-app').isHidden()).resolves.toBe(true);
    await page.context().unroute(/\/pagefind\//);
    await page.close();
  });

  test('results appear while typing, announced in a polite live region, and the URL follows', async () => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/`);
    const box = page.getByRole('searchbox', { name: 'Words to search for' });
    await box.pressSequentially('Bachelet', { delay: 20 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Bachelet');
    await searchSettled(page);
    const status = page.getByRole('status');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status.innerText()).resolves.toBe('1 result for “Bachelet”.');
    await page.close();
  });

  test('a keystroke after a pause searches at once; a burst of keystrokes searches once, when it ends', async () => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/`);
    const seen = await page.evaluate(() => {
      const input = document.getElementById('search-q') as HTMLInputElement;
      const type = (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return new URL(location.href).searchParams.get('q');
      };
      // Within one task, so the second and third keystrokes are milliseconds after the first.
      return [type('Zhao'), type('Zhao L'), type('Zhao Lijian')];
    });
    expect(seen).toEqual(['Zhao', 'Zhao', 'Zhao']);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Zhao Lijian');
    await searchSettled(page);
    await expect(page.locator('.search-result').count()).resolves.toBe(1);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.close();
  });

  test('the header search box on any page leads to the results', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${SEED}`);
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill('Zhao Lijian');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Zhao\+Lijian/);
    expect(new URL(page.url()).pathname).toBe(`${build.basePath}search/`);
    await searchSettled(page);
    await expect(page.locator('.search-result').count()).resolves.toBe(1);
    await page.close();
  });

  test('search works under the strict Content-Security-Policy with no violations', async () => {
    const { page, problems } = await watchedPage();
    const response = await page.goto(`${site.url}search/?q=Xinjiang&sort=newest`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await searchSettled(page);
    await expect(page.locator('.search-result').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('with JavaScript off the page says search needs it and links to the archives', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=Xinjiang`);
    const notice = page.locator('.search-notice').first();
    await expect(notice.innerText()).resolves.toBe(
      'Search needs JavaScript, which is turned off in this browser. You can still browse the archive by date or by topic.',
    );
    await expect(notice.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toEqual([
      `${build.basePath}archive/`,
      `${build.basePath}topics/`,
    ]);
    await expect(page.locator('#search-app').isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('has no axe violations with results, facets and filters shown, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as an inline script, which the page's own policy rightly forbids.
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await openSearch(page, `${site.url}search/?q=report&topic=China`);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
        ).axe.run();
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      expect(violations, colorScheme).toEqual([]);
      await context.close();
    }
  });
});

/** The corpus as the site publishes it, computed without the site: what search must find. */
describe.each(Object.values(searchCorpusBuilds))('filters and sort on a generated archive ($name, base $basePath)', (build) => {
  let site: RunningSite;
  const articles = publishedCorpus(SEARCH_CORPUS, build.basePath);
  // The most written-about person, over the middle of the years they appear in.
  const counts = new Map<string, number>();
  for (const article of articles) for (const person of article.data.people) counts.set(person, (counts.get(person) ?? 0) + 1);
  const person = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const years = [
    ...new Set(articles.filter((article) => article.data.people.includes(person)).map((article) => Number(article.day.year))),
  ].sort();
  const from = years[1]!;
  const to = years[years.length - 2]!;
  const expected = articles.filter(
    (article) => article.data.people.includes(person) && Number(article.day.year) >= from && Number(article.day.year) <= to,
  );

  beforeAll(async () => {
    site = await serveSite(builtDir(build.name), build.basePath);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('a person, a year range and newest first give the right articles in order, and the URL keeps it all', async () => {
    expect(expected.length).toBeGreaterThan(10);
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/`);
    await page.locator(`input[name="person"][value="${person}"]`).check();
    await searchSettled(page);
    await page.locator('#search-year-from').selectOption(String(from));
    await searchSettled(page);
    await page.locator('#search-year-to').selectOption(String(to));
    await searchSettled(page);
    await page.getByLabel('Order').selectOption('newest');
    await searchSettled(page);

    const url = new URL(page.url());
    expect(url.searchParams.getAll('person')).toEqual([person]);
    expect([url.searchParams.get('year_from'), url.searchParams.get('year_to'), url.searchParams.get('sort')]).toEqual([
      String(from),
      String(to),
      'newest',
    ]);
    await expect(page.locator('#search-status').innerText()).resolves.toMatch(new RegExp(`^${expected.length} results, showing 1–10\\.$`));
    const firstPage = expected.slice(0, 10).map((article) => article.url);
    await expect(resultLinks(page)).resolves.toEqual(firstPage);
    await expect(page.locator(`input[name="person"][value="${person}"] ~ .facet__count`).innerText()).resolves.toBe(
      String(expected.length),
    );

    await page.getByRole('link', { name: 'Page 2' }).click();
    await searchSettled(page);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    const secondPage = expected.slice(10, 20).map((article) => article.url);
    await expect(resultLinks(page)).resolves.toEqual(secondPage);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('results-heading');

    await page.reload();
    await searchSettled(page);
    await expect(resultLinks(page)).resolves.toEqual(secondPage);

    await page.goBack();
    await searchSettled(page);
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    await expect(resultLinks(page)).resolves.toEqual(firstPage);

    await page.goBack();
    await searchSettled(page);
    expect(new URL(page.url()).searchParams.get('sort')).toBeNull();
    // Without words there is no best match: the box shows the order used, newest first.
    await expect(page.getByLabel('Order').inputValue()).resolves.toBe('newest');
    await expect(page.locator('#search-sort option[value="relevance"]').isDisabled()).resolves.toBe(true);

    await page.goForward();
    await searchSettled(page);
    await expect(resultLinks(page)).resolves.toEqual(firstPage);
    await page.close();
  });

  test('a name typed in plain letters (e.g. “lukasz” for “Łukasz”) is marked in the excerpts as the articles write it', async () => {
    // The name with such a letter that the most article bodies hold.
    const bodies = [...generateCorpus(SEARCH_CORPUS)].map((article) => article.markdown.split('\n---\n')[1] ?? '');
    const holding = new Map<string, number>();
    for (const body of bodies)
      for (const word of new Set(body.match(/[\p{L}]+/gu)?.filter((token) => hasFoldableLetter(token))))
        holding.set(word, (holding.get(word) ?? 0) + 1);
    const [written] = [...holding].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const typed = foldLetters(written);
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/?q=${encodeURIComponent(typed)}`);
    const excerpts = await page.locator('.search-result__excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(0);
    const marks = await page.locator('.search-result__excerpt mark').allInnerTexts();
    expect(marks.some((mark) => mark.includes(written))).toBe(true);
    // The folded copy the index alone holds ("lukasz") is never shown.
    for (const excerpt of excerpts)
      expect(excerpt.split(/\s+/).map((word) => word.replace(/\W+$/u, ''))).not.toContain(typed.toLowerCase());
    await page.close();
  });

  test('oldest first reverses the order', async () => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/?person=${encodeURIComponent(person)}&year_from=${from}&year_to=${to}&sort=oldest`);
    await expect(resultLinks(page)).resolves.toEqual(
      [...expected]
        .reverse()
        .slice(0, 10)
        .map((article) => article.url),
    );
    await page.close();
  });

  test('two people narrow to articles about both; two sources widen to either', async () => {
    const second = [...counts].sort((a, b) => b[1] - a[1])[1]![0];
    const both = articles.filter((article) => article.data.people.includes(person) && article.data.people.includes(second));
    const sources = [...new Set(articles.map((article) => article.data.source))].filter(Boolean).slice(0, 2) as string[];
    const either = articles.filter((article) => sources.includes(article.data.source ?? ''));
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/?person=${encodeURIComponent(person)}&person=${encodeURIComponent(second)}`);
    await expect(page.locator('.search-result').count()).resolves.toBe(Math.min(10, both.length));
    if (both.length > 0) await expect(page.locator('#search-status').innerText()).resolves.toMatch(new RegExp(`^${both.length} results?`));
    await openSearch(page, `${site.url}search/?source=${encodeURIComponent(sources[0]!)}&source=${encodeURIComponent(sources[1]!)}`);
    await expect(page.locator('#search-status').innerText()).resolves.toMatch(new RegExp(`^${either.length} results`));
    await page.close();
  });

  test('with no query the page offers facets to browse, with counts for the whole archive', async () => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/`);
    for (const legend of ['Years', 'Topics', 'People', 'Places', 'Sources', 'Sections']) {
      await expect(page.getByRole('group', { name: legend }).count()).resolves.toBe(1);
    }
    await expect(page.locator(`input[name="person"][value="${person}"] ~ .facet__count`).innerText()).resolves.toBe(
      String(counts.get(person)),
    );
    await page.close();
  });

  test.each([
    ['Bachelte', 'Bachelet'],
    ['Genva', 'Geneva'],
    ['Xinjaing', 'Xinjiang'],
    ['Bejing', 'Beijing'],
    ['Washingon', 'Washington'],
    ['goverment', 'government'],
    ['Brusels', 'Brussels'],
    ['Ukriane', 'Ukraine'],
    ['Islamabd', 'Islamabad'],
    ['Jerusalm', 'Jerusalem'],
    ['Inflaton', 'Inflation'],
    ['Diplomcy', 'Diplomacy'],
    ['Refugess', 'Refugees'],
    ['Okafr', 'Okafor'],
    ['Chinedo', 'Chinedu'],
    ['Amnesy', 'Amnesty'],
    ['Commision', 'Commission'],
    ['intelligense', 'intelligence'],
    ['Moscw', 'Moscow'],
    ['Kyyiv', 'Kyiv'],
  ])('the vocabulary built with the index corrects “%s” to “%s”', (typo, word) => {
    const vocabulary = JSON.parse(readFileSync(join(builtDir(build.name), 'pagefind/vocabulary.json'), 'utf8')) as Vocabulary;
    expect(suggestSpelling(typo, vocabulary)).toBe(word);
  });

  test('a misspelt name that finds little offers the right spelling as a link that keeps the rest of the search', async () => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/?q=Bachelte&sort=newest`);
    const offer = page.locator('#search-suggestion a');
    await expect(offer.innerText()).resolves.toBe('Bachelet');
    expect(new URL((await offer.getAttribute('href'))!, site.url).search).toBe('?q=Bachelet&sort=newest');
    await offer.click();
    await searchSettled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Bachelet');
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#search-suggestion').isHidden()).resolves.toBe(true);
    await page.close();
  });

  test('a query with filters that match nothing suggests removing a filter, and removing it brings results back', async () => {
    const page = await browser.newPage();
    await openSearch(page, `${site.url}search/?q=qwxzvbk&person=${encodeURIComponent(person)}`);
    await expect(page.locator('#search-advice').innerText()).resolves.toMatch(/removing one of them/);
    await openSearch(page, `${site.url}search/?q=government&person=${encodeURIComponent(person)}&year_from=1900&year_to=1901`);
    await expect(page.locator('#search-status').innerText()).resolves.toMatch(/^No results/);
    await page.getByRole('button', { name: /Remove filter Years/ }).click();
    await searchSettled(page);
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});
