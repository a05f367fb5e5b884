import { describe, expect, test } from 'vitest';
import { EntitySlugCollisionError } from '../../../src/archive/entities.ts';
import { buildStorylines, storylinePlaces, storylineSpan, timelineMonths } from '../../../src/archive/storylines.ts';

/** Newest first, as the article list is. */
const article = (file: string, date: string, storyline: string[]) => {
  const [year = '', month = '', day = ''] = date.split('-');
  return { filePath: file, day: { year, month, day }, data: { date: new Date(date), storyline } };
};
const list = [
  article('d.md', '2023-03-20', ['Xinjiang report']),
  article('c.md', '2023-03-02', ['xinjiang report', 'Geneva talks']),
  article('b.md', '2022-09-10', ['Xinjiang report']),
  article('a.md', '2022-08-31', ['Geneva talks', 'Geneva talks']),
];

describe('buildStorylines', () => {
  test('orders each line oldest first, merges spellings differing in case and counts an article once', () => {
    const lines = buildStorylines(list);
    expect([...lines.values()].map((line) => [line.slug, line.name, line.articles])).toEqual([
      ['xinjiang-report', 'Xinjiang report', [2, 1, 0]],
      ['geneva-talks', 'Geneva talks', [3, 1]],
    ]);
  });

  test.each([
    ['two spaces', 'Brexit  talks'],
    ['a tab', 'Brexit\ttalks'],
    ['a no-break space', 'Brexit\u00A0talks'],
    ['a line break', 'Brexit\ntalks'],
    ['space before and after', ' Brexit talks\u00A0'],
    ['a run of mixed white space and another case', 'brexit \t\u00A0\r\n TALKS'],
    ['a soft hyphen, as entity names allow', 'Brex\u00ADit talks'],
  ])('merges a spelling with %s into one storyline, as entity names are merged', (_case, spelling) => {
    for (const [newer, older] of [
      [spelling, 'Brexit talks'],
      ['Brexit talks', spelling],
    ]) {
      const lines = buildStorylines([article('b.md', '2019-03-11', [newer!]), article('a.md', '2019-03-10', [older!])]);
      expect([...lines.values()].map((line) => [line.slug, line.articles])).toEqual([['brexit-talks', [1, 0]]]);
      // Shown with single spaces whichever spelling came first.
      expect(lines.get('brexit-talks')?.name.toLowerCase()).toBe('brexit talks');
    }
  });

  test.each([
    ['accents', 'Zürich talks', 'Zurich talks', 'zurich-talks'],
    ['punctuation for a space', 'Brexit-talks', 'Brexit talks', 'brexit-talks'],
    ['punctuation inside a word', 'Brex.it talks', 'Brex it talks', 'brex-it-talks'],
  ])('still stops on names that differ in %s but share an address', (_case, first, second, slug) => {
    expect(() => buildStorylines([article('x.md', '2023-01-01', [first]), article('y.md', '2022-01-01', [second])])).toThrow(
      new RegExp(`storylines/${slug}/`),
    );
  });

  test('stops on two names that would share an address, naming both files', () => {
    expect(() =>
      buildStorylines([article('x.md', '2023-01-01', ['Zürich talks']), article('y.md', '2022-01-01', ['Zurich talks'])]),
    ).toThrow(EntitySlugCollisionError);
    expect(() =>
      buildStorylines([article('x.md', '2023-01-01', ['Zürich talks']), article('y.md', '2022-01-01', ['Zurich talks'])]),
    ).toThrow(/storylines\/zurich-talks\/.*x\.md.*y\.md/);
  });
});

describe('storylinePlaces', () => {
  const lines = buildStorylines(list);
  test.each([
    [0, [{ slug: 'xinjiang-report', position: 3, total: 3, previous: 1, next: undefined }]],
    [
      1,
      [
        { slug: 'xinjiang-report', position: 2, total: 3, previous: 2, next: 0 },
        { slug: 'geneva-talks', position: 2, total: 2, previous: 3, next: undefined },
      ],
    ],
    [3, [{ slug: 'geneva-talks', position: 1, total: 2, previous: undefined, next: 1 }]],
  ])('article %i stands at %o', (index, expected) => {
    const places = storylinePlaces(lines, list[index]!, index);
    expect(
      places.map((place) => ({
        slug: place.storyline.slug,
        position: place.position,
        total: place.total,
        previous: place.previous,
        next: place.next,
      })),
    ).toEqual(expected);
  });
});

describe('storylineSpan', () => {
  const at = (date: string, day: string) => {
    const [year = '', month = ''] = day.split('-');
    return { filePath: `${date}.md`, day: { year, month, day: day.slice(8) }, data: { date: new Date(date), storyline: ['Story'] } };
  };
  test.each([
    ['one article is one date', [at('2023-11-05T00:00:00Z', '2023-11-05')], ['2023-11-05T00:00:00.000Z']],
    [
      'two articles on one day (site zone) are one date, the first',
      [at('2023-11-05T18:00:00Z', '2023-11-05'), at('2023-11-05T09:00:00Z', '2023-11-05')],
      ['2023-11-05T09:00:00.000Z'],
    ],
    [
      'articles on different days are the first and the last, oldest first',
      [at('2023-11-07T00:00:00Z', '2023-11-07'), at('2023-11-06T00:00:00Z', '2023-11-06'), at('2023-11-05T00:00:00Z', '2023-11-05')],
      ['2023-11-05T00:00:00.000Z', '2023-11-07T00:00:00.000Z'],
    ],
    [
      'the same day of the month in another month is another day',
      [at('2023-12-05T00:00:00Z', '2023-12-05'), at('2023-11-05T00:00:00Z', '2023-11-05')],
      ['2023-11-05T00:00:00.000Z', '2023-12-05T00:00:00.000Z'],
    ],
    [
      'the calendar day is the site zone’s, not UTC’s: 23:30 and 00:30 UTC can be one day',
      [at('2023-11-06T00:30:00Z', '2023-11-06'), at('2023-11-05T23:30:00Z', '2023-11-06')],
      ['2023-11-05T23:30:00.000Z'],
    ],
  ])('%s', (_case, articles, expected) => {
    const span = storylineSpan(buildStorylines(articles).get('story')!, articles);
    expect([span?.first, span?.last].filter(Boolean).map((date) => date!.toISOString())).toEqual(expected);
  });

  test('is undefined for a line whose articles are not in the list', () => {
    expect(storylineSpan({ slug: 'story', name: 'Story', articles: [4] }, [])).toBeUndefined();
  });
});

test('timelineMonths groups a line by month, oldest first', () => {
  const lines = buildStorylines(list);
  expect(timelineMonths(lines.get('xinjiang-report')!, list).map((month) => [month.key, month.articles])).toEqual([
    ['2022-09', [2]],
    ['2023-03', [1, 0]],
  ]);
});
