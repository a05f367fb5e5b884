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
  return text.replace(FORBIDDEN, '');
}
