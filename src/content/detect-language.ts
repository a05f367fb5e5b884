/**
 * The language a text is written in, for the importer (which writes `lang` when an input names
 * none) and the build (which warns when an article's text is clearly not in its declared language).
 *
 * Library: ELD (`eld`, medium database). Measured on tests/fixtures/language/short-news.json, 47
 * headlines and one-sentence ledes in 27 languages, 3–14 words each: ELD 46/47 (Indonesian read as
 * Malay), franc 6.2 45/47 (Polish read as "src", Russian as Ukrainian); ELD's large database scored
 * the same as medium but loads in 3.5 s against 1.2 s. ELD also returns ISO 639-1 codes, which are
 * BCP 47 primary subtags as they are, and says whether a result is reliable. cld needs a native build.
 */
import { eld } from 'eld/medium';

/** Languages ELD cannot tell apart reliably on short text (measured: id → ms); a pair never counts as a mismatch. */
const CLOSE_PAIRS = [
  ['id', 'ms'],
  ['no', 'nb'],
  ['no', 'nn'],
  ['nb', 'nn'],
  ['hr', 'sr'],
  ['hr', 'bs'],
  ['bs', 'sr'],
];
/** Deprecated ISO 639-1 codes still seen in BCP 47 tags (RFC 5646 § 2.2.1 keeps them valid). */
const ALIASES: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi' };
/** Fewer letters than this and no guess is "clear": a name or an agency alone says nothing (the shortest Chinese headline in the measured set has 11). */
const MIN_LETTERS = 10;

/** Primary language subtag of a BCP 47 tag, lower case, aliases resolved: `zh-Hans` → `zh`. */
export function primaryLanguage(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[primary] ?? primary;
}

/**
 * The language of `text` as an ISO 639-1 code, or undefined when the text is too short (under 10
 * letters) or the detector is not sure.
 * @example detectLanguage('北京市交通局宣布，新能源公交车将开通夜间线路。') // 'zh'
 */
export function detectLanguage(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  const result = eld.detect(text);
  return result.language && result.isReliable() ? result.language : undefined;
}

/** True when the two tags name the same language, or two that short text cannot tell apart. */
export function sameLanguage(a: string, b: string): boolean {
  const [x, y] = [primaryLanguage(a), primaryLanguage(b)];
  return x === y || CLOSE_PAIRS.some(([p, q]) => (x === p && y === q) || (x === q && y === p));
}

/**
 * Characters of an article read to check its language: a headline and two or three paragraphs.
 * ELD's time grows with the text, and the build checks every article: over the 10,000 articles of
 * `npm run bench` the whole bodies take 3.8 s, this much 1.5 s (8.7 s of the build's profile before).
 * The verdict was the same for all of them and for the 849 articles of the real Wikinews corpus, the
 * demo, the examples and the test fixtures.
 */
export const LANGUAGE_SAMPLE_CHARACTERS = 1000;

/**
 * A warning when `text` is clearly in another language than `declared` (BCP 47), else undefined.
 * Reads the first LANGUAGE_SAMPLE_CHARACTERS characters only (whole code points).
 * @example languageMismatch('en', '北京市交通局宣布，新能源公交车将开通夜间线路。') // 'the text reads as zh, not en: …'
 */
export function languageMismatch(declared: string, text: string): string | undefined {
  const detected = detectLanguage(
    Array.from(text.slice(0, LANGUAGE_SAMPLE_CHARACTERS + 1))
      .slice(0, LANGUAGE_SAMPLE_CHARACTERS)
      .join(''),
  );
  if (!detected || sameLanguage(declared, detected)) return undefined;
  return `the text reads as ${detected}, not ${declared}: set \`lang: ${detected}\` in its frontmatter (or SITE_LANG) if that is right`;
}
