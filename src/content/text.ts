/**
 * Code points no output may carry. XML 1.0 (§2.2 Char) forbids C0 controls other than tab, LF
 * and CR, lone surrogates and U+FFFE/U+FFFF even when escaped; the HTML standard (§13.2.5,
 * "control-character-in-input-stream") makes the same C0 controls and C1 controls parse errors.
 * Every output (pages, JSON-LD, feeds, sitemaps, search metadata) strips them through this module.
 */

const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` without the code points XML 1.0 and HTML forbid (see the module comment).
 * @example stripForbidden('Bell\u0007 and escape\u001B') // 'Bell and escape'
 */
export function stripForbidden(text: string): string {
  // Almost every text has none: two fast scans spare the surrogate look-arounds, which made this
  // 0.8 s of a 10,000-article build's profile (every article file is read through it).
  if (!CONTROLS.test(text) && text.isWellFormed()) return text;
  return text.replace(FORBIDDEN, '');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

// What a reader cannot see: Unicode's White_Space (spaces of every width, no-break spaces, line
// and paragraph separators) and Default_Ignorable_Code_Point (zero-width spaces and joiners, the
// word joiner, U+FEFF, the soft hyphen, bidi controls, variation selectors, Hangul fillers: the
// characters Unicode says render as nothing, UAX #44), plus the braille blank U+2800, which draws
// an empty cell. Unicode's own properties, so no hand-kept list goes stale.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * Does `text` show anything to a reader? False for "", spaces, and text made only of invisible
 * characters ("\u00A0\u200B\uFEFF"), which a headline or a name must never be.
 * @example hasVisibleText('\u200B\u00A0') // false; hasVisibleText('\u200BGeneva') // true
 */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

/**
 * The invisible characters of `text` as code points, each once, for a message that tells an editor
 * what is really there, e.g. "U+00A0, U+200B".
 */
export function describeInvisible(text: string): string {
  const points = new Set(Array.from(text.match(INVISIBLE) ?? [], (char) => char.codePointAt(0) as number));
  return [...points].map((point) => `U+${point.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}
