import { describe, expect, test } from 'vitest';
import { buildHeapMb } from '../../../../tools/build/heap.ts';

const GiB = 1024 ** 3;

describe('buildHeapMb', () => {
  test('grows with the archive', () => {
    expect(buildHeapMb(1_000, 24 * GiB)).toBe(2068);
    expect(buildHeapMb(100_000, 24 * GiB)).toBe(4048);
  });

  test('never takes more than three quarters of memory, nor less than 1 GiB', () => {
    expect(buildHeapMb(1_000_000, 8 * GiB)).toBe(6144);
    expect(buildHeapMb(0, 1 * GiB)).toBe(1024);
  });
});
