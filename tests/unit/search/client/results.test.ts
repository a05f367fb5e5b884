import { describe, expect, test } from 'vitest';
import { mergeRuns } from '../../../../src/search/client/merge-runs.ts';
import { bestExcerpt } from '../../../../src/search/client/excerpt.ts';
import { searchFields } from '../../../../src/search/build/fields.ts';
import { createArticleSchema } from '../../../../src/content/schema.ts';

describe('mergeRuns', () => {
  test('interleaves ordered runs, newest first, reading each key once', async () => {
    const read: number[] = [];
    const key = (n: number) => {
      read.push(n);
      return n;
    };
    expect(await mergeRuns([[9, 7, 2], [8, 1], []], key, true, 0, 4)).toEqual([9, 8, 7, 2]);
    expect(read.sort()).toEqual([1, 2, 7, 8, 9]);
  });

  test('returns a later page, oldest first', async () => {
    expect(
      await mergeRuns(
        [
          ['2001', '2004'],
          ['2002', '2003', '2005'],
        ],
        (s) => s,
        false,
        2,
        2,
      ),
    ).toEqual(['2003', '2004']);
  });

  test('a single run is sliced without reading keys', async () => {
    expect(
      await mergeRuns(
        [[3, 2, 1]],
        () => {
          throw new Error('not needed');
        },
        true,
        1,
        5,
      ),
    ).toEqual([2, 1]);
  });
});

describe('bestExcerpt', () => {
  const content =
    'Headline about human rights. Body text goes on here with many words before the phrase crimes against humanity appears at last.';
  const words = content.split(' ');
  const at = (word: string, score = 1) => ({ location: words.indexOf(word), balanced_score: score });

  test('prefers the passage with the most different query words over a heavier headline match', () => {
    const excerpt = bestExcerpt(content, [at('human', 50), at('crimes'), at('against'), at('humanity')], words.length, 8);
    expect(excerpt).toContain('<mark>crimes</mark> <mark>against</mark> <mark>humanity</mark>');
    expect(excerpt?.startsWith('… ')).toBe(true);
  });

  test('escapes the text it marks up', () => {
    expect(bestExcerpt('a <b> & c', [{ location: 1, balanced_score: 1 }], 4, 4)).toBe('a <mark>&lt;b&gt;</mark> &amp; c');
  });

  test('gives way to Pagefind’s excerpt when words do not line up with positions', () => {
    expect(bestExcerpt('联合国发布新疆报告', [{ location: 3, balanced_score: 1 }], 5, 30)).toBeUndefined();
  });
});

describe('searchFields', () => {
  const data = createArticleSchema({ timeZone: 'Asia/Shanghai' }).parse({
    title: 'Talks stall',
    date: '2023-03-01T23:30:00Z',
    description: 'A standfirst.',
    source: 'Example Wire',
    section: 'World',
    topics: ['Trade', 'Trade'],
    people: ['王毅'],
    authors: ['Ann Lee', 'Li Wei', 'Ann Lee'],
    lang: 'zh-Hans',
  });

  test('gives each facet, the display metadata and a UTC date sort key', () => {
    const fields = searchFields(data, { year: '2023', month: '03', day: '02' }, 'en');
    expect(fields.filters).toEqual({
      topic: ['Trade'],
      person: ['王毅'],
      place: [],
      organisation: [],
      section: ['World'],
      source: ['Example Wire'],
      author: ['Ann Lee', 'Li Wei'],
      year: ['2023'],
      month: ['2023-03'],
      language: ['zh-Hans'],
    });
    expect(fields.meta).toEqual({ date: '2023-03-01T23:30:00.000Z', standfirst: 'A standfirst.', source: 'Example Wire' });
    expect(fields.sort).toEqual({ date: '2023-03-01T23:30:00.000Z' });
  });
});
