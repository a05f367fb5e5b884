/**
 * Facts about languages that the archive needs to lay text out: which way a language's script
 * runs. Taken from the BCP 47 tag, never guessed from the text, so a headline that starts with a
 * Latin acronym in an Arabic article still runs right to left.
 */

/**
 * Primary language subtags written right to left by default: Arabic, Hebrew, Persian, Urdu,
 * Pashto, Yiddish, Divehi, Sindhi, Kurdish (Sorani), Uyghur. Source: CLDR likely subtags
 * (the default script of each is Arab, Hebr or Thaa).
 */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'sd', 'ckb', 'ug']);
/** Scripts written right to left (ISO 15924), for tags that name their script. */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);
const LTR_SCRIPTS = new Set(['latn', 'cyrl', 'grek', 'hans', 'hant', 'jpan', 'kore', 'deva']);

/**
 * The writing direction of a BCP 47 language tag: an explicit script subtag wins (`az-Arab` is
 * right to left, `ku-Latn` left to right), otherwise the language's default script.
 * @example textDirection('ar') // 'rtl'
 * @example textDirection('en-GB') // 'ltr'
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const [language = '', ...rest] = lang.toLowerCase().split(/[-_]/);
  const script = rest.find((part) => part.length === 4);
  if (script && RTL_SCRIPTS.has(script)) return 'rtl';
  if (script && LTR_SCRIPTS.has(script)) return 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/**
 * The `lang` and `dir` attributes for text in language `lang` (BCP 47), falling back to the
 * site's language when the article names none. Put on every snippet (list item, related link)
 * so an Arabic headline in an English list runs right to left and is spoken as Arabic.
 * @example languageAttributes(undefined, 'en') // { lang: 'en', dir: 'ltr' }
 */
export function languageAttributes(lang: string | undefined, siteLang: string): { lang: string; dir: 'ltr' | 'rtl' } {
  const tag = lang ?? siteLang;
  return { lang: tag, dir: textDirection(tag) };
}
