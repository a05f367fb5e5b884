/** Words per minute of an adult reading news prose on screen. */
const WORDS_PER_MINUTE = 230;

/** Counts words in Markdown or plain text, ignoring syntax, URLs and HTML tags. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`~[\]|-]+/g, ' ');
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  // CJK scripts have no spaces between words; count ideographs as roughly one word each.
  const ideographs = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const latinWords = matches.filter((word) => !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(word)).length;
  return latinWords + ideographs;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
