/**
 * Which dictionary and which number forms a site language gets. Pure: the tag is an argument,
 * so the build (src/i18n/index.ts, src/site.ts) and the tests call the same functions.
 */
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en, type UiStrings } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { zhHans } from './zh-Hans.ts';

/** Every interface language the archive ships, by BCP 47 tag. */
export const DICTIONARIES = { en, de, fr, es, pt, 'zh-Hans': zhHans, ja, ar, ru } as const satisfies Record<string, UiStrings>;
export type UiLocale = keyof typeof DICTIONARIES;

/**
 * Languages whose default digits in CLDR are Latin but whose newspapers print their own: Arabic
 * (CLDR 42 made `ar` default to Latin digits; Arabic-Indic ones are still the norm in the press of
 * Egypt, the Gulf and the Levant). `SITE_NUMERALS=latn` opts out.
 */
const NATIVE_DIGITS: Record<string, string> = { ar: 'arab' };

export interface UiChoice {
  locale: UiLocale;
  /** Set when the dictionary is not exactly the site's language; the build prints it. */
  warning?: string;
}

/**
 * The closest dictionary to a site language: the same language (`de-AT` → de, `pt-BR` → pt,
 * `zh-CN` and `zh-Hans-CN` → zh-Hans), else English with a warning naming the tag and the
 * languages there are. Chinese in Traditional script gets Simplified, also with a warning.
 * @example uiLocaleFor('de-AT') // { locale: 'de' }
 */
export function uiLocaleFor(tag: string): UiChoice {
  let language = '';
  let script = '';
  try {
    const maximised = new Intl.Locale(tag).maximize();
    language = maximised.language;
    script = maximised.script ?? '';
  } catch {
    // Not a BCP 47 tag: falls through to English below.
  }
  const available = Object.keys(DICTIONARIES).join(', ');
  if (language === 'zh') {
    return script === 'Hans'
      ? { locale: 'zh-Hans' }
      : { locale: 'zh-Hans', warning: `SITE_LANG=${tag}: there is no interface in Chinese (${script}) script; using zh-Hans.` };
  }
  const match = (Object.keys(DICTIONARIES) as UiLocale[]).find((locale) => locale === language);
  if (match) return { locale: match };
  return {
    locale: 'en',
    warning: `SITE_LANG=${tag}: there is no interface dictionary for this language, so the interface is in English. Available: ${available} (add one in src/i18n/).`,
  };
}

/**
 * The language the interface's words are really in, as `lang` and `dir` for the chrome: the site's
 * own tag when its dictionary is the site's language (keeping a region: `de-AT`), else the
 * fallback dictionary's (`en` on a Hebrew site, `zh-Hans` on a `zh-TW` one), so assistive
 * technology reads English words as English. `textDirection` gives the direction of that language.
 * @example interfaceLanguage('de-AT', textDirection) // { lang: 'de-AT', dir: 'ltr' }
 * @example interfaceLanguage('he', textDirection) // { lang: 'en', dir: 'ltr' }
 */
export function interfaceLanguage(siteLang: string, direction: (lang: string) => 'ltr' | 'rtl'): { lang: string; dir: 'ltr' | 'rtl' } {
  const choice = uiLocaleFor(siteLang);
  const lang = choice.warning ? choice.locale : siteLang;
  return { lang, dir: direction(lang) };
}

/**
 * The locale for `Intl` formatting: the site language with the digits to print. `numerals` is a
 * Unicode numbering system (`latn`, `arab`, `arabext`, `deva`, …); without it, the language's
 * newspaper default (see NATIVE_DIGITS), else CLDR's.
 * @throws when `numerals` is no numbering system `Intl` knows, naming SITE_NUMERALS and the choices.
 * @example formattingLocale('ar') // 'ar-u-nu-arab'
 * @example formattingLocale('ar', 'latn') // 'ar-u-nu-latn'
 */
export function formattingLocale(lang: string, numerals?: string): string {
  if (numerals !== undefined && numerals !== '') {
    const known = Intl.supportedValuesOf('numberingSystem');
    if (!known.includes(numerals)) {
      throw new Error(`SITE_NUMERALS=${numerals} is not a numbering system. Use one of: ${known.join(', ')} (e.g. latn for 0–9).`);
    }
    return new Intl.Locale(lang, { numberingSystem: numerals }).toString();
  }
  let language = '';
  try {
    language = new Intl.Locale(lang).language;
  } catch {
    return lang;
  }
  const digits = NATIVE_DIGITS[language];
  return digits ? new Intl.Locale(lang, { numberingSystem: digits }).toString() : lang;
}
