import { describe, expect, test } from 'vitest';
import { createArticleSchema } from '../../../src/content/schema.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });
const messages = (input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('article schema', () => {
  test('accepts the minimal article and fills list defaults', () => {
    const article = schema.parse({ title: 'Headline', date: '2022-09-10' });
    expect(article.topics).toEqual([]);
    expect(article.draft).toBe(false);
    expect(article.date.toISOString()).toBe('2022-09-10T00:00:00.000Z');
  });

  test.each([
    ['custom-slug', true],
    ['हिन्दी-समाचार', true],
    ['ข่าวกรุงเทพฯ', true],
    ['ガイド', true],
    ['新疆-xinjiang', true],
    ['Upper-Case', false],
    ['two--hyphens', false],
    ['-leading', false],
  ])('slug %s is accepted: %s (letters of any script, with their marks, joined by single hyphens)', (slug, ok) => {
    expect(schema.safeParse({ title: 'Headline', date: '2022-09-10', slug }).success).toBe(ok);
  });

  test('accepts every optional field', () => {
    const article = schema.parse({
      title: 'Headline',
      date: '2022-09-10T14:30:00+02:00',
      updated: '2022-09-11',
      slug: 'custom-slug',
      description: 'Standfirst.',
      authors: ['A. Writer'],
      source: 'The Independent',
      sourceUrl: 'https://example.com/a',
      dateline: 'Geneva',
      credit: 'Additional reporting by agencies',
      section: 'World',
      topics: ['China'],
      people: ['Chen Xu'],
      places: ['Geneva'],
      organisations: ['UN Human Rights Office'],
      lang: 'zh-Hans',
      image: { src: '/images/a.jpg', alt: 'A description', credit: 'Photo: Agency' },
      corrections: [{ date: '2022-09-12', text: 'An earlier version misspelt a name.' }],
      draft: false,
    });
    expect(article.corrections[0]?.date.toISOString()).toBe('2022-09-12T00:00:00.000Z');
    expect(article.lang).toBe('zh-Hans');
  });

  test('names the missing title and a malformed date', () => {
    expect(messages({ date: 'last Friday' })).toEqual([
      'title: title is required: the headline as a quoted string',
      'date: expected an ISO date like 2022-09-10 or a date-time with zone like 2022-09-10T14:30:00+08:00, got "last Friday": not an ISO date or date-time',
    ]);
  });

  test('rejects unknown fields such as a misspelt title', () => {
    expect(messages({ tittle: 'Headline', title: 'Headline', date: '2022-09-10' }).join('\n')).toMatch(/tittle/);
  });

  test('rejects a non-http source URL, a bad language tag and an image without alt text', () => {
    const errors = messages({ title: 'x', date: '2022-09-10', sourceUrl: 'javascript:alert(1)', lang: 'English', image: { src: 'a.jpg' } });
    expect(errors).toEqual([
      'sourceUrl: sourceUrl must be an absolute http(s) URL',
      'lang: lang must be a BCP 47 tag such as en, fr or zh-Hans',
      'image.alt: image.alt is required: describe the image for readers who cannot see it',
    ]);
  });

  test('expects lists of names, not a single string', () => {
    expect(messages({ title: 'x', date: '2022-09-10', topics: 'China' })).toEqual([
      'topics: expected a list of topics, e.g. ["First", "Second"]',
    ]);
  });
});

describe('storyline', () => {
  test.each([
    [undefined, []],
    ['Xinjiang report', ['Xinjiang report']],
    [
      ['Xinjiang report', ' Geneva talks '],
      ['Xinjiang report', 'Geneva talks'],
    ],
  ])('%o is read as %o', (storyline, expected) => {
    expect(schema.parse({ title: 'x', date: '2022-09-10', storyline }).storyline).toEqual(expected);
  });

  test.each([
    [3, 'storyline: storyline must be a name or a list of names'],
    [[''], 'storyline.0: each storyline must be a non-empty name'],
    [[7], 'storyline.0: each storyline must be a name'],
  ])('%o is refused with a message naming the field', (storyline, message) => {
    expect(messages({ title: 'x', date: '2022-09-10', storyline }).join('\n')).toContain(message);
  });
});

describe('text a reader must see', () => {
  const INVISIBLE = ['\u00a0\u200b\ufeff\u2060', '\u200b', '\u2060\u2060', '\u00ad', '\u200e\u200f', '\u3164', '\u2800', ' \u200c '];
  // [field, the article with `value` in that field, the path of the issue]
  const FIELDS: Array<[string, (value: string) => Record<string, unknown>, string]> = [
    ['title', (value) => ({ title: value }), 'title'],
    ['description', (value) => ({ description: value }), 'description'],
    ['source', (value) => ({ source: value }), 'source'],
    ['dateline', (value) => ({ dateline: value }), 'dateline'],
    ['credit', (value) => ({ credit: value }), 'credit'],
    ['section', (value) => ({ section: value }), 'section'],
    ['an author', (value) => ({ authors: ['Jane Doe', value] }), 'authors.1'],
    ['a topic', (value) => ({ topics: [value] }), 'topics.0'],
    ['a person', (value) => ({ people: [value] }), 'people.0'],
    ['a place', (value) => ({ places: [value] }), 'places.0'],
    ['an organisation', (value) => ({ organisations: [value] }), 'organisations.0'],
    ['a storyline', (value) => ({ storyline: value }), 'storyline.0'],
    ['a correction', (value) => ({ corrections: [{ date: '2022-09-11', text: value }] }), 'corrections.0.text'],
  ];
  const cases = FIELDS.flatMap(([field, make, path]) =>
    INVISIBLE.map((value) => [field, JSON.stringify(value), make(value), path] as const),
  );
  test.each(cases)('%s of only invisible characters (%s) is refused, naming the field and the fix', (_field, _shown, fields, path) => {
    const errors = messages({ title: 'Headline', date: '2022-09-10', ...fields });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^${path.replace('.', '\\.')}: .*(shows nothing: it holds only invisible characters \\(U\\+|must not be empty|non-empty|needs its text)`,
      ),
    );
  });
  test('the message names the invisible code points and says what to write', () => {
    expect(messages({ title: '\u200b\u2060', date: '2022-09-10' })).toEqual([
      'title: title shows nothing: it holds only invisible characters (U+200B, U+2060); write the headline as a quoted string',
    ]);
  });
  test.each(['\u200bGeneva\u200b', 'Genève', '北京', '\u00a0Geneva'])('text with something visible is accepted: %j', (value) => {
    expect(schema.safeParse({ title: value, date: '2022-09-10', dateline: value, authors: [value] }).success).toBe(true);
  });
});

describe('publication years', () => {
  test.each(['0000-01-01', '0001-01-01', '0999-12-31', '0202-03-04', '0000-01-01T00:00:00Z', '0999-12-31T23:59:59+01:00'])(
    'date %s is refused: the year must be 1000–9999',
    (date) => {
      const errors = messages({ title: 'Headline', date, updated: date, corrections: [{ date, text: 'A fix.' }] });
      expect(errors).toHaveLength(3);
      for (const error of errors) expect(error).toMatch(/^(date|updated|corrections\.0\.date): .*the year \d{4} is outside 1000–9999/);
    },
  );
  test.each(['1000-01-01', '1776-07-04', '2022-09-10', '9999-12-31', '1000-01-01T00:00:00Z', '1000-01-01T00:30:00-01:00'])(
    'date %s is accepted',
    (date) => {
      expect(schema.safeParse({ title: 'Headline', date }).success).toBe(true);
    },
  );
  test('a date-time filed in the year 999 in the site’s zone is refused, naming both years', () => {
    expect(messages({ title: 'Headline', date: '1000-01-01T00:00:00+01:00' })).toEqual([
      expect.stringMatching(/^date: .*the year 999 is outside 1000–9999.*in the site's time zone \(UTC\) this instant falls in 999/),
    ]);
  });
  test.each(['\u00a0\ufeff', '\u3000', '\u2028 '])('a title of %j that trims to nothing says only that it is empty', (title) => {
    expect(messages({ title, date: '2022-09-10' })).toEqual(['title: title must not be empty']);
  });
  test.each(['2024-2-3', '2024-02-3', '24-02-03'])('unpadded date %s is refused, naming the ISO form', (date) => {
    expect(messages({ title: 'Headline', date })).toEqual([
      `date: expected an ISO date like 2022-09-10 or a date-time with zone like 2022-09-10T14:30:00+08:00, got "${date}": not an ISO date or date-time`,
    ]);
  });
});

describe('line breaks and runs of spaces in text fields', () => {
  test.each([
    [
      'a YAML block headline',
      { title: 'McDonald’s ‘no deal’:\nCOVID-19 rules stay\n' },
      'title',
      'McDonald’s ‘no deal’: COVID-19 rules stay',
    ],
    ['tabs and doubled spaces', { title: 'Talks\t\tstall  again' }, 'title', 'Talks stall again'],
    ['a line separator', { title: 'Talks\u2028stall' }, 'title', 'Talks stall'],
    ['French no-break spaces stay', { title: '«\u202fNon\u202f» au\u00a0projet' }, 'title', '«\u202fNon\u202f» au\u00a0projet'],
    ['a standfirst', { description: 'One line.\nAnother line.' }, 'description', 'One line. Another line.'],
    ['a storyline', { storyline: 'Brexit  talks' }, 'storyline', ['Brexit talks']],
    ['a byline', { authors: ['Jan  van der\nBerg'] }, 'authors', ['Jan van der Berg']],
  ])('%s becomes one space', (_what, fields, field, expected) => {
    const parsed = schema.parse({ title: 'Headline', date: '2022-09-10', ...fields }) as Record<string, unknown>;
    expect(parsed[field]).toEqual(expected);
  });
});

describe('URLs', () => {
  test.each([
    ['https://example.com/path with space', ['sourceUrl: sourceUrl must not contain white space: write each space as %20 (or remove it)']],
    // Tabs and line breaks are dropped by the URL parser (WHATWG URL: "remove all ASCII tab or newline").
    ['https://example.com/a\tb', []],
    ['ftp://example.com/a', ['sourceUrl: sourceUrl must be an absolute http(s) URL']],
    ['https://example.com/path%20with%20space', []],
    ['https://example.org/ar/مقال', []],
  ])('%j', (sourceUrl, expected) => {
    expect(messages({ title: 'Headline', date: '2022-09-10', sourceUrl })).toEqual(expected);
  });
});

describe('the order of an article’s dates', () => {
  const base = { title: 'Headline', date: '2023-11-10T15:00:00Z' };
  test.each([
    ['an update the same day, earlier in it (a date alone)', { updated: '2023-11-10' }, []],
    ['an update the next day', { updated: '2023-11-11' }, []],
    [
      'an update the day before',
      { updated: '2023-11-09' },
      [
        'updated: updated (2023-11-09) is before the publication date (2023-11-10): an update comes after publication; correct the date, or remove the field',
      ],
    ],
    ['a correction the same day (a date alone)', { corrections: [{ date: '2023-11-10', text: 'Fixed.' }] }, []],
    [
      'a correction before publication',
      { corrections: [{ date: '2023-10-01', text: 'Fixed.' }] },
      [
        'corrections.0.date: correction 1 is dated 2023-10-01, before the publication date (2023-11-10): a correction comes after publication; correct its date',
      ],
    ],
    [
      'corrections listed newest first',
      {
        corrections: [
          { date: '2023-11-15', text: 'Second.' },
          { date: '2023-11-12', text: 'First.' },
        ],
      },
      [
        'corrections.1.date: corrections are listed oldest first, but correction 2 (2023-11-12) is dated before correction 1 (2023-11-15): move it up, or correct its date',
      ],
    ],
    [
      'two corrections the same day, in order',
      {
        corrections: [
          { date: '2023-11-12T09:00:00Z', text: 'First.' },
          { date: '2023-11-12T17:00:00Z', text: 'Second.' },
        ],
      },
      [],
    ],
  ])('%s', (_what, fields, expected) => {
    expect(messages({ ...base, ...fields })).toEqual(expected);
  });

  test('days are the site’s: 02:00 UTC on the 10th is the 9th in New York, so an update that day is not early there', () => {
    const newYork = createArticleSchema({ timeZone: 'America/New_York' });
    expect(newYork.safeParse({ title: 'Headline', date: '2023-11-10T02:00:00Z', updated: '2023-11-09' }).success).toBe(true);
    expect(schema.safeParse({ title: 'Headline', date: '2023-11-10T02:00:00Z', updated: '2023-11-09' }).success).toBe(false);
  });
});
