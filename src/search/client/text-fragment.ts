/**
 * Chooses the URL text fragment (`#:~:text=…`) a search result links with, so the browser itself
 * scrolls the article to the matched passage and highlights it: no script on the article page.
 * Syntax and matching rules: WICG "URL Fragment Text Directives" (wicg.github.io/scroll-to-text-fragment).
 */
import { WORD_SEPARATORS, distinctTerms, excerptWindow, unfoldMatches, withoutAddedStop, type WeightedLocation } from './excerpt.ts';

/** Words of context either side of the first match: enough to single out the passage, short enough to stay inside one sentence. */
const CONTEXT_WORDS = 3;

/** A word that ends a sentence; a fragment never reaches past it, since paragraphs (blocks) end with one. */
const SENTENCE_END = /[.!?:;…"”’)\]]$/u;

/**
 * The spec reserves `-`, `,` and `&` inside a directive, so they are percent-encoded on top of
 * what `encodeURIComponent` encodes.
 * @example encodeTextDirectivePart('well-known, fine') // 'well%2Dknown%2C%20fine'
 */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * The text fragment for a result: the body passage where the most different query words meet
 * (the earliest such), inside the excerpt the result shows when `excerptWords` gives the
 * excerpt's length (see excerptWindow), with up to three words either side, never crossing the
 * headline/body boundary (`headlineWords` words come first in Pagefind's content) nor a sentence
 * end, since a text directive only matches inside one block. Returns '' when no match is in the
 * body (the headline is at the top of the page anyway) or the content does not split into
 * Pagefind's word positions (unsegmented Chinese).
 * @example textFragment('Big news Ministers met in Geneva today', [{ location: 5, balanced_score: 1 }], 7, 2) // '#:~:text=Ministers%20met%20in%20Geneva%20today'
 */
export function textFragment(
  content: string,
  locations: WeightedLocation[],
  wordCount: number,
  headlineWords: number,
  excerptWords?: number,
): string {
  const words = content.split(WORD_SEPARATORS);
  if (words.length !== wordCount) return '';
  // A match in the index's folded copy ("bjorn" for "Bjørn") points at the word as the page writes it.
  const { locations: found, textWords } = unfoldMatches(words, locations);
  const inBody = [...new Set(found.map((location) => location.location))]
    .filter((location) => location >= headlineWords && location < textWords)
    .sort((a, b) => a - b);
  // With the excerpt's length given, the passage is one the excerpt shows.
  const shown =
    excerptWords === undefined || inBody.length === 0 ? undefined : excerptWindow(words, locations, excerptWords, headlineWords);
  const matches = shown ? inBody.filter((location) => location >= shown.start && location < shown.end) : inBody;
  const ends = (index: number) => SENTENCE_END.test(words[index] ?? '');
  let best: { first: number; last: number; distinct: number } | undefined;
  for (const first of matches) {
    // The matches that follow within one sentence and a short span form a passage.
    let last = first;
    for (const next of matches)
      if (next > last && next - first <= 2 * CONTEXT_WORDS && !words.slice(first, next).some((_, i) => ends(first + i))) last = next;
    const distinct = distinctTerms(matches.filter((m) => m >= first && m <= last).map((m) => words[m] ?? ''));
    if (!best || distinct > best.distinct) best = { first, last, distinct };
  }
  if (!best) return '';
  let start = best.first;
  while (start > headlineWords && best.first - start < CONTEXT_WORDS && !ends(start - 1)) start -= 1;
  let end = best.last;
  while (end + 1 < textWords && end - best.last < CONTEXT_WORDS && !ends(end)) end += 1;
  // The passage's last full stop may be one Pagefind added at the block's end (a paragraph ending
  // "life" or "jeopardised.”"), which the page does not have; the passage matches without it either way.
  const passage = words.slice(start, end + 1);
  passage[passage.length - 1] = withoutAddedStop(passage.at(-1) ?? '', words[end - 1]).replace(/\.$/u, '');
  return `#:~:text=${encodeTextDirectivePart(passage.join(' '))}`;
}

/** Words in a headline, counted the way Pagefind counts positions in its content. */
export function wordsIn(text: string): number {
  return text.split(WORD_SEPARATORS).filter((word) => word !== '').length;
}
