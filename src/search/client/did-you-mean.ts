/**
 * "Did you mean": the closest spelling of a query among the vocabulary of headlines and names
 * (src/search/vocabulary.ts). Pure, so the table of typos is unit-tested.
 */
import { MIN_WORD_LENGTH, type Vocabulary } from '../vocabulary.ts';

/**
 * Edits allowed for a word of `length` letters: one up to 5 letters, two from 6 (the usual
 * rule of spelling correctors, e.g. Elasticsearch's `fuzziness: AUTO`, which allows 1 edit for
 * 3–5 characters and 2 beyond).
 */
export function allowedEdits(length: number): number {
  return length < MIN_WORD_LENGTH ? 0 : length <= 5 ? 1 : 2;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1), or `limit + 1` as soon as it must exceed `limit`.
 * Our own because the libraries looked at have no such cut-off (fastest-levenshtein counts no
 * swaps; damerau-levenshtein fills the whole matrix), and the search page runs this against up
 * to 10,000 vocabulary words in the reader's browser.
 * @example editDistance('bachelte', 'bachelet', 2) // 1
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * The query with each word that is not in the vocabulary replaced by its closest vocabulary word
 * (fewest edits, then most frequent), or undefined when no word changes.
 * @example suggestSpelling('Bachelte Genva', [['Bachelet', 9], ['Geneva', 7]]) // 'Bachelet Geneva'
 */
export function suggestSpelling(query: string, vocabulary: Vocabulary): string | undefined {
  const known = new Set(vocabulary.map(([word]) => word.toLowerCase()));
  let changed = false;
  const words = query.split(/\s+/).map((word) => {
    const lower = word.toLowerCase();
    const limit = allowedEdits(lower.length);
    if (limit === 0 || known.has(lower)) return word;
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [candidate, count] of vocabulary) {
      const distance = editDistance(lower, candidate.toLowerCase(), limit);
      if (distance > limit) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count))
        best = { word: candidate, distance, count };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? words.join(' ') : undefined;
}
