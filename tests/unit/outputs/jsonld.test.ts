import { describe, expect, test } from 'vitest';
import { newsArticleJsonLd, serialiseJsonLd } from '../../../src/outputs/jsonld.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });
const context = {
  url: 'https://news.example/2022/09/10/x/',
  siteName: 'The News Archive',
  siteUrl: 'https://news.example/',
  timeZone: 'Asia/Shanghai',
  lang: 'en',
};

describe('newsArticleJsonLd', () => {
  test('describes the article as a NewsArticle with dates in the site zone', () => {
    const data = schema.parse({
      title: 'China says UN has ‘closed the door’',
      date: '2022-09-10T00:00:00Z',
      authors: ['A. Writer'],
      source: 'The Independent',
      dateline: 'Geneva',
      topics: ['China', 'Xinjiang'],
      places: ['Xinjiang', 'Geneva'],
      section: 'World',
    });
    const jsonLd = newsArticleJsonLd(data, context);
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'China says UN has ‘closed the door’',
      datePublished: '2022-09-10T08:00:00+08:00',
      dateModified: '2022-09-10T08:00:00+08:00',
      author: [{ '@type': 'Person', name: 'A. Writer' }],
      publisher: { '@type': 'Organization', name: 'The Independent' },
      dateline: 'Geneva',
      articleSection: 'World',
      keywords: ['China', 'Xinjiang', 'Geneva'],
      inLanguage: 'en',
      mainEntityOfPage: { '@type': 'WebPage', '@id': context.url },
    });
  });

  test('makes each bylined author a Person with the URL of their page in the archive', () => {
    const data = schema.parse({ title: 'x', date: '2022-09-10', authors: ['Ann Lee', 'José Martínez'] });
    const authorUrl = (name: string) => `https://news.example/authors/${name.toLowerCase().replace(/ /g, '-')}/`;
    expect(newsArticleJsonLd(data, { ...context, authorUrl }).author).toEqual([
      { '@type': 'Person', name: 'Ann Lee', url: 'https://news.example/authors/ann-lee/' },
      { '@type': 'Person', name: 'José Martínez', url: 'https://news.example/authors/josé-martínez/' },
    ]);
  });

  test.each([
    ['Reuters Staff', {}, 'Organization'],
    ['BBC News', {}, 'Organization'],
    ['The Associated Press', {}, 'Organization'],
    ['Metro Tribune', { source: 'Metro Tribune' }, 'Organization'],
    ['Ann Lee', {}, 'Person'],
    ['Martin Luther King Jr.', {}, 'Person'],
    ['Jan van der Berg', {}, 'Person'],
  ])('the byline "%s" (%o) is an author of type %s, as citations read it', (name, fields, type) => {
    const data = schema.parse({ title: 'x', date: '2022-09-10', authors: [name], ...fields });
    expect(newsArticleJsonLd(data, context).author).toEqual([{ '@type': type, name }]);
  });

  test('lists each correction as a CorrectionComment and dates the last change as dateModified', () => {
    const data = schema.parse({
      title: 'x',
      date: '2022-09-10T00:00:00Z',
      updated: '2022-09-11T00:00:00Z',
      corrections: [{ date: '2022-09-12T00:00:00Z', text: 'A name was misspelt.' }],
    });
    const jsonLd = newsArticleJsonLd(data, context);
    expect(jsonLd.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2022-09-12T08:00:00+08:00', text: 'A name was misspelt.' },
    ]);
    expect(jsonLd.dateModified).toBe('2022-09-12T08:00:00+08:00');
    expect(newsArticleJsonLd(schema.parse({ title: 'x', date: '2022-09-10' }), context)).not.toHaveProperty('correction');
  });

  test('credits the source as author when there is no byline', () => {
    const data = schema.parse({ title: 'x', date: '2022-09-10', source: 'Agencies' });
    expect(newsArticleJsonLd(data, context).author).toEqual([{ '@type': 'Organization', name: 'Agencies' }]);
  });
});

describe('serialiseJsonLd', () => {
  test('cannot be broken out of by a headline containing a closing script tag', () => {
    const text = serialiseJsonLd({ headline: 'Evil </script><script>alert(1)</script> & more' });
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: 'Evil </script><script>alert(1)</script> & more' });
  });
});
