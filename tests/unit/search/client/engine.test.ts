import { describe, expect, test } from 'vitest';
import { combineAnswers, type Hit, type SearchResponse } from '../../../../src/search/client/engine.ts';

const hit = (id: string, score: number): Hit => ({ id, score, words: [], data: async () => ({}) as never });
const answer = (hits: Hit[], count: number, topics: Record<string, number>): SearchResponse => ({
  results: hits,
  unfilteredResultCount: count,
  filters: { topic: topics },
  totalFilters: { topic: topics },
});

describe('combineAnswers: one shard’s answers from its runtimes, one per stemmer', () => {
  const english = answer([hit('en_1', 9), hit('en_2', 2)], 5, { Water: 2, Trade: 1 });
  const arabic = answer([hit('ar_1', 4)], 3, { Water: 1 });

  test('by score: every hit, the best first, with counts and facets added up', () => {
    const combined = combineAnswers([english, arabic], true);
    expect(combined.results.map((h) => h.id)).toEqual(['en_1', 'ar_1', 'en_2']);
    expect(combined.unfilteredResultCount).toBe(8);
    expect(combined.filters).toEqual({ topic: { Water: 3, Trade: 1 } });
    expect(combined.totalFilters).toEqual({ topic: { Water: 3, Trade: 1 } });
  });

  test('by date: each index’s run kept as it came, for the date merge', () => {
    expect(combineAnswers([english, arabic], false).results.map((h) => h.id)).toEqual(['en_1', 'en_2', 'ar_1']);
  });

  test('a single answer is returned as it is', () => {
    expect(combineAnswers([english], true)).toBe(english);
  });
});
