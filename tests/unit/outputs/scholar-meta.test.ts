import { describe, expect, test } from 'vitest';
import { createArticleSchema } from '../../../src/content/schema.ts';
import { creditedNames, scholarMeta } from '../../../src/outputs/scholar-meta.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });
const context = {
  url: 'https://news.example/2023/03/15/talks/',
  siteName: 'The News Archive',
  lang: 'en',
  day: { year: '2023', month: '03', day: '15' },
};
const values = (tags: readonly (readonly [string, string])[], name: string) =>
  tags.filter(([tag]) => tag === name).map(([, content]) => content);

describe('scholarMeta', () => {
  test('gives Highwire and Dublin Core tags, one author tag per bylined author', () => {
    const data = schema.parse({
      title: 'Talks stall',
      date: '2023-03-15',
      authors: ['José Martínez', 'Anna Kowalska'],
      source: 'Example Wire',
      sourceUrl: 'https://example.com/a',
      description: 'A standfirst.',
      topics: ['Trade'],
      lang: 'en-GB',
    });
    const tags = scholarMeta(data, context);
    expect(values(tags, 'citation_author')).toEqual(['José Martínez', 'Anna Kowalska']);
    expect(values(tags, 'DC.creator')).toEqual(['José Martínez', 'Anna Kowalska']);
    expect(Object.fromEntries(tags.filter(([name]) => !['citation_author', 'DC.creator'].includes(name)))).toEqual({
      citation_title: 'Talks stall',
      citation_publication_date: '2023/03/15',
      citation_journal_title: 'Example Wire',
      citation_publisher: 'Example Wire',
      citation_public_url: context.url,
      citation_language: 'en-GB',
      'DC.title': 'Talks stall',
      'DC.date': '2023-03-15',
      'DC.publisher': 'Example Wire',
      'DC.type': 'Text',
      'DC.format': 'text/html',
      'DC.identifier': context.url,
      'DC.language': 'en-GB',
      'DC.description': 'A standfirst.',
      'DC.source': 'https://example.com/a',
      'DC.subject': 'Trade',
    });
  });

  test.each([
    [{ source: 'Agencies' }, ['Agencies'], 'Agencies'],
    [{}, [], 'The News Archive'],
  ])('without a byline credits %o as %o, published in %s', (fields, names, publication) => {
    const data = schema.parse({ title: 'x', date: '2023-03-15', ...fields });
    expect(creditedNames(data)).toEqual(names);
    const tags = scholarMeta(data, context);
    expect(values(tags, 'citation_author')).toEqual(names);
    expect(values(tags, 'citation_journal_title')).toEqual([publication]);
    expect(values(tags, 'DC.source')).toEqual([]);
  });
});
