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

/**
 * `template` with each `{name}` replaced by `values[name]`; numbers are formatted in `locale`
 * when one is given. A placeholder without a value is left as it is, so a missing argument shows
 * up on the page and in tests instead of vanishing.
 * @example fill('Pages of {period}', { period: 'September 2022' }) // 'Pages of September 2022'
 */
export function fill(template: string, values: Record<string, string | number>, locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** A piece of a template: literal text, or the name of a `{placeholder}` to put a link or element in. */
export type TemplatePart = string | { slot: string };

/**
 * A template cut at its placeholders, for sentences with links in them ("Browse the {archiveLink}
 * or …"): components render text parts as text and slots as elements, so a translation can
 * move the links around the sentence.
 * @example templateParts('Try the {link}.') // ['Try the ', { slot: 'link' }, '.']
 */
export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : part));
}
