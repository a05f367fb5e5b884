/**
 * Chooses the excerpt shown under a search result. Pagefind picks the densest run of weighted
 * matches, so a headline that contains one query word beats a paragraph that contains the whole
 * phrase; here the window of the body covering the most different matched words wins, then the
 * weightiest, and the headline (shown above the excerpt as the result's link) is left out.
 */

import { foldLetters, hasFoldableLetter } from '../build/fold.ts';

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
 * The matches of a result with those in the folded copy that src/search/build/fold.ts adds at the
 * end of an article's indexed text ("bjorn" for "Bjørn", which the reader never sees, found by a
 * reader who types "Bjorn") moved to the first word they were folded from, and `textWords`, the
 * number of words before that copy, where excerpts and text fragments must stop. `words`: the
 * content split at WORD_SEPARATORS. Without a letter to fold, everything is returned as it is.
 * @example unfoldMatches(['Bjørn', 'spoke.', 'bjorn.'], [{ location: 2, balanced_score: 1 }])
 * // { locations: [{ location: 0, balanced_score: 1 }], textWords: 2 }
 */
export function unfoldMatches(
  words: readonly string[],
  locations: WeightedLocation[],
): { locations: WeightedLocation[]; textWords: number } {
  // The first word holding each folded form, as fold.ts folds: letter and digit runs of a word.
  const origin = new Map<string, number>();
  words.forEach((word, index) => {
    if (!hasFoldableLetter(word)) return;
    for (const token of word.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const key = normaliseWord(foldLetters(token));
      if (hasFoldableLetter(token) && !origin.has(key)) origin.set(key, index);
    }
  });
  if (origin.size === 0) return { locations, textWords: words.length };
  // The copy is the run of words at the end that are folded forms of earlier words.
  let textWords = words.length;
  while (textWords > 0 && (origin.get(normaliseWord(words[textWords - 1] ?? '')) ?? textWords) < textWords - 1) textWords -= 1;
  const moved = locations.flatMap(({ location, balanced_score }) => {
    if (location < textWords) return [{ location, balanced_score }];
    const source = origin.get(normaliseWord(words[location] ?? ''));
    return source === undefined ? [] : [{ location: source, balanced_score }];
  });
  return { locations: moved, textWords };
}

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
  const { locations: found, textWords } = unfoldMatches(words, locations);
  // A headline as long as the text leaves no body to show: keep the whole text then.
  const first = headlineWords < textWords ? headlineWords : 0;
  const marked = new Map<number, number>();
  for (const { location, balanced_score } of found)
    if (location >= first) marked.set(location, (marked.get(location) ?? 0) + balanced_score);
  const positions = [...marked.keys()].sort((a, b) => a - b);
  const lead = Math.min(4, Math.floor(length / 4));
  let best = { start: first, distinct: -1, weight: -1 };
  for (const position of positions) {
    // A match among the body's first few words shows the body from its start, not from mid-line.
    const start = position - first <= 2 * lead ? first : Math.max(first, Math.min(position - lead, textWords - length));
    const inside = positions.filter((other) => other >= start && other < start + length);
    const distinct = new Set(inside.map((other) => normaliseWord(words[other] ?? ''))).size;
    const weight = inside.reduce((sum, other) => sum + (marked.get(other) ?? 0), 0);
    if (distinct > best.distinct || (distinct === best.distinct && weight > best.weight)) best = { start, distinct, weight };
  }
  const end = Math.min(textWords, best.start + length);
  const parts: string[] = [];
  for (let index = best.start; index < end; index++) {
    const word = escapeHtml(words[index] ?? '');
    parts.push(marked.has(index) ? `<mark>${word}</mark>` : word);
  }
  return `${best.start > first ? '… ' : ''}${parts.join(' ')}${end < textWords ? ' …' : ''}`;
}
