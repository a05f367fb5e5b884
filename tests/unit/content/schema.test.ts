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
