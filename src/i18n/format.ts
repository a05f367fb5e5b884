/**
 * Numbers and counted phrases in the reader's language. Plural forms are chosen by
 * `Intl.PluralRules` (CLDR plural categories), never by `count === 1`, because many languages
 * have more than two forms (Arabic six, Russian four) and some use the singular for zero or 1.5.
 * Pure: the locale is an argument, so the build, the browser and the tests all call it.
 */

/** A phrase per CLDR plural category; `{count}` is replaced by the formatted number. `other` is required (CLDR's fallback). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * `value` with the locale's digit grouping, e.g. 12,345 in `en`, 12.345 in `de`, 12 345 in `fr`.
 * @example formatNumber(12345, 'de') // '12.345'
 */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * The phrase for `count` in `locale`: the form of its CLDR plural category, else `other`.
 * @example plural(1, { one: '{count} article', other: '{count} articles' }, 'en') // '1 article'
 * @example plural(2500, { one: '{count} article', other: '{count} articles' }, 'en') // '2,500 articles'
 */
export function plural(count: number, forms: PluralForms, locale: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const phrase = forms[rules.select(count)] ?? forms.other;
  return phrase.replaceAll('{count}', formatNumber(count, locale));
}
