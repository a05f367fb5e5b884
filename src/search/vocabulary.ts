/**
 * The "did you mean" vocabulary: words from headlines and entity names, counted over the whole
 * archive at build time and kept small (the most frequent `VOCABULARY_LIMIT`), so the search page
 * can offer the closest real spelling when a query finds little. Written next to the index as
 * `pagefind/vocabulary.json` and fetched only when a query needs it.
 */

export const VOCABULARY_FILE = 'vocabulary.json';

/** Words kept. At ~10 bytes a word that is ~100 KB of JSON, ~40 KB gzipped: affordable when needed, never loaded otherwise. */
export const VOCABULARY_LIMIT = 10_000;

/** Shortest word worth correcting: shorter typos have too many near neighbours to guess well. */
export const MIN_WORD_LENGTH = 4;

/** `[word, count]`, most frequent first; each word in its most common spelling (e.g. "Bachelet"). */
export type Vocabulary = [string, number][];

/** Letters and digits, with inner apostrophes and hyphens ("O'Neill", "Abu-Dhabi" stay one word). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words in `text` long enough to correct, not counting numbers. */
export function vocabularyWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => word.length >= MIN_WORD_LENGTH && !/^\p{N}+$/u.test(word));
}

/** Counts words of headlines and names, by their exact spelling. */
export class VocabularyCounter {
  readonly #counts = new Map<string, number>();

  add(texts: Iterable<string>): void {
    for (const text of texts) for (const word of vocabularyWords(text)) this.#counts.set(word, (this.#counts.get(word) ?? 0) + 1);
  }

  /**
   * The vocabulary: spellings that differ only in case are one word, shown in its most common
   * spelling and counted together; the `limit` most frequent words, ties in alphabetical order.
   */
  vocabulary(limit = VOCABULARY_LIMIT): Vocabulary {
    const folded = new Map<string, { count: number; best: string; bestCount: number }>();
    for (const [word, count] of this.#counts) {
      const key = word.toLowerCase();
      const entry = folded.get(key) ?? { count: 0, best: word, bestCount: 0 };
      entry.count += count;
      if (count > entry.bestCount) Object.assign(entry, { best: word, bestCount: count });
      folded.set(key, entry);
    }
    return [...folded.values()]
      .sort((a, b) => b.count - a.count || a.best.localeCompare(b.best))
      .slice(0, limit)
      .map((entry): [string, number] => [entry.best, entry.count]);
  }
}
