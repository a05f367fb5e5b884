/**
 * Chooses the excerpt shown under a search result. Pagefind picks the densest run of weighted
 * matches, so a headline that contains one query word beats a paragraph that contains the whole
 * phrase; here the window of the body covering the most different matched words wins, then the
 * weightiest, and the headline (shown above the excerpt as the result's link) is left out.
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
 * The first `headlineWords` words of the content are the headline, which the result already shows
 * as its link: the excerpt is taken from after them, around the body's matches, and opens on the
 * body's first words (the byline, then the lede) when only the headline matched. Without that, the
 * headline's weight (Pagefind weighs an `<h1>` 7 times) won every tie and most excerpts repeated it.
 * @example bestExcerpt('a b c d', [{ location: 2, balanced_score: 1 }], 4, 4) // 'a b <mark>c</mark> d'
 * @example bestExcerpt('Big news Ministers met', [{ location: 1, balanced_score: 7 }], 4, 4, 2) // 'Ministers met'
 */
export function bestExcerpt(
  content: string,
  locations: WeightedLocation[],
  wordCount: number,
  length: number,
  headlineWords = 0,
): string | undefined {
  const words = content.split(WORD_SEPARATORS);
  if (words.length !== wordCount || locations.length === 0) return undefined;
  // A headline as long as the content leaves no body to show: keep the whole content then.
  const first = headlineWords < words.length ? headlineWords : 0;
  const marked = new Map<number, number>();
  for (const { location, balanced_score } of locations)
    if (location >= first) marked.set(location, (marked.get(location) ?? 0) + balanced_score);
  const positions = [...marked.keys()].sort((a, b) => a - b);
  const lead = Math.min(4, Math.floor(length / 4));
  let best = { start: first, distinct: -1, weight: -1 };
  for (const position of positions) {
    // A match among the body's first few words shows the body from its start, not from mid-line.
    const start = position - first <= 2 * lead ? first : Math.max(first, Math.min(position - lead, words.length - length));
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
  return `${best.start > first ? '… ' : ''}${parts.join(' ')}${end < words.length ? ' …' : ''}`;
}
