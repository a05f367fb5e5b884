import { describe, expect, test } from 'vitest';
import { assertShardManifest, countByYear, planShards, shardOfYear, shardPath, shardsForYears } from '../../../src/search/shards.ts';

const years = (...list: number[]) => countByYear(list);

describe('planShards', () => {
  test.each([
    ['keeps everything in one shard below the size limit', years(2024, 2024, 2023, 2022), 10, [[2022, 2024, 4]]],
    [
      'starts a new shard when full, but never in the middle of a year',
      years(2024, 2024, 2024, 2023, 2023, 2022),
      2,
      [
        [2024, 2024, 3],
        [2023, 2023, 2],
        [2022, 2022, 1],
      ],
    ],
    [
      'plans the same whatever order the years come in',
      years(2022, 2024, 2023, 2024, 2023, 2024),
      2,
      [
        [2024, 2024, 3],
        [2023, 2023, 2],
        [2022, 2022, 1],
      ],
    ],
    [
      'packs consecutive years until a shard is full',
      years(2024, 2023, 2022, 2021, 2020),
      2,
      [
        [2023, 2024, 2],
        [2021, 2022, 2],
        [2020, 2020, 1],
      ],
    ],
    ['plans nothing for no articles', years(), 5, []],
  ])('%s', (_, counts, max, expected) => {
    const plan = planShards(counts, max);
    expect(plan.map((shard) => [shard.years[0], shard.years[1], shard.pages])).toEqual(expected);
    expect(plan.map((shard) => shard.path)).toEqual(plan.map((_, index) => shardPath(index)));
  });

  test('routes a year to the shard that holds it, and an unplanned year to none', () => {
    const plan = planShards(years(2024, 2023, 2022, 2021), 2);
    expect([2024, 2023, 2022, 2021, 1999].map((year) => shardOfYear(plan, year))).toEqual([0, 0, 1, 1, -1]);
  });
});

describe('shardsForYears', () => {
  const shards = [
    { path: shardPath(0), years: [2020, 2024] as [number, number] },
    { path: shardPath(1), years: [2010, 2019] as [number, number] },
    { path: shardPath(2), years: [2000, 2009] as [number, number] },
  ];

  test('returns only shards overlapping the year range', () => {
    expect(shardsForYears(shards, 2012, 2015).map((shard) => shard.path)).toEqual(['pagefind/shard-1/']);
    expect(shardsForYears(shards, 2009, 2020).map((shard) => shard.path)).toEqual(['pagefind/', 'pagefind/shard-1/', 'pagefind/shard-2/']);
  });

  test('treats a missing end as open', () => {
    expect(shardsForYears(shards, 2021).map((shard) => shard.path)).toEqual(['pagefind/']);
    expect(shardsForYears(shards).length).toBe(3);
  });
});

describe('assertShardManifest', () => {
  test('accepts a manifest the build writes', () => {
    expect(() =>
      assertShardManifest({ version: 2, shards: [{ path: 'pagefind/', pages: 3, years: [2022, 2024], languages: { en: 3 } }] }),
    ).not.toThrow();
  });

  test.each([
    ['an old manifest', { version: 1, shards: [] }, /version: 2/],
    ['not an object', 'oops', /version: 2/],
    ['a shard without languages', { version: 2, shards: [{ path: 'pagefind/', pages: 3, years: [2022, 2024] }] }, /shard 0/],
  ])('rejects %s', (_, value, message) => {
    expect(() => assertShardManifest(value)).toThrow(message);
  });
});
