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
 * How many different query terms `matched` (the matched words of a passage) stand for. Pagefind
 * matches stems and prefixes, so "treatment" and "treatments" are one term: two matched words are
 * taken as one when they share their first 60% of letters (at least four; words shorter than four
 * letters only when equal), else a passage repeating one word in several forms beat a passage
 * holding every query word ("Ebola treatment": "treatment … treatments" over "Ebola … treatment").
 * @example distinctTerms(['Treatment', 'treatments', 'Ebola']) // 2
 */
export function distinctTerms(matched: readonly string[]): number {
  const terms: string[] = [];
  for (const word of matched.map(normaliseWord)) {
    const same = terms.some((term) => {
      const shorter = Math.min(term.length, word.length);
      if (shorter < 4) return term === word;
      const shared = Math.max(4, Math.ceil(shorter * 0.6));
      return term.slice(0, shared) === word.slice(0, shared);
    });
    if (!same) terms.push(word);
  }
  return terms.length;
}

/**
 * A word that ends a sentence or a block, or separates the byline's parts (" · "): an excerpt's
 * lead-in starts after the last one before its match, not in the middle of a line.
 */
const BREAK_AFTER = /(?:[.!?…:;]["'”’»)\]]*|^[·|—–-])$/u;

/**
 * Pagefind ends every block with a full stop unless its text ends with one, so a paragraph ending
 * in a quotation ("…jeopardised.”") is indexed as `jeopardised.”.`; that added stop is not on the
 * page. `word` without it; `previous`, the word before, shows whether a closing mark that stands
 * alone ends a sentence.
 * @example withoutAddedStop('jeopardised.".') // 'jeopardised."'
 * @example withoutAddedStop('”.', 'tomorrow.’') // '”'
 */
export function withoutAddedStop(word: string, previous = ''): string {
  // A closing mark standing alone after a sentence's end ("tomorrow.’ ”.") carries the stop too.
  if (/^["'”’»)\]]+\.$/u.test(word) && /[.!?…]["'”’»)\]]*$/u.test(previous)) return word.slice(0, -1);
  return word.replace(/([.!?…]["'”’»)\]]+)\.$/u, '$1');
}

/**
 * The excerpt HTML (escaped, matches in <mark>) of `length` words, or undefined when the content
 * does not split into Pagefind's word positions (e.g. unsegmented Chinese), to keep Pagefind's own.
 * The first `headlineWords` words of the content are the headline, which the result already shows
 * as its link: the excerpt is taken from after them, around the body's matches, with its lead-in
 * starting after the last sentence end or byline separator before the match. When only the headline
 * matched, the excerpt is `standfirst` (escaped), as when browsing, or without one the body's first
 * words. Without that, the headline's weight (Pagefind weighs an `<h1>` 7 times) won every tie and
 * most excerpts repeated it. The closing "…" is joined by a no-break space, so it never wraps alone.
 * @example bestExcerpt('a b c d', [{ location: 2, balanced_score: 1 }], 4, 4) // 'a b <mark>c</mark> d'
 * @example bestExcerpt('Big news Ministers met', [{ location: 1, balanced_score: 7 }], 4, 4, 2) // 'Ministers met'
 */
export function bestExcerpt(
  content: string,
  locations: WeightedLocation[],
  wordCount: number,
  length: number,
  headlineWords = 0,
  standfirst = '',
): string | undefined {
  const words = content.split(WORD_SEPARATORS);
  if (words.length !== wordCount || locations.length === 0) return undefined;
  const chosen = excerptWindow(words, locations, length, headlineWords);
  if (chosen.matches === 0 && standfirst.trim() !== '' && chosen.first > 0) return escapeHtml(standfirst.trim());
  const { start, end, first, textWords, marked } = chosen;
  const parts: string[] = [];
  for (let index = start; index < end; index++) {
    const word = escapeHtml(withoutAddedStop(words[index] ?? '', words[index - 1]));
    parts.push(marked.has(index) ? `<mark>${word}</mark>` : word);
  }
  return `${start > first ? '… ' : ''}${parts.join(' ')}${end < textWords ? '\u00a0…' : ''}`;
}

/** The words an excerpt shows, as `excerptWindow` chooses them. */
export interface ExcerptWindow {
  /** First and past-the-last word shown. */
  start: number;
  end: number;
  /** Where the body starts (after the headline) and ends (before the index's folded copy). */
  first: number;
  textWords: number;
  /** Matched body words by position, with their summed score. */
  marked: Map<number, number>;
  /** Matched body words in all. */
  matches: number;
}

/**
 * The passage an excerpt of `length` words shows (see `bestExcerpt`), on `content` split at
 * WORD_SEPARATORS: the window of the body holding the most different query terms, then the
 * heaviest. The link's text fragment is chosen inside it (textFragment), so the link opens the
 * article at the passage the reader saw.
 */
export function excerptWindow(
  words: readonly string[],
  locations: WeightedLocation[],
  length: number,
  headlineWords: number,
): ExcerptWindow {
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
    let start = position - first <= 2 * lead ? first : Math.max(first, Math.min(position - lead, textWords - length));
    for (let index = position - 1; index >= start; index--)
      if (BREAK_AFTER.test(words[index] ?? '')) {
        start = index + 1;
        break;
      }
    const inside = positions.filter((other) => other >= start && other < start + length);
    const distinct = distinctTerms(inside.map((other) => words[other] ?? ''));
    const weight = inside.reduce((sum, other) => sum + (marked.get(other) ?? 0), 0);
    if (distinct > best.distinct || (distinct === best.distinct && weight > best.weight)) best = { start, distinct, weight };
  }
  return { start: best.start, end: Math.min(textWords, best.start + length), first, textWords, marked, matches: positions.length };
}
