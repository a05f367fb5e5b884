/**
 * How long a description (the standfirst under the headline) may be. It is shown on the article
 * page, on every listing that carries the article (home, days, months, topics), in the feeds and
 * in the `description`, `og:description` and `twitter:description` meta tags, so one runaway
 * paragraph is copied into every one of them: a 2 MB first paragraph once made a 20 MB article
 * page and a 2 MB home page and feed.
 *
 * Lengths are in characters (Unicode code points), as the limits below are stated.
 */

/**
 * The longest description the importer writes: 300 characters, a standfirst's "one or two
 * sentences" (the schema's own definition). Newsroom guidance keeps a lede sentence to about 30–35
 * words, some 200 characters of English at six characters a word with its space; 300 holds such a
 * sentence whole with room for a short second one. (The seed article's one-sentence lede is 217
 * characters: cutting it would be wrong.) Not the 200 characters X allows for
 * `twitter:description` (developer.x.com/cards/markup), the tightest of our outputs, nor the ~160
 * search engines show: both clip the text themselves, while the page and the listings show all of it.
 * Judgement, not a standard's number.
 */
export const DESCRIPTION_MAX = 300;

/**
 * Above this the build warns about an article's description: over three times DESCRIPTION_MAX, so a
 * long hand-written standfirst never trips it and only a pasted paragraph or body does. Not a
 * standard's number; generous on purpose, since the build warns rather than refuses.
 */
export const DESCRIPTION_WARN_LENGTH = 1000;

const length = (text: string) => Array.from(text).length;

/**
 * `text` cut to at most `max` characters for a description: whole sentences when the ones that
 * fit fill at least half of it, else whole words with "…" (never inside a word, and words of
 * scripts written without spaces, Chinese or Japanese, are found as a browser finds them). Text
 * that fits comes back unchanged. Boundaries are `Intl.Segmenter`'s (Unicode UAX #29), so no
 * hand-made rule decides what a sentence or a word is in each language.
 * @param locale BCP 47 tag of the text, e.g. "en" or "zh-Hans" (default: the root locale).
 * @example capDescription('One. Two three four.', 10) // 'One. Two…'
 */
export function capDescription(text: string, max = DESCRIPTION_MAX, locale?: string): string {
  if (length(text) <= max) return text;
  let sentences = '';
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
    if (length(sentences + segment.trimEnd()) > max) break;
    sentences += segment;
  }
  if (length(sentences.trimEnd()) >= max / 2) return sentences.trimEnd();
  let words = '';
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    // One character is kept for the ellipsis.
    if (length(words + segment) > max - 1) break;
    words += segment;
  }
  // A single word longer than `max` (a URL, a run of letters): cut it, as nothing else fits.
  const cut =
    words.trimEnd() === ''
      ? Array.from(text)
          .slice(0, max - 1)
          .join('')
      : words;
  return `${cut.trimEnd().replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * The build's warning for an article whose description is over DESCRIPTION_WARN_LENGTH, naming
 * the file, the field, its length and the fix; undefined when it is shorter or absent.
 * @param file the article's path as the build names it, e.g. "content/articles/2022/09/a.md".
 */
export function descriptionWarning(file: string, description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  const size = length(description);
  if (size <= DESCRIPTION_WARN_LENGTH) return undefined;
  return (
    `${file}: description is ${size.toLocaleString('en')} characters; it is repeated on every listing, feed and meta tag that shows ` +
    `the article, so keep it to one or two sentences (at most ${DESCRIPTION_MAX} characters is a good length; ` +
    `over ${DESCRIPTION_WARN_LENGTH.toLocaleString('en')} warns): move the rest into the body`
  );
}
