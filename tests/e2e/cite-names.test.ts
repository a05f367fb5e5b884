/**
 * The Cite section of articles whose bylines are of every hard kind: name particles ("Jan van der
 * Berg", "Ngũgĩ wa Thiong'o"), a generational suffix ("Martin Luther King Jr."), newsroom credits
 * and an organisation ("Reuters Staff", "BBC News", "Staff writer", "Human Rights Watch"), with
 * headlines carrying straight quotes, acronyms and a line break (tests/fixtures/citations). Built
 * at / and under /archive/; the references are read as a reader sees them in Chromium, with
 * JavaScript off, and the downloads parsed with a BibTeX and an RIS parser.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { $$, parseHtml } from '../support/html.ts';
import { type RunningSite, serveSite } from '../support/server.ts';
import { buildSite } from '../support/site.ts';

const BASES = ['/', '/archive/'];
const ARTICLES = [
  {
    path: '2024/01/10/particles-and-suffixes/',
    apa: 'van der Berg, J., wa Thiong’o, N., & King, M. L., Jr. (2024, January 10). NATO and the UN say talks have “closed the door” on iPhone exports. Example Wire.',
    mla: 'van der Berg, Jan, et al. “NATO and the UN Say Talks Have ‘Closed the Door’ on iPhone Exports.” Example Wire, 10 Jan. 2024,',
    chicago:
      'Berg, Jan van der, Ngũgĩ wa Thiong’o, and Martin Luther King Jr. “NATO and the UN Say Talks Have ‘Closed the Door’ on iPhone Exports.” Example Wire, January 10, 2024.',
    bibAuthors: "van der Berg, Jan and wa Thiong'o, Ngũgĩ and King, Jr., Martin Luther",
    bibTitle: "{NATO} and the {UN} say talks have 'closed the door' on {iPhone} exports",
    creators: [
      { lastName: 'Berg', firstName: 'Jan', prefix: 'van der' },
      { lastName: "Thiong'o", firstName: 'Ngũgĩ', prefix: 'wa' },
      { lastName: 'King', firstName: 'Martin Luther', suffix: 'Jr.' },
    ],
    ris: ['AU  - van der Berg, Jan', "AU  - wa Thiong'o, Ngũgĩ", 'AU  - King, Martin Luther, Jr.'],
    title: "NATO and the UN say talks have 'closed the door' on iPhone exports",
  },
  {
    path: '2024/01/11/newsroom-credits/',
    apa: 'Reuters Staff, BBC News, Staff writer, & Human Rights Watch. (2024, January 11). McDonald’s “no deal”: COVID-19 rules in the U.S. stay. Reuters.',
    mla: 'Reuters Staff, et al. “McDonald’s ‘No Deal’: COVID-19 Rules in the U.S. Stay.” Reuters, 11 Jan. 2024,',
    chicago:
      'Reuters Staff, BBC News, Staff writer, and Human Rights Watch. “McDonald’s ‘No Deal’: COVID-19 Rules in the U.S. Stay.” Reuters, January 11, 2024.',
    bibAuthors: '{Reuters Staff} and {BBC News} and {Staff writer} and {Human Rights Watch}',
    bibTitle: '{McDonald’s} ‘no deal’: {COVID-19} rules in the {U.S}. stay',
    creators: [{ name: 'Reuters Staff' }, { name: 'BBC News' }, { name: 'Staff writer' }, { name: 'Human Rights Watch' }],
    ris: ['AU  - Reuters Staff', 'AU  - BBC News', 'AU  - Staff writer', 'AU  - Human Rights Watch'],
    // The headline's line break is collapsed to a space in every reference and download.
    title: 'McDonald’s ‘no deal’: COVID-19 rules in the U.S. stay',
  },
];

let browser: Browser;
const sites = new Map<string, RunningSite>();
beforeAll(async () => {
  for (const base of BASES) {
    const build = await buildSite({
      name: `citations${base.replaceAll('/', '-')}`,
      contentDir: 'tests/fixtures/citations',
      basePath: base,
    });
    if (build.code !== 0) throw new Error(`Building the citations fixture under ${base} failed:\n${build.output}`);
    sites.set(base, await serveSite(build.outDir, base));
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const site of sites.values()) await site.close();
});

describe.each(BASES)('under %s', (base) => {
  /** The article page as Chromium renders it with JavaScript off: each reference's visible text, and the page's HTML. */
  async function open(path: string) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sites.get(base)!.url}${path}`);
    const references: Record<string, string> = {};
    for (const key of ['apa', 'mla', 'chicago']) {
      await page.locator(`#cite-${key} summary`).click();
      references[key] = await page.locator(`#cite-${key} .cite__text`).innerText();
    }
    const html = await page.content();
    await context.close();
    return { references, html };
  }

  test.each(ARTICLES)('$path: a reader sees APA, MLA and Chicago with every name placed as the style places it', async (article) => {
    const { references } = await open(article.path);
    const url = `https://news.example${base}${article.path}`;
    expect(references.apa).toBe(`${article.apa} ${url}`);
    expect(references.mla).toBe(`${article.mla} ${url}.`);
    expect(references.chicago).toBe(`${article.chicago} ${url}.`);
  });

  test.each(ARTICLES)('$path: the BibTeX and RIS downloads keep particles, suffixes and organisations', async (article) => {
    const { html } = await open(article.path);
    const files = new Map(
      $$(parseHtml(html), '.cite__downloads a').map((link) => [
        String(link.properties.download).replace(/^.*\./, 'cite.'),
        Buffer.from(String(link.properties.href).replace(/^data:[^,]*;base64,/, ''), 'base64').toString('utf8'),
      ]),
    );
    const bib = files.get('cite.bib') ?? '';
    expect(bib).toContain(`\tauthor = {${article.bibAuthors}},`);
    expect(bib).toContain(`\ttitle = {${article.bibTitle}},`);
    const library = parseBibtex(bib);
    expect(library.errors).toEqual([]);
    expect(library.entries[0]?.fields.author).toEqual(article.creators);
    expect(library.entries[0]?.fields.title).toBe(article.title);

    const ris = files.get('cite.ris') ?? '';
    expect(ris.split('\n').filter((line) => line.startsWith('AU  - '))).toEqual(article.ris);
    expect(parseRis(ris)[0]?.title).toBe(article.title);
    expect(JSON.parse(files.get('cite.json') ?? '[]')[0]?.title).toBe(article.title);
  });

  test('an Arabic headline, byline and source keep their places in the English reference, as a reader sees it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sites.get(base)!.url}2024/01/12/${encodeURIComponent('arabic-reference')}/`);
    const reference = page.locator('#cite-apa .cite__text');
    await page.locator('#cite-apa summary').click();
    // Laid out left to right as the CSL locale's text, whatever the page's direction.
    await expect(reference.getAttribute('dir')).resolves.toBe('ltr');
    await expect(reference.evaluate((element) => getComputedStyle(element).direction)).resolves.toBe('ltr');
    // On screen, from left to right: the byline, the date, the headline, then the source; each Arabic
    // field reads right to left inside its own place. Measured on the rendered text's boxes.
    const lefts = await reference.evaluate((element) => {
      const node = element.firstChild as Text;
      const box = (part: string) => {
        const range = document.createRange();
        const start = node.data.indexOf(part);
        range.setStart(node, start);
        range.setEnd(node, start + part.length);
        return Math.min(...[...range.getClientRects()].map((rect) => rect.left));
      };
      return { byline: box('الخطيب'), date: box('2024'), headline: box('مغلق'), source: box('الجزيرة⁩.') };
    });
    expect(lefts.byline).toBeLessThan(lefts.date);
    expect(lefts.date).toBeLessThan(lefts.headline);
    expect(lefts.headline).toBeLessThan(lefts.source);
    await context.close();
  });

  test('two slugs of one day that differ only by a hyphen get distinct BibTeX keys and file names', async () => {
    const keys: string[] = [];
    for (const slug of ['e-mail-outage', 'email-outage']) {
      const { html } = await open(`2024/01/13/${slug}/`);
      const link = $$(parseHtml(html), '.cite__downloads a')[0]!;
      expect(link.properties.download).toBe(`2024-01-13-${slug}.bib`);
      const bib = Buffer.from(String(link.properties.href).replace(/^data:[^,]*;base64,/, ''), 'base64').toString('utf8');
      const library = parseBibtex(bib);
      expect(library.errors).toEqual([]);
      keys.push(library.entries[0]!.key);
    }
    expect(keys).toEqual(['2024-01-13-e-mail-outage', '2024-01-13-email-outage']);
  });
});
