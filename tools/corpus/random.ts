/**
 * Seeded randomness for the synthetic corpus. Everything the generator draws comes from here, so
 * one seed always yields the same archive, byte for byte, on any machine.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny, fast 32-bit generator, plenty for test data (not for cryptography).
 * @example const random = mulberry32(1); random() // 0.6270739405881613
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: spreads every input bit over the output so nearby seeds diverge. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A seed derived from a base seed and a list of integers (article index, purpose…), so each article
 * draws from its own stream and can be generated alone, in any order.
 * @example mulberry32(deriveSeed(seed, index))
 */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let h = fmix32(Math.trunc(seed) ^ 0x9e3779b9);
  for (const part of parts) h = fmix32((h ^ Math.imul(part >>> 0, 0x27d4eb2d)) + 0x165667b1);
  return h;
}

/** A whole number in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** True with probability `p`. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** One item, each equally likely. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick() needs a non-empty list');
  return item;
}

/** Items with precomputed cumulative weights, for fast repeated weighted draws. */
export interface WeightedTable<T> {
  items: readonly T[];
  cumulative: Float64Array;
}

/** A table from explicit weights (same length as `items`, all ≥ 0, not all 0). */
export function weightedTable<T>(items: readonly T[], weights: ArrayLike<number>): WeightedTable<T> {
  if (items.length === 0 || items.length !== weights.length) throw new RangeError('weightedTable needs one weight per item');
  const cumulative = new Float64Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) cumulative[i] = total += weights[i] ?? 0;
  if (!(total > 0)) throw new RangeError('weightedTable needs a positive total weight');
  return { items, cumulative };
}

/**
 * A Zipf table: the item at rank r (from 0) has weight 1 / (r + 1)^exponent, so the first few items
 * dominate and the rest form a long tail, as words and names do in real news.
 */
export function zipfTable<T>(items: readonly T[], exponent = 1): WeightedTable<T> {
  return weightedTable(
    items,
    Float64Array.from(items, (_, rank) => 1 / (rank + 1) ** exponent),
  );
}

/** The index a weighted draw lands on (binary search over the cumulative weights). */
export function weightedIndex(random: Random, table: WeightedTable<unknown>): number {
  const { cumulative } = table;
  const target = random() * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** One weighted draw. */
export function weightedPick<T>(random: Random, table: WeightedTable<T>): T {
  return table.items[weightedIndex(random, table)] as T;
}

/** Up to `count` distinct weighted draws, in draw order (most likely items tend to come first). */
export function weightedDistinct<T>(random: Random, table: WeightedTable<T>, count: number): T[] {
  const chosen: T[] = [];
  const wanted = Math.min(count, table.items.length);
  for (let attempt = 0; chosen.length < wanted && attempt < wanted * 20; attempt++) {
    const item = weightedPick(random, table);
    if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}
