import { describe, expect, test } from 'vitest';
import { phaseDurations, tableRow, type BenchResult } from '../../../../tools/bench/report.ts';

describe('phaseDurations', () => {
  test('turns build marks into seconds per phase', () => {
    expect(
      phaseDurations({ configDone: 800, contentSynced: 2600, pagesGenerated: 5800, astroDone: 5900, searchIndexed: 9900, exit: 10_000 }),
    ).toEqual({
      'start-up': 0.8,
      'content sync': 1.8,
      render: 3.2,
      'post-processing': 0.1,
      'search index': 4,
    });
  });

  test('leaves out phases whose marks are missing', () => {
    expect(phaseDurations({ configDone: 1000 })).toEqual({ 'start-up': 1 });
  });
});

describe('tableRow', () => {
  test('formats a result as a Markdown table row', () => {
    const result: BenchResult = {
      articles: 10_000,
      machine: { cpus: 2, cpuModel: 'x', memoryGiB: 24, node: 'v24', platform: 'linux' },
      generateSeconds: 3,
      buildSeconds: 55.2,
      phases: { 'content sync': 9, render: 30, 'search index': 15 },
      peakMemoryMiB: 3584,
      pages: 12_345,
      outputMiB: 250,
      searchIndexMiB: 60,
      articlesPerSecond: 181,
      cpuSeconds: 70.6,
    };
    expect(tableRow(result)).toBe('| 10,000 | 55.2 s | 3.50 GiB | 9 s | 30 s | 15 s | 12,345 | 250 MiB | 60 MiB | 181 |');
  });
});
