/**
 * Chooses the excerpt shown under a search result. Pagefind picks the densest run of weighted
 * matches, so a headline that contains one query word beats a paragraph that contains the whole
 * phrase; here the window covering the most different matched words wins, then the weightiest.
 */

/** Pagefind's word separator: whitespace except the zero-width no-break space. */
export const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A word as compared for matches: lower case, letters and digits only. */
export const normaliseWord = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The excerpt HTML (escaped, matches in <mark>) of `length` words, or undefined when the content
 * does not split into Pagefind's word positions (e.g. unsegmented Chinese), to keep Pagefind's own.
 * @example bestExcerpt('a b c d', [{ location: 2, balanced_score: 1 }], 4, 4) // 'a b <mark>c</mark> d'
 */
export function bestExcerpt(content: string, locations: WeightedLocation[], wordCount: number, length: number): string | undefined {
  const words = content.split(WORD_SEPARATORS);
  if (words.length !== wordCount || locations.length === 0) return undefined;
  const marked = new Map<number, number>();
  for (const { location, balanced_score } of locations) marked.set(location, (marked.get(location) ?? 0) + balanced_score);
  const positions = [...marked.keys()].sort((a, b) => a - b);
  const lead = Math.min(4, Math.floor(length / 4));
  let best = { start: 0, distinct: -1, weight: -1 };
  for (const position of positions) {
    const start = Math.max(0, Math.min(position - lead, words.length - length));
    const inside = positions.filter((other) => other >= start && other < start + length);
    const distinct = new Set(inside.map((other) => normaliseWord(words[other] ?? ''))).size;
    const weight = inside.reduce((sum, other) => sum + (marked.get(other) ?? 0), 0);
    if (distinct > best.distinct || (distinct === best.distinct && weight > best.weight)) best = { start, distinct, weight };
  }
  const end = Math.min(words.length, best.start + length);
  const parts: string[] = [];
  for (let index = best.start; index < end; index++) {
    const word = escapeHtml(words[index] ?? '');
    parts.push(marked.has(index) ? `<mark>${word}</mark>` : word);
  }
  return `${best.start > 0 ? '… ' : ''}${parts.join(' ')}${end < words.length ? ' …' : ''}`;
}
