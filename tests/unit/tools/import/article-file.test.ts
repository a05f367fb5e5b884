import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticleFile, startsWithFrontmatter } from '../../../../tools/import/article-file.ts';
import { buildArticle } from '../../../../tools/import/article.ts';
import { importFiles, type ImportOptions } from '../../../../tools/import/index.ts';
import { detectFormat } from '../../../../tools/import/input.ts';
import { readFrontmatter } from '../../../../tools/import/markdown.ts';
import { createArticleSchema } from '../../../../src/content/schema.ts';
import { SAVED_FILES, tempDir } from './helpers.ts';

const ZONE = { timeZone: 'UTC' };
const article = (yaml: string, body = '\nThe body, in Markdown.\n') => `---\n${yaml}\n---\n${body}`;
const failure = (text: string) => {
  try {
    parseArticleFile(text, ZONE);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

// Every field of the schema, as an editor writes it.
const EVERY_FIELD = `title: "Geneva talks resume"
date: 2023-04-05T09:30:00+02:00
updated: 2023-04-06
slug: geneva-talks
description: "Delegates met again after a two-year pause."
authors: [Jane Reporter, John Roe]
source: The Independent
sourceUrl: https://example.com/geneva
dateline: Geneva
credit: Additional reporting by agencies
section: World
topics: [Water]
people: [Volker Türk]
places: [Geneva]
organisations: [United Nations]
storyline: Water talks
lang: fr
image: { src: "https://example.com/a.jpg", alt: "The Palais des Nations" }
corrections: [{ date: 2023-04-07, text: "An earlier version misspelt a name." }]
draft: true`;

describe('which inputs are articles already', () => {
  test.each([
    ['story.md', 'no frontmatter\n\nat all', 'article'],
    ['story.MARKDOWN', '# Headline\n\nBody', 'article'],
    ['story.txt', '---\ntitle: x\n---\nBody', 'article'],
    ['story', '---\ntitle: x\n---\nBody', 'article'],
    ['story.html', '\uFEFF---\r\ntitle: x\r\n---\r\n<p>Body</p>', 'article'],
    ['story.txt', 'Headline\n\n---\n\nBody', 'text'],
    ['story.txt', '--- not a fence\nBody', 'text'],
    ['story.html', '<html><body>---</body></html>', 'html'],
  ])('%s starting %j is read as %s', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format);
    expect(startsWithFrontmatter(text)).toBe(format === 'article' && text.trimStart().startsWith('---'));
  });
});

describe('parseArticleFile', () => {
  test('keeps every field of the schema, and the command line does not override them', () => {
    const parsed = parseArticleFile(article(EVERY_FIELD), ZONE);
    const built = buildArticle(parsed, { timeZone: 'UTC', date: '2020-01-01', source: 'Other', section: 'Sport', entities: false });
    const written = readFrontmatter(built.markdown) as Record<string, unknown>;
    const expected = createArticleSchema(ZONE).parse(readFrontmatter(article(EVERY_FIELD)));
    expect(createArticleSchema(ZONE).parse(written)).toEqual(expected);
    expect(Object.keys(written).sort()).toEqual(Object.keys(createArticleSchema(ZONE).shape).sort());
    expect(built.warnings).toEqual(
      expect.arrayContaining([
        '--date "2020-01-01" not used: the input says "2023-04-05T09:30:00+02:00"',
        '--source "Other" not used: the input says "The Independent"',
        '--section "Sport" not used: the input says "World"',
      ]),
    );
    expect(built.markdown).toMatch(/\n---\n\nThe body, in Markdown\.\n$/);
  });

  test('takes the command line’s values for the fields the file lacks', () => {
    const parsed = parseArticleFile(article('title: "A story"'), ZONE);
    const built = buildArticle(parsed, {
      timeZone: 'UTC',
      date: '2022-09-10',
      source: 'The Independent',
      authors: ['Jane Reporter'],
      section: 'World',
      topics: ['Water'],
      storyline: ['Water talks'],
      entities: false,
    });
    expect(built.data).toMatchObject({
      title: 'A story',
      source: 'The Independent',
      authors: ['Jane Reporter'],
      section: 'World',
      topics: ['Water'],
      storyline: ['Water talks'],
    });
    expect(built.data.date.toISOString()).toBe('2022-09-10T00:00:00.000Z');
    expect(built.path).toBe('2022/09/a-story.md');
  });

  test('two article files are two articles, each under its own title and date', () => {
    const first = buildArticle(parseArticleFile(article('title: First\ndate: 2023-04-05'), ZONE), { timeZone: 'UTC' });
    const second = buildArticle(parseArticleFile(article('title: Second\ndate: 2023-04-06'), ZONE), { timeZone: 'UTC' });
    expect([first.data.title, second.data.title]).toEqual(['First', 'Second']);
    expect([first.path, second.path]).toEqual(['2023/04/first.md', '2023/04/second.md']);
  });

  test('the body is read as the site reads it: tables, footnotes and a "---" block in it are kept', () => {
    const body = '\n---\nnot: frontmatter\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nText[^1].\n\n[^1]: A note.\n';
    const built = buildArticle(parseArticleFile(article('title: T\ndate: 2023-04-05', body), ZONE), { timeZone: 'UTC' });
    expect(built.markdown).toContain('| a | b |');
    expect(built.markdown).toContain('[^1]: A note.');
    expect(built.markdown).toContain('not: frontmatter');
  });

  test('without a title, a first-level heading opening the body is the headline', () => {
    const parsed = parseArticleFile(article('date: 2023-04-05', '\n# The headline\n\nBody.\n'), ZONE);
    expect(parsed.title).toBe('The headline');
    expect(parsed.body.children).toHaveLength(1);
  });

  test.each([
    ['2024-2-3', '2024-02-03'],
    ['10 September 2022', '2022-09-10'],
    ['2022-09-10 14:30', '2022-09-10T14:30:00Z'],
  ])('a date the build would refuse but inputs are read with (%s) is written as %s, saying so', (date, written) => {
    const parsed = parseArticleFile(article(`title: T\ndate: "${date}"\nupdated: "${date}"`), ZONE);
    expect(parsed.date).toBe(written);
    expect(parsed.fields?.updated).toBe(written);
    expect(parsed.warnings).toEqual([`date: "${date}" read as ${written}`, `updated: "${date}" read as ${written}`]);
  });

  test('a relative image of the file is taken from beside it; web and site paths stay as written', () => {
    const file = path.join(SAVED_FILES, '..', 'story.md');
    const body = '\n![a](images/a.jpg) ![b](/images/b.jpg) ![c](https://example.com/c.jpg)\n';
    const parsed = parseArticleFile(article('title: T\nimage: { src: "images/lead.jpg", alt: "Lead" }', body), { timeZone: 'UTC', file });
    const urls = JSON.stringify(parsed.body).match(/"url":"[^"]+"/g);
    expect(urls).toEqual([
      `"url":"${new URL(`file://${path.join(path.dirname(file), 'images/a.jpg')}`).href}"`,
      '"url":"/images/b.jpg"',
      '"url":"https://example.com/c.jpg"',
    ]);
    expect(parsed.image?.src).toBe(new URL(`file://${path.join(path.dirname(file), 'images/lead.jpg')}`).href);
  });
});

describe('article files that cannot be imported', () => {
  test.each([
    [
      'an unclosed quote',
      'title: "Broken\ndate: 2023-04-06',
      /^the frontmatter is not valid YAML: Missing closing "quote \(line 3, column 17 of the file\)/,
    ],
    [
      'a repeated field',
      'title: A\ntitle: B',
      /^the frontmatter is not valid YAML: Map keys must be unique \(line 3, column 1 of the file\)/,
    ],
    ['a stray indentation', 'title: A\n  date: 2023-04-06', /^the frontmatter is not valid YAML: .*\(line \d+, column \d+ of the file\)/],
    [
      'a list where fields belong',
      '- title\n- date',
      /^the frontmatter must be fields like "title: …", one per line; nothing was imported$/,
    ],
    [
      'an unknown field',
      'title: A\ntittle: B',
      /^the frontmatter is not a valid article: unknown field "tittle": rename or remove it \(an article's fields are title, date, /,
    ],
    [
      'a bad URL',
      'title: A\nsourceUrl: not a url',
      /^the frontmatter is not a valid article: sourceUrl: sourceUrl must be an absolute http\(s\) URL; nothing was imported$/,
    ],
    [
      'a title of invisible characters',
      'title: "\\u200B\\u00A0"',
      /^the frontmatter is not a valid article: title: title shows nothing: it holds only invisible characters \(U\+200B\)/,
    ],
    ['a year 0000', 'title: A\ndate: 0000-01-01', /^the frontmatter is not a valid article: date: .*the year 0000 is outside 1000–9999/],
    [
      'an author that is no name',
      'title: A\nauthors: ["\\u200B"]',
      /^the frontmatter is not a valid article: authors\.0: each entry of authors shows nothing/,
    ],
    [
      'a list of topics written as one',
      'title: A\ntopics: Water',
      /^the frontmatter is not a valid article: topics: expected a list of topics/,
    ],
    [
      'no title and no heading',
      'date: 2023-04-06',
      /^the frontmatter has no title and the body opens with no "# Headline": add title: "…"/,
    ],
  ])('%s fails with the reason, naming the field or the line', (_what, yaml, reason) => {
    expect(failure(article(yaml))).toMatch(reason);
  });
  test('a file that opens a frontmatter and never closes it fails, saying how to close it', () => {
    expect(failure('---\ntitle: A\n\nBody')).toMatch(/^the file opens with a "---" line but the frontmatter has no closing "---" line/);
  });
});

describe('importing article files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let options: ImportOptions;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    options = { contentDir: path.join(dir, 'articles'), cwd: path.join(dir, 'in'), timeZone: 'UTC', entities: false };
    await mkdir(path.join(dir, 'in'));
  });
  afterEach(() => cleanup());
  const write = (name: string, text: string) => writeFile(path.join(dir, 'in', name), text);

  test('a .md and a .txt opening with frontmatter become articles under their own titles, without --date', async () => {
    await write('a.md', article('title: "Geneva talks resume"\ndate: 2023-04-05'));
    await write('b.txt', article('title: "Second story"\ndate: 2023-04-06'));
    const report = await importFiles(['a.md', 'b.txt'], options);
    expect(report.failed).toEqual([]);
    expect(report.created.map((entry) => [entry.input, entry.path, entry.title])).toEqual([
      ['a.md', '2023/04/geneva-talks-resume.md', 'Geneva talks resume'],
      ['b.txt', '2023/04/second-story.md', 'Second story'],
    ]);
  });

  test('a folder’s Markdown files are imported, and a failing one writes nothing and stops no other', async () => {
    await write('good.md', article('title: Good\ndate: 2023-04-05'));
    await write('broken.md', article('title: "Broken\ndate: 2023-04-05'));
    const report = await importFiles(['.'], options);
    expect(report.created.map((entry) => entry.input)).toEqual(['good.md']);
    expect(report.failed).toMatchObject([{ input: 'broken.md', reason: expect.stringMatching(/^the frontmatter is not valid YAML/) }]);
    expect(await readdir(path.join(options.contentDir, '2023/04'))).toEqual(['good.md']);
  });

  test('importing the same article file again changes nothing', async () => {
    await write('a.md', article('title: Again\ndate: 2023-04-05'));
    await importFiles(['a.md'], options);
    const again = await importFiles(['a.md'], options);
    expect(again.created).toEqual([]);
    expect(again.skipped).toMatchObject([{ input: 'a.md', existing: '2023/04/again.md' }]);
  });
});
