import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import {
  bylineMatches,
  evaluatePage,
  loadPageSet,
  namesSomeone,
  shingleMatch,
  siteDay,
  summarise,
  titleMatches,
  tokens,
} from '../../../../tools/import/eval.ts';
import { tempDir } from './helpers.ts';

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
  cleanups = [];
});

const PROSE =
  'The harbour ferry sailed again on Thursday after eighteen months laid up, carrying commuters and cyclists across the sound, the operator said. '.repeat(
    4,
  );
const PAGE = `<!doctype html><html><head><title>Ferry returns | Gazette</title><meta property="og:site_name" content="Gazette">
<meta property="article:published_time" content="2021-06-10T08:30:00+01:00"><meta name="author" content="Maeve Brennan"></head>
<body><article><h1>Ferry returns</h1><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`;

describe('scoring as the article-extraction benchmark does', () => {
  test('tokens are runs of letters, digits and underscores', () => {
    expect(tokens('Ferry’s 2nd run: 9–2, on_time!')).toEqual(['Ferry', 's', '2nd', 'run', '9', '2', 'on_time']);
  });
  test.each<[string, string, [number, number, number]]>([
    ['a b c d e', 'a b c d e', [1, 0, 0]],
    ['a b c d e', '', [0, 0, 1]],
    ['a b c d', 'a b c d x y z w', [1 / 5, 4 / 5, 0]],
    ['', '', [0, 0, 0]],
  ])('shingles of %j against %j', (truth, predicted, expected) => {
    const found = shingleMatch(truth, predicted);
    for (const [index, value] of found.entries()) expect(value).toBeCloseTo(expected[index]!, 6);
  });
  test.each<[string, string[], boolean]>([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], true],
    ['By Nathan Willis March 25, 2015', ['Nathan Willis'], true],
    ['Laura June Topolsky', ['Laura June Topolsky'], true],
    ['Jane Doe', ['Jane Doe', 'Someone Else'], false],
    ['Jane Doe and John Roe and Ann Lee', ['Jane Doe'], false],
    ['Jane Doe', [], false],
    ['Jane Doe (http://example.org/jane/)', ['Jane Doe'], true],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan'], true],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas'], false],
  ])('byline %j ≈ %j: %s', (expected, authors, matches) => {
    expect(bylineMatches(expected, authors)).toBe(matches);
  });
  test.each<[string, boolean]>([
    ['Last Updated: January 7, 2025', false],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', false],
    ['Follow Author', false],
    ['Posted on 22 Dec 2016', false],
    ['By Jane Doe', true],
    ['June Cross, Updated March 3, 2019', true],
    ['Follow Author Jane Doe', true],
    ['肖春芳', true],
  ])('reference byline %j names someone: %s', (expected, names) => {
    expect(namesSomeone(expected)).toBe(names);
  });
  test('a page whose reference byline names nobody is not scored for byline', () => {
    const scored = evaluatePage({ id: 'p', html: PAGE, body: PROSE, byline: 'Last Updated: January 7, 2025' });
    expect(scored.byline).toBeUndefined();
    expect(evaluatePage({ id: 'p', html: PAGE, body: PROSE, byline: 'Maeve Brennan' }).byline).toBe(true);
  });
  test.each<[string, string, boolean]>([
    ['Mozilla - Wikipedia', 'Mozilla', true],
    ['How to Build a Terrarium | eHow', 'How to Build a Terrarium', true],
    ['Ferry returns', 'ferry  returns', true],
    ['Evolve: Shared Mutable History', 'Shared Mutable History', false],
    ['Ferry returns', 'Gazette', false],
  ])('headline %j ≈ %j: %s', (expected, headline, matches) => {
    expect(titleMatches(expected, headline)).toBe(matches);
  });
  test('days are compared as the archive files them, in the site zone', () => {
    expect(siteDay('2017-02-23T17:18:13-08:00', 'UTC')).toBe('2017-02-24');
    expect(siteDay('2017-02-24T01:18:13Z', 'UTC')).toBe('2017-02-24');
    expect(siteDay('2020-09-21', 'UTC')).toBe('2020-09-21');
    expect(siteDay('not a date', 'UTC')).toBeUndefined();
  });
});

describe('evaluatePage and summarise', () => {
  test('an imported page is scored on body, headline, byline and day; a page without text counts as rejected', () => {
    const good = evaluatePage({
      id: 'good',
      html: PAGE,
      body: `${PROSE}\n\n${PROSE}`,
      title: 'Ferry returns - Gazette',
      byline: 'By Maeve Brennan',
      published: '2021-06-10',
    });
    expect(good).toMatchObject({ outcome: 'imported', title: true, byline: true, day: true });
    expect(good.f1).toBeCloseTo(1, 6);
    const empty = evaluatePage({
      id: 'empty',
      html: '<title>T</title><body></body>',
      body: PROSE,
      title: 'T',
      byline: 'X',
      published: '2021-06-10',
    });
    expect(empty).toMatchObject({ outcome: 'rejected', f1: 0, title: false, byline: false, day: false });
    const summary = summarise([good, empty]);
    expect(summary).toMatchObject({ pages: 2, imported: 1, rejected: 1, crashed: 0, title: { right: 1, of: 2 }, day: { right: 1, of: 2 } });
    expect(summary.meanF1).toBeCloseTo(0.5, 6);
    // The benchmark's formula: precision over pages that predicted anything, recall over all.
    expect(summary.benchmarkF1).toBeCloseTo((2 * 1 * 0.5) / 1.5, 6);
  });
});

describe('loadPageSet', () => {
  test('reads the article-extraction benchmark layout (gzipped or plain pages)', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    await mkdir(path.join(dir, 'html'));
    await writeFile(path.join(dir, 'ground-truth.json'), JSON.stringify({ a: { articleBody: 'Text A' }, b: { articleBody: 'Text B' } }));
    await writeFile(path.join(dir, 'html', 'a.html.gz'), gzipSync('<p>A</p>'));
    await writeFile(path.join(dir, 'html', 'b.html'), '<p>B</p>');
    expect(await loadPageSet(dir)).toEqual([
      { id: 'a', html: '<p>A</p>', body: 'Text A' },
      { id: 'b', html: '<p>B</p>', body: 'Text B' },
    ]);
  });
  test("reads Readability's test-page layout with its metadata", async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    await mkdir(path.join(dir, 'page-1'));
    await writeFile(path.join(dir, 'page-1', 'source.html'), PAGE);
    await writeFile(path.join(dir, 'page-1', 'expected.html'), '<div><p>One</p><p>Two<script>x()</script></p></div>');
    await writeFile(
      path.join(dir, 'page-1', 'expected-metadata.json'),
      JSON.stringify({ title: 'Ferry returns', byline: null, publishedTime: '2021-06-10' }),
    );
    const [page] = await loadPageSet(dir);
    expect(page).toMatchObject({ id: 'page-1', title: 'Ferry returns', published: '2021-06-10' });
    expect(page?.byline).toBeUndefined();
    expect(tokens(page?.body ?? '')).toEqual(['One', 'Two']);
  });
  test('names the folder and the expected files when it is neither layout', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    await expect(loadPageSet(dir)).rejects.toThrow(/no pages found\. Expected ground-truth\.json/);
  });
  test.each([
    ['a missing folder', 'absent', /absent: no such folder\. Give the folder of a page set/],
    ['a file', 'file.txt', /file\.txt: not a folder\. Give the folder of a page set/],
  ])('names %s given as the page set, without a raw system error', async (_case, name, message) => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    await writeFile(path.join(dir, 'file.txt'), 'x');
    await expect(loadPageSet(path.join(dir, name))).rejects.toThrow(message);
  });
});
