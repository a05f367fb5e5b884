import { describe, expect, test } from 'vitest';
import { pageCount, pageWindow, paginate } from '../../../src/archive/pagination.ts';

describe('paginate', () => {
  test('splits a list into pages no longer than the page size, in order', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.last])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  test('gives an empty list one empty page', () => {
    expect(paginate([], 25)).toEqual([{ number: 1, last: 1, items: [] }]);
  });

  test('fills the last page exactly when the count is a multiple of the size', () => {
    expect(pageCount(50, 25)).toBe(2);
    expect(pageCount(51, 25)).toBe(3);
  });

  test('rejects a page size that is not a positive whole number', () => {
    expect(() => pageCount(10, 0)).toThrow(/page size must be a whole number ≥ 1, got 0/);
    expect(() => pageCount(10, Number.NaN)).toThrow(/page size/);
  });
});

describe('pageWindow', () => {
  test('shows the first, the last and two either side of the current page', () => {
    expect(pageWindow(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
  });

  test('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  test('never hides a single page behind a gap', () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
  });
});
