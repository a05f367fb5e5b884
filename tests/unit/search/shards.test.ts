import { describe, expect, test } from 'vitest';
import { ShardPlanner, shardPath, shardsForYears } from '../../../src/search/shards.ts';

describe('ShardPlanner', () => {
  test('keeps everything in one shard below the size limit', () => {
    const planner = new ShardPlanner(10);
    for (const year of [2024, 2024, 2023, 2022]) planner.add(year);
    expect(planner.close().shards).toEqual([{ path: 'pagefind/', pages: 4, years: [2022, 2024] }]);
  });

  test('starts a new shard when full, but never in the middle of a year', () => {
    const planner = new ShardPlanner(2);
    const starts = [2024, 2024, 2024, 2023, 2023, 2022].map((year) => planner.add(year));
    expect(starts).toEqual([false, false, false, true, false, true]);
    expect(planner.close().shards).toEqual([
      { path: 'pagefind/', pages: 3, years: [2024, 2024] },
      { path: 'pagefind/shard-1/', pages: 2, years: [2023, 2023] },
      { path: 'pagefind/shard-2/', pages: 1, years: [2022, 2022] },
    ]);
  });

  test('tracks which shard the next page goes to', () => {
    const planner = new ShardPlanner(1);
    planner.add(2024);
    expect(planner.current).toBe(0);
    planner.add(2023);
    expect(planner.current).toBe(1);
  });
});

describe('shardsForYears', () => {
  const manifest = {
    version: 1 as const,
    shards: [
      { path: shardPath(0), pages: 10, years: [2020, 2024] as [number, number] },
      { path: shardPath(1), pages: 10, years: [2010, 2019] as [number, number] },
      { path: shardPath(2), pages: 10, years: [2000, 2009] as [number, number] },
    ],
  };

  test('returns only shards overlapping the year range', () => {
    expect(shardsForYears(manifest, 2012, 2015).map((shard) => shard.path)).toEqual(['pagefind/shard-1/']);
    expect(shardsForYears(manifest, 2009, 2020).map((shard) => shard.path)).toEqual([
      'pagefind/',
      'pagefind/shard-1/',
      'pagefind/shard-2/',
    ]);
  });

  test('treats a missing end as open', () => {
    expect(shardsForYears(manifest, 2021).map((shard) => shard.path)).toEqual(['pagefind/']);
    expect(shardsForYears(manifest).length).toBe(3);
  });
});
