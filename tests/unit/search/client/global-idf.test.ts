import { describe, expect, test } from 'vitest';
import { pagefindIdf, wordScoreFactors } from '../../../../src/search/client/global-idf.ts';

describe('relevance across shards', () => {
  test('uses Pagefind’s IDF formula', () => {
    expect(pagefindIdf(100, 10)).toBeCloseTo(Math.log(90.5 / 10.5 + 1), 10);
    expect(pagefindIdf(10, 10)).toBeLessThan(pagefindIdf(10, 1));
  });

  test('scales each shard’s word to the IDF one index would have', () => {
    const [[rare], [common]] = wordScoreFactors([10, 10], [[1], [5]]) as [[number], [number]];
    expect(rare * pagefindIdf(10, 1)).toBeCloseTo(pagefindIdf(20, 6), 10);
    expect(common * pagefindIdf(10, 5)).toBeCloseTo(pagefindIdf(20, 6), 10);
    expect(rare).toBeLessThan(1);
    expect(common).toBeGreaterThan(1);
  });

  test('leaves a single shard as it is, scales each word on its own, and ignores words a shard lacks', () => {
    expect(wordScoreFactors([10], [[3, 2]])[0]!.map((factor) => Number(factor.toFixed(10)))).toEqual([1, 1]);
    const [first, second] = wordScoreFactors(
      [10, 10],
      [
        [0, 2],
        [4, 2],
      ],
    );
    expect(first![0]).toBe(1);
    expect(first![1]).toBeCloseTo(second![1]!, 10);
  });
});
