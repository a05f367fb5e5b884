import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { articleSlug, buildArticle, normaliseDate } from '../../../../tools/import/article.ts';
import { parseText } from '../../../../tools/import/text.ts';
import { parseArticle } from '../../../../tools/import/markdown.ts';
import { parseHtml } from '../../../../tools/import/html.ts';
import { type FeedItem, feedItemInput } from '../../../../tools/import/feed.ts';
import type { ParsedInput } from '../../../../tools/import/types.ts';
import { DESCRIPTION_MAX } from '../../../../src/content/standfirst.ts';

const text = 'A headline\n\nFirst paragraph about Geneva.';

describe('articleSlug', () => {
  test('is a readable ASCII slug of the headline', () => {
    expect(articleSlug('Zürich’s “new” mayor — a profile')).toBe('zurichs-new-mayor-a-profile');
  });
  test('cuts long headlines at a word boundary within 80 characters', () => {
    const slug = articleSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
  test.each([
    ['Chinese', '北京交通局发布新能源公交车夜间线路'.repeat(10), 80],
    ['emoji', '🌊 '.repeat(100), 63],
    ['Arabic', 'المياه '.repeat(40), 80],
  ])('keeps a long %s headline whole characters within 80 code points and a 255-byte file name', (_script, title, chars) => {
    const slug = articleSlug(title);
    expect(new TextEncoder().encode(`${slug}.md`).length).toBeLessThanOrEqual(255);
    expect(Array.from(slug).length).toBeLessThanOrEqual(chars);
    expect(slug).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    expect(slug.length).toBeGreaterThan(0);
  });
});

describe('normaliseDate', () => {
  test('keeps dates and zoned date-times as written', () => {
    expect(normaliseDate('2022-09-10', 'Asia/Shanghai')).toBe('2022-09-10');
    expect(normaliseDate('2022-09-10T14:30:00+01:00', 'UTC')).toBe('2022-09-10T14:30:00+01:00');
  });
  test('reads a date-time without zone in the site time zone', () => {
    expect(normaliseDate('2022-09-10T14:30:00', 'Europe/London')).toBe('2022-09-10T14:30:00+01:00');
    expect(normaliseDate('2022-01-10T14:30', 'Europe/London')).toBe('2022-01-10T14:30:00Z');
  });
  test('rejects what is no full date, and a numeric day-month order it would have to guess', () => {
    for (const text of ['2022-02-30', 'September 2022', 'yesterday', '10/09/2022', '', 'Tuesday']) {
      expect(normaliseDate(text, 'UTC'), text).toBeUndefined();
    }
  });
});

describe('buildArticle', () => {
  test('command-line values fill in what the input lacks', () => {
    const { data, warnings } = buildArticle(parseText(text), {
      timeZone: 'UTC',
      date: '2022-09-10',
      authors: ['Editor Given'],
      sourceUrl: 'https://b.example/y',
      lang: 'en',
      section: 'World',
      topics: ['Human rights', 'China'],
      source: 'The Independent',
    });
    expect(data).toMatchObject({
      authors: ['Editor Given'],
      sourceUrl: 'https://b.example/y',
      lang: 'en',
      section: 'World',
      topics: ['Human rights', 'China'],
      source: 'The Independent',
    });
    expect(data.date.toISOString()).toBe('2022-09-10T00:00:00.000Z');
    // Only the date is worth a warning: the article is filed under it.
    expect(warnings).toEqual(['--date 2022-09-10 used: the input states no publication date']);
  });
  test('an input’s own date, authors, source URL and language win over batch values, with a warning', () => {
    const parsed = { ...parseText(text), date: '2020-01-01', authors: ['From Page'], sourceUrl: 'https://a.example/x', lang: 'fr' };
    const { data, warnings } = buildArticle(parsed, {
      timeZone: 'UTC',
      date: '2022-09-10',
      authors: ['Editor Given'],
      sourceUrl: 'https://b.example/y',
      lang: 'en',
    });
    expect(data).toMatchObject({ authors: ['From Page'], sourceUrl: 'https://a.example/x', lang: 'fr' });
    expect(data.date.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(warnings).toEqual([
      '--date "2022-09-10" not used: the input says "2020-01-01"',
      '--author ["Editor Given"] not used: the input says ["From Page"]',
      '--source-url "https://b.example/y" not used: the input says "https://a.example/x"',
      '--lang "en" not used: the input says "fr"',
      'lang: the text reads as en, not fr: set `lang: en` in its frontmatter (or SITE_LANG) if that is right',
    ]);
  });
  test('fails clearly without a date', () => {
    expect(() => buildArticle(parseText(text), { timeZone: 'UTC' })).toThrow(
      'no publication date: the input has none, pass --date YYYY-MM-DD',
    );
  });
  test('fails clearly on a malformed --date', () => {
    expect(() => buildArticle(parseText(text), { timeZone: 'UTC', date: '10/09/2022' })).toThrow(
      /the date "10\/09\/2022" from --date is not a date: write it as 2022-09-10/,
    );
  });
  test('reports schema violations with the field and the schema’s message', () => {
    expect(() => buildArticle(parseText(text), { timeZone: 'UTC', date: '2022-09-10', sourceUrl: 'ftp://example.com/x' })).toThrow(
      'not a valid article: sourceUrl: sourceUrl must be an absolute http(s) URL',
    );
    expect(() => buildArticle(parseText(text), { timeZone: 'UTC', date: '2022-09-10', lang: 'English!' })).toThrow(
      /lang: lang must be a BCP 47 tag/,
    );
  });
  test('files the article by year and month in the site time zone', () => {
    const { path } = buildArticle(parseText(text), { timeZone: 'Asia/Shanghai', date: '2022-08-31T23:30:00Z' });
    expect(path).toBe('2022/09/a-headline.md');
  });
  test('leaves entity suggestions out with entities: false', () => {
    const { markdown } = buildArticle(parseText(text), { timeZone: 'UTC', date: '2022-09-10', entities: false });
    expect(parseArticle(markdown).frontmatter).not.toHaveProperty('places');
  });
});

describe('the language of an imported article', () => {
  const cjk = readFileSync(new URL('../../../fixtures/import/cjk-without-lang.txt', import.meta.url), 'utf8');
  // [story, --lang, site language, lang written, warning]
  test.each([
    ['Chinese, no --lang', cjk, undefined, 'en', 'zh', /the text reads as zh, so lang: zh was written/],
    [
      'Arabic, no --lang',
      'RTA تفتتح خط حافلات ليلي جديد\n\nأعلنت هيئة النقل افتتاح خط حافلات ليلي جديد يعمل حتى الساعة الثانية صباحاً.',
      undefined,
      'en',
      'ar',
      /reads as ar/,
    ],
    [
      'English on an English site',
      'Central bank raises rates\n\nThe central bank raised interest rates by half a point on Tuesday.',
      undefined,
      'en',
      undefined,
      undefined,
    ],
    [
      'French on a French site',
      'La banque relève ses taux\n\nLa banque centrale relève ses taux d’un demi-point mardi.',
      undefined,
      'fr',
      undefined,
      undefined,
    ],
    ['Chinese with --lang zh-Hant', cjk, 'zh-Hant', 'en', 'zh-Hant', undefined],
    ['Chinese with a wrong --lang en', cjk, 'en', 'en', 'en', /lang: the text reads as zh, not en/],
  ])('%s: writes lang %s', (_story, story, lang, siteLang, written, warning) => {
    const { data, warnings } = buildArticle(parseText(story), { timeZone: 'UTC', date: '2022-09-18', lang, siteLang });
    expect(data.lang).toBe(written);
    if (warning) expect(warnings.join('\n')).toMatch(warning);
    else expect(warnings.filter((line) => line.startsWith('lang:'))).toEqual([]);
  });
});

describe('--storyline', () => {
  test('writes the storylines given on the command line into the frontmatter, and none when not given', () => {
    const withStory = buildArticle(parseText(text), {
      timeZone: 'UTC',
      date: '2022-09-10',
      storyline: ['Xinjiang report', 'Geneva talks'],
    });
    expect(withStory.data.storyline).toEqual(['Xinjiang report', 'Geneva talks']);
    expect(withStory.markdown).toMatch(/storyline:\n\s+- Xinjiang report\n\s+- Geneva talks\n/);
    const without = buildArticle(parseText(text), { timeZone: 'UTC', date: '2022-09-10' });
    expect(without.data.storyline).toEqual([]);
    expect(without.markdown).not.toContain('storyline');
  });
});

describe('input that shows nothing', () => {
  const INVISIBLE = ['\u00a0\u200b\ufeff\u2060', '\u200b', '\u2060', '\u00ad', '\u200e', '\u3164', '\u2800'];
  const html = (headline: string) =>
    `<html><head><title>${headline}</title></head><body><h1>${headline}</h1><p>A paragraph of the story, long enough to be an article of its own.</p></body></html>`;
  const feed = (headline: string): FeedItem => ({
    index: 1,
    title: headline,
    dates: {},
    authors: [],
    categories: [],
    tags: [],
    content: '<p>Body.</p>',
  });
  // [reader, what it reads the headline from]
  const READERS: Array<[string, (headline: string) => ParsedInput]> = [
    ['a text file', (headline) => parseText(`${headline}\n\nA body paragraph.`)],
    ['an HTML page', (headline) => parseHtml(html(headline))],
    ['a feed item', (headline) => feedItemInput(feed(headline))],
  ];
  const cases = READERS.flatMap(([reader, read]) =>
    INVISIBLE.map((headline) => [reader, JSON.stringify(headline), read, headline] as const),
  );
  test.each(cases)('%s whose headline is only %s fails, naming the characters', (_reader, _shown, read, headline) => {
    let reason = 'no error';
    try {
      buildArticle(read(headline), { timeZone: 'UTC', date: '2022-09-10', entities: false });
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(reason).toMatch(
      /^(the headline shows nothing: it holds only invisible characters \(U\+[0-9A-F]{4}|no headline found|the page has no headline)/,
    );
  });
  test('an HTML page whose <h1> is invisible takes its headline from <title>', () => {
    const page =
      '<html><head><title>The real headline</title></head><body><h1>\u200b\u00a0</h1><p>A paragraph of the story, long enough to be an article.</p></body></html>';
    expect(parseHtml(page).title).toBe('The real headline');
  });
  test.each(INVISIBLE)('a description of only %j is left out rather than written', (description) => {
    const parsed: ParsedInput = { ...parseText(text), description };
    const built = buildArticle(parsed, { timeZone: 'UTC', date: '2022-09-10', entities: false });
    expect(built.data.description).toBeUndefined();
  });
  test.each(INVISIBLE)('an author of only %j is no author', (name) => {
    const parsed: ParsedInput = { ...parseText(text), authors: [name, 'Jane Doe'] };
    const built = buildArticle(parsed, { timeZone: 'UTC', date: '2022-09-10', entities: false });
    expect(built.data.authors).toEqual(['Jane Doe']);
  });
});

describe('the description an import writes', () => {
  const huge = `${'word '.repeat(400_000)}end.`;
  // [reader, an input whose description is `huge`]
  const READERS: Array<[string, () => ParsedInput]> = [
    ['the first paragraph of a text file', () => parseText(`A headline\n\n${huge}\n\nSecond paragraph.`)],
    [
      'the first paragraph of an HTML page',
      () =>
        parseHtml(`<html><head><title>A headline</title></head><body><article><h1>A headline</h1><p>${huge}</p></article></body></html>`),
    ],
    [
      'a page’s meta description',
      () =>
        parseHtml(
          `<html><head><title>A headline</title><meta name="description" content="${huge}"></head><body><h1>A headline</h1><p>Body text of the story.</p></body></html>`,
        ),
    ],
    [
      'a feed item’s summary',
      () =>
        feedItemInput({
          index: 1,
          title: 'A headline',
          dates: {},
          authors: [],
          categories: [],
          tags: [],
          content: '<p>Body.</p>',
          summary: huge,
        }),
    ],
  ];
  test.each(READERS)('%s is cut to a standfirst of at most 300 characters on a word boundary', (_reader, read) => {
    const built = buildArticle(read(), { timeZone: 'UTC', date: '2022-09-10', entities: false });
    const description = built.data.description ?? '';
    expect(Array.from(description).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(description).toMatch(/^(word )+word…$/);
  });
  test('a description that fits is written whole', () => {
    const built = buildArticle(parseText(text), { timeZone: 'UTC', date: '2022-09-10', entities: false });
    expect(built.data.description).toBe('First paragraph about Geneva.');
  });
});
