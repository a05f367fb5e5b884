/**
 * Splitting long lists into numbered pages. Page 1 lives at the list's own URL; page n at `n/`
 * beneath it (see `paths.ts`), so no listing page ever shows more than the page size.
 */

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list (at least 1, so an empty list still has its first page). */
  last: number;
  items: T[];
}

/** Number of pages needed for `count` items; an empty list still has one (empty) page. */
export function pageCount(count: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a whole number ≥ 1, got ${pageSize}`);
  return Math.max(1, Math.ceil(count / pageSize));
}

/**
 * Every page of a list.
 * @example paginate([1, 2, 3], 2) // [{ number: 1, last: 2, items: [1, 2] }, { number: 2, last: 2, items: [3] }]
 */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  const last = pageCount(items.length, pageSize);
  return Array.from({ length: last }, (_, index) => ({
    number: index + 1,
    last,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
  }));
}

/**
 * The page numbers a pagination bar shows: the first, the last, and `radius` either side of the
 * current page, with `'gap'` where numbers are left out.
 * @example pageWindow(10, 20) // [1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]
 */
export function pageWindow(current: number, last: number, radius = 2): (number | 'gap')[] {
  const wanted = new Set([1, last]);
  for (let page = current - radius; page <= current + radius; page++) if (page >= 1 && page <= last) wanted.add(page);
  const shown: (number | 'gap')[] = [];
  let previous = 0;
  for (const page of [...wanted].sort((a, b) => a - b)) {
    // A gap of a single page is shown as that page: "1 2 3", never "1 … 3".
    if (page - previous === 2) shown.push(page - 1);
    else if (page - previous > 2) shown.push('gap');
    shown.push(page);
    previous = page;
  }
  return shown;
}
