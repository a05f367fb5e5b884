import { describe, expect, test } from 'vitest';
import { relatedArticles, type RelatedInput } from '../../../src/archive/related.ts';

/** Items are newest first, as the archive lists them. */
const item = (days: number, ...keys: string[]): RelatedInput => ({ days, keys });

describe('relatedArticles', () => {
  test('ranks an article sharing a rare person above ones sharing only a common topic', () => {
    const items = [
      item(100, 'people:michelle-bachelet', 'topics:politics'),
      item(99, 'topics:politics'),
      item(98, 'topics:politics'),
      item(50, 'people:michelle-bachelet'),
      item(97, 'topics:politics'),
    ];
    expect(relatedArticles(items)[0]).toEqual([3, 1, 2, 4]);
  });

  test('weights shared entities by rarity and kind, then prefers the closer date', () => {
    const items = [
      item(100, 'places:geneva', 'organisations:who'),
      item(90, 'places:geneva'),
      item(99, 'places:geneva'),
      item(95, 'places:geneva', 'organisations:who'),
    ];
    // Sharing two entities beats sharing one; of two sharing one, the nearer in time wins.
    expect(relatedArticles(items)[0]).toEqual([3, 2, 1]);
  });

  test('never lists the article itself or articles sharing nothing', () => {
    const items = [item(3, 'topics:a'), item(2, 'topics:b'), item(1, 'topics:a')];
    expect(relatedArticles(items)).toEqual([[2], [], [0]]);
  });

  test('returns at most the limit, best first', () => {
    const items = Array.from({ length: 12 }, (_, i) => item(100 - i, 'topics:trade'));
    const related = relatedArticles(items, { limit: 5 });
    expect(related.every((list) => list.length === 5)).toBe(true);
    expect(related[0]).toEqual([1, 2, 3, 4, 5]);
  });

  test('ignores an entity in more than 5% of articles when a rarer one is shared', () => {
    const items = Array.from({ length: 1000 }, (_, i) => item(1000 - i, 'topics:politics'));
    items[0] = item(1000, 'topics:politics', 'people:rare');
    items.push(item(0, 'topics:politics', 'people:rare'));
    expect(relatedArticles(items)[0]).toEqual([1000]);
  });

  test('looks only at the nearest articles in time of a common entity', () => {
    const items = Array.from({ length: 1000 }, (_, i) => item(1000 - i, 'topics:politics'));
    expect(relatedArticles(items, { window: 2 })[1]).toEqual([0, 2, 3]);
    expect(relatedArticles(items, { window: 10 })[500]).toEqual([499, 501, 498, 502, 497]);
  });

  test('handles 100,000 articles well under O(n²)', () => {
    const count = 100_000;
    let seed = 42;
    const random = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    const zipf = (size: number) => Math.floor(size * random() ** 3);
    const items = Array.from({ length: count }, (_, i) => {
      const keys = [
        ...Array.from({ length: 3 }, () => `topics:t${zipf(90)}`),
        ...Array.from({ length: 3 }, () => `people:p${zipf(5000)}`),
        ...Array.from({ length: 2 }, () => `places:l${zipf(800)}`),
        ...Array.from({ length: 2 }, () => `organisations:o${zipf(600)}`),
      ];
      return item((count - i) / 12, ...keys);
    });
    const started = performance.now();
    const related = relatedArticles(items);
    const seconds = (performance.now() - started) / 1000;
    console.log(`related articles for ${count.toLocaleString('en')} articles: ${seconds.toFixed(2)} s`);
    expect(related).toHaveLength(count);
    expect(related.filter((list) => list.length === 5).length).toBeGreaterThan(count * 0.99);
  });
});
