import { describe, expect, test } from 'vitest';
import { EntitySlugCollisionError } from '../../../src/archive/entities.ts';
import { buildStorylines, storylinePlaces, timelineMonths } from '../../../src/archive/storylines.ts';

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

test('timelineMonths groups a line by month, oldest first', () => {
  const lines = buildStorylines(list);
  expect(timelineMonths(lines.get('xinjiang-report')!, list).map((month) => [month.key, month.articles])).toEqual([
    ['2022-09', [2]],
    ['2023-03', [1, 0]],
  ]);
});
