/**
 * The site's interface language bound once: pages and components take their words from `ui` and
 * format counts, numbers and templates through these, so `SITE_LANG` (and `SITE_NUMERALS`) reach
 * every word, number and plural on the site.
 */
import { textDirection } from '../content/language.ts';
import { site } from '../site.ts';
import type { CountedKey, UiStrings } from './en.ts';
import { fill, formatNumber, plural } from './format.ts';
import { DICTIONARIES, formattingLocale, interfaceLanguage, uiLocaleFor } from './locales.ts';

const choice = uiLocaleFor(site.lang);
if (choice.warning) console.warn(choice.warning);

/** The dictionary for the site's language (src/i18n/<locale>.ts). */
export const ui: UiStrings = DICTIONARIES[choice.locale];

/** The locale every `Intl` formatter on the site uses: the site language plus its digits. */
export const locale = formattingLocale(site.lang, site.numerals);

/**
 * A counted phrase in the site's language, e.g. `count('articles', 1)` → "1 article".
 * @example count('articles', 2500) // '2,500 articles' with SITE_LANG=en
 */
export function count(key: CountedKey, value: number): string {
  return plural(value, ui.counted[key], locale);
}

/** A number with the site language's digits and grouping. */
export function number(value: number): string {
  return formatNumber(value, locale);
}

/**
 * A dictionary template filled in, numbers formatted in the site's locale.
 * @example t(ui.chrome.pageOf, { page: 2, last: 5 }) // 'page 2 of 5'
 */
export function t(template: string, values: Record<string, string | number>): string {
  return fill(template, values, locale);
}

/**
 * `lang` and `dir` for the interface's own words. Spread on every piece of chrome (breadcrumbs,
 * byline, related links) so it keeps the interface's language and direction on a page whose
 * article is in another one, and says English where a language without a dictionary fell back to it.
 */
export const uiLanguage = interfaceLanguage(site.lang, textDirection);
