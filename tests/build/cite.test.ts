import { readdir } from 'node:fs/promises';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, test } from 'vitest';
import { builtDir, CORPUS_ARTICLES, corpusBuild, FIXTURE_BASES, localeBuilds, readPage } from '../support/site.ts';
import { $, $$, parseHtml, text } from '../support/html.ts';

const SEED = '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/';
const EVERY_FIELD = '2023/03/15/zurich-talks-stall/';
const BUILDS = FIXTURE_BASES;
/** Each fixture article: its permalink, the names its citation must credit and its publication. */
const ARTICLES = [
  { path: SEED, authors: [{ literal: 'The Independent' }], container: 'The Independent', date: [2022, 9, 10], lang: 'en' },
  {
    path: EVERY_FIELD,
    authors: [
      { family: 'Martínez', given: 'José' },
      { family: 'Kowalska', given: 'Anna' },
    ],
    container: 'Example Wire',
    date: [2023, 3, 15],
    lang: 'en-GB',
  },
  { path: '2023/03/02/xinjiang-zh/', authors: [{ literal: '示例通讯社' }], container: '示例通讯社', date: [2023, 3, 2], lang: 'zh-Hans' },
];

/** The downloads of an article page, by file name: each link's `data:` URL decoded, with its media type. */
async function downloads(name: string, path: string): Promise<Map<string, { type: string; body: string }>> {
  const links = $$(parseHtml(await readPage(name, path)), '.cite__downloads a');
  return new Map(
    links.map((link) => {
      const match = /^data:([^,;]+(?:;charset=utf-8)?);base64,(.*)$/.exec(String(link.properties.href));
      if (!match) throw new Error(`${path}: download link ${String(link.properties.href).slice(0, 60)} is not a base64 data: URL`);
      return [String(link.properties.download), { type: match[1]!, body: Buffer.from(match[2]!, 'base64').toString('utf8') }];
    }),
  );
}
/** The download of one format (`bib`, `ris`, `json`), saved under the article's own name (its permalink's date and slug). */
const file = async (name: string, path: string, extension: string) => {
  const slug = path.split('/').filter(Boolean).at(-1);
  const download = `${path.split('/').slice(0, 3).join('-')}-${slug}.${extension}`;
  const found = (await downloads(name, path)).get(download);
  if (!found) throw new Error(`${path}: no ${download} download`);
  return found.body;
};

/** Every article's RIS download in a built site: the article's path, its `ID` line and the id astrocite-ris reads from it. */
async function risIds(name: string): Promise<{ path: string; id: string | undefined; parsed: unknown }[]> {
  const articles = (await readdir(builtDir(name), { recursive: true }))
    .filter((path) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
  return Promise.all(
    articles.map(async (path) => {
      const ris = await file(name, path, 'ris');
      return { path, id: /^ID {2}- (.*)$/m.exec(ris)?.[1], parsed: parseRis(ris)[0]?.id };
    }),
  );
}

test(`the ${corpusBuild.name} build's RIS downloads have ${CORPUS_ARTICLES} different IDs, each the permalink's date and slug`, async () => {
  const ids = await risIds(corpusBuild.name);
  expect(ids).toHaveLength(CORPUS_ARTICLES);
  expect(new Set(ids.map(({ id }) => id)).size).toBe(CORPUS_ARTICLES);
  for (const { path, id, parsed } of ids) {
    expect(id).toBe(path.replace(/\/$/, '').replaceAll('/', '-'));
    expect(parsed).toBe(id);
  }
  // Cut to 20 characters, as citation-js writes them, many would be the same.
  expect(new Set(ids.map(({ id }) => id?.slice(0, 20))).size).toBeLessThan(CORPUS_ARTICLES);
});

describe.each(BUILDS)('citations in $name', ({ name, base }) => {
  test('the seed article’s APA reference is exactly the APA 7 form, with the source as author', async () => {
    const tree = parseHtml(await readPage(name, SEED));
    // The headline's quotation takes the en-US locale's first-level marks (“ ”), since APA sets the
    // title bare; inside MLA's and Chicago's quotes it takes the second level (‘ ’).
    expect(text($(tree, '#cite-apa .cite__text'))).toBe(
      `The Independent. (2022, September 10). China says UN has “closed the door” on cooperation over human rights with Xinjiang report. The Independent. https://news.example${base}${SEED}`,
    );
    expect(text($(tree, '#cite-mla .cite__text'))).toMatch(
      /^The Independent\. “China Says UN Has ‘Closed the Door’.*” The Independent, 10 Sept\. 2022, https:/,
    );
    expect(text($(tree, '#cite-chicago .cite__text'))).toMatch(
      /^The Independent\. “China Says .*” The Independent, September 10, 2022\. https:/,
    );
  });

  test.each(ARTICLES)('$path: every style in a <details>, the three downloads in the page, no script', async ({ path }) => {
    const html = await readPage(name, path);
    const tree = parseHtml(html);
    expect($$(tree, '.cite details summary').map(text)).toEqual([
      'APA (7th edition)',
      'MLA (9th edition)',
      'Chicago (notes and bibliography)',
    ]);
    // Saved under the article's own name, so a reader's downloads of several articles do not become "cite (1).bib".
    const stem = `${path.split('/').slice(0, 3).join('-')}-${path.split('/').filter(Boolean).at(-1)}`;
    expect([...(await downloads(name, path))].map(([download, { type }]) => [download, type])).toEqual([
      [`${stem}.bib`, 'application/x-bibtex;charset=utf-8'],
      [`${stem}.ris`, 'application/x-research-info-systems;charset=utf-8'],
      [`${stem}.json`, 'application/vnd.citationstyles.csl+json;charset=utf-8'],
    ]);
    expect($$(tree, '.cite__downloads a').map((a) => text(a))).toEqual(['BibTeX', 'RIS', 'CSL-JSON']);
    expect($$(tree, 'script').filter((script) => script.properties.type !== 'application/ld+json')).toEqual([]);
  });

  test.each(ARTICLES)(
    '$path: the BibTeX parses and names the authors, title, publication, date and URL',
    async ({ path, authors, container, date }) => {
      const library = parseBibtex(await file(name, path, 'bib'));
      expect(library.errors).toEqual([]);
      expect(library.entries).toHaveLength(1);
      const entry = library.entries[0]!;
      expect(entry.type).toBe('article');
      expect((entry.fields.author ?? []).map((creator) => creator.name ?? `${creator.lastName}, ${creator.firstName}`)).toEqual(
        authors.map((author) => ('literal' in author ? author.literal : `${author.family}, ${author.given}`)),
      );
      expect(entry.fields.journal).toBe(container);
      expect(entry.fields.year).toBe(String(date[0]));
      expect(Number(entry.fields.month)).toBe(date[1]);
      expect(entry.fields.date).toBe(date.map((part) => String(part).padStart(2, '0')).join('-'));
      expect(entry.fields).not.toHaveProperty('howpublished');
      expect(entry.fields.url).toBe(`https://news.example${base}${path}`);
      const html = await readPage(name, path);
      expect(entry.fields.title).toBe(text($(parseHtml(html), 'h1')));
    },
  );

  test.each(ARTICLES)(
    '$path: the RIS parses as a newspaper article with the same fields',
    async ({ path, authors, container, date, lang }) => {
      const ris = await file(name, path, 'ris');
      expect(ris.split('\n').filter((line) => line.startsWith('AU  - '))).toEqual(
        authors.map((author) => `AU  - ${'literal' in author ? author.literal : `${author.family}, ${author.given}`}`),
      );
      const [item] = parseRis(ris);
      expect(item).toMatchObject({
        type: 'article-newspaper',
        'container-title': container,
        URL: `https://news.example${base}${path}`,
        language: lang,
      });
      expect(item?.issued?.['date-parts']?.[0]?.map(Number)).toEqual(date);
    },
  );

  test.each(ARTICLES)('$path: the CSL-JSON is the item the styles were fed', async ({ path, authors, container, date, lang }) => {
    const items = JSON.parse(await file(name, path, 'json')) as Record<string, unknown>[];
    expect(items).toEqual([
      expect.objectContaining({
        type: 'article-newspaper',
        author: authors,
        'container-title': container,
        issued: { 'date-parts': [date] },
        URL: `https://news.example${base}${path}`,
        language: lang,
      }),
    ]);
    expect(items[0]).not.toHaveProperty('accessed');
  });

  test('every RIS download in the build has an ID of its own: the permalink’s whole date and slug, as astrocite-ris reads it', async () => {
    const ids = await risIds(name);
    expect(ids.map(({ path }) => path).sort()).toEqual(ARTICLES.map(({ path }) => path).sort());
    for (const { path, id, parsed } of ids) {
      expect(id).toBe(path.replace(/\/$/, '').replaceAll('/', '-'));
      expect(parsed).toBe(id);
    }
  });

  test('an article with a source URL links its Wayback Machine snapshot of the publication day; one without does not', async () => {
    const seed = parseHtml(await readPage(name, SEED));
    expect($(seed, '.cite__wayback a')?.properties.href).toBe(
      'https://web.archive.org/web/20220910/https://www.independent.co.uk/asia/china/xinjiang-un-report-human-rights-b2157182.html',
    );
    expect($(parseHtml(await readPage(name, '2023/03/02/xinjiang-zh/')), '.cite__wayback')).toBeUndefined();
  });
});

/**
 * The references' words and months follow the site's language when citeproc has a CSL locale for
 * it (German here), else stay en-US (Chinese); either way the text says which language it is in.
 */
describe.each([
  { name: FIXTURE_BASES[0]!.name, locale: 'en-US', month: /March 15|15 Mar\. 2023/, label: 'Download the reference:' },
  { name: localeBuilds.de.name, locale: 'de-DE', month: /März/, label: 'Quellenangabe herunterladen:' },
  { name: localeBuilds.zhHans.name, locale: 'en-US', month: /March 15|15 Mar\. 2023/, label: '下载参考文献：' },
])('the Cite section of $name', ({ name, locale, month, label }) => {
  test(`formats every reference in ${locale} and marks it lang="${locale}"`, async () => {
    const tree = parseHtml(await readPage(name, EVERY_FIELD));
    const references = $$(tree, '.cite__text');
    expect(references).toHaveLength(3);
    for (const reference of references) {
      expect(reference.properties.lang).toBe(locale);
      expect(text(reference)).toMatch(month);
    }
  });

  test(`labels the downloads with the language's own colon: ${label}`, async () => {
    expect(text($(parseHtml(await readPage(name, EVERY_FIELD)), '.cite__downloads span'))).toBe(label);
  });
});

/**
 * What a German reader sees: APA's date in German order, as the German adaptation of APA 7 prints
 * it (the day before the month), and the headline's “no deal” in German marks, one level deeper
 * inside MLA's and Chicago's quotes („…‚No Deal‘…“), title-cased as an English headline.
 */
describe(`the references of ${localeBuilds.de.name}`, () => {
  test.each([
    ['apa', 'Martínez, J., & Kowalska, A. (2023, 15. März). Ministers & envoys say „no deal“ as talks <stall>'],
    ['mla', 'Martínez, José, und Anna Kowalska. „Ministers & Envoys Say ‚No Deal‘ as Talks <stall>'],
    ['chicago', 'Martínez, José, und Anna Kowalska. „Ministers & Envoys Say ‚No Deal‘ as Talks <stall>'],
  ])('%s begins %s', async (key, start) => {
    const reference = text($(parseHtml(await readPage(localeBuilds.de.name, EVERY_FIELD)), `#cite-${key} .cite__text`));
    expect(reference.startsWith(start)).toBe(true);
    // No English marks: German closes with “ (U+201C), but never opens with it or closes with ”.
    expect(reference).not.toMatch(/”|\s“/);
  });
});
