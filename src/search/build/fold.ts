/**
 * Makes letters without a Unicode decomposition (ø æ œ ß ł đ ð þ ı) findable by their plain
 * spelling: "Bjørn" by "Bjorn". Pagefind folds accents that decompose (é → e) at both ends, but
 * leaves these as they are, and the query is the reader's, so the fix is in the index: each word
 * containing such a letter is also indexed folded, in a copy that only the indexer sees (it is
 * added to the HTML handed to Pagefind, never to the page on disk). Folding follows the slugs'
 * table (LATIN_WITHOUT_DECOMPOSITION in src/content/slug.ts).
 */
import { LATIN_WITHOUT_DECOMPOSITION } from '../../content/slug.ts';
import { FIELDS_START } from './document.ts';

const LETTERS = new RegExp(`[${Object.keys(LATIN_WITHOUT_DECOMPOSITION).join('')}]`, 'iu');
const WORDS = /[\p{L}\p{N}]+/gu;

/** Where the folded copy goes: just before the article's hidden index fields, inside `data-pagefind-body`. */
const ANCHOR = FIELDS_START;

/** Whether `text` holds a letter that Pagefind does not fold and the index therefore folds itself. */
export function hasFoldableLetter(text: string): boolean {
  return LETTERS.test(text);
}

/** `word` with each such letter replaced (case kept as lower case: Pagefind lower-cases anyway). */
export function foldLetters(word: string): string {
  return word.replace(new RegExp(LETTERS.source, 'giu'), (letter) => LATIN_WITHOUT_DECOMPOSITION[letter.toLowerCase()] ?? letter);
}

/**
 * The distinct folded forms of the words in `text` that contain such a letter, space-separated.
 * @example foldedWords('Bjørn Løkke met Łódź officials; Bjørn spoke') // 'Bjorn Lokke Lódz'
 */
export function foldedWords(text: string): string {
  const words = new Set<string>();
  for (const word of text.match(WORDS) ?? []) if (LETTERS.test(word)) words.add(foldLetters(word));
  return [...words].join(' ');
}

/**
 * The page as Pagefind should index it: with the folded copy of the text of its
 * `data-pagefind-body` before the index fields, or unchanged when nothing needs folding or the
 * page has no anchor.
 */
export function withFoldedCopy(html: string): string {
  const anchor = html.indexOf(ANCHOR);
  const body = html.indexOf('data-pagefind-body');
  if (anchor < 0 || body < 0 || body > anchor) return html;
  // Most pages have no such letter at all: one scan of the raw slice settles it (1.4 s of a
  // 10,000-article build's profile went to splitting pages into words that needed no folding).
  const raw = html.slice(body, anchor);
  if (!LETTERS.test(raw)) return html;
  const text = raw.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ');
  const folded = foldedWords(text);
  return folded ? `${html.slice(0, anchor)}<p>${folded}</p>${html.slice(anchor)}` : html;
}
