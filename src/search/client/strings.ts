/**
 * The search page's sentences, built from the site's dictionary (src/i18n/<locale>.ts), which the
 * page hands to the script as JSON (`#search-strings`), so the script ships no language of its own.
 * Counts and numbers go through `Intl.PluralRules`/`NumberFormat` of the page's formatting locale.
 */
import type { SearchClientStrings } from '../../i18n/en.ts';
import { fill, formatNumber, plural } from '../../i18n/format.ts';

/** Id of the `<script type="application/json">` holding the dictionary part the script needs. */
export const STRINGS_ELEMENT_ID = 'search-strings';

/** Years a set of shards covers, newest first: "2026–2010", or one year, in `locale`'s digits. */
export function yearSpan(newest: number, oldest: number, locale = 'en'): string {
  const year = (value: number) => new Intl.NumberFormat(locale, { useGrouping: false }).format(value);
  return newest === oldest ? year(newest) : `${year(newest)}–${year(oldest)}`;
}

/**
 * The search page's messages in one language.
 * @example searchMessages(strings, 'en').results(12, 'bus', [1, 10]) // '12 results for “bus”, showing 1–10.'
 */
export function searchMessages(strings: SearchClientStrings, locale: string) {
  const quoted = (query: string) => fill(strings.quoted, { query });
  const counted = (total: number) => plural(total, strings.results, locale);
  return {
    ...strings,
    noResults: (query: string) => (query ? fill(strings.noResultsFor, { query: quoted(query) }) : strings.noResults),
    results: (total: number, query: string, range?: [number, number]) => {
      const found = query ? fill(strings.foundFor, { results: counted(total), query: quoted(query) }) : counted(total);
      return range ? fill(strings.statusRange, { found, from: range[0], to: range[1] }, locale) : fill(strings.status, { found }, locale);
    },
    /** Said while older shards are still being searched, so a count that grows is never a surprise. */
    partial: (found: number, searched: string, pending: string) => fill(strings.partial, { results: counted(found), searched, pending }),
    /** "Did you mean" around the suggestion's link: the text before and after `{suggestion}`. */
    didYouMean: (): [string, string] => {
      const [before = '', after = ''] = strings.didYouMean.split('{suggestion}');
      return [before, after];
    },
    showAll: (count: number) => fill(strings.showAll, { count }, locale),
    removeFilter: (label: string, value: string) => fill(strings.removeFilter, { filter: fill(strings.filter, { label, value }) }),
    filter: (label: string, value: string) => fill(strings.filter, { label, value }),
    number: (value: number) => formatNumber(value, locale),
    /** A year as a label, in the locale's digits without grouping. */
    year: (value: string) => yearSpan(Number(value), Number(value), locale),
    pageLabel: (page: number) => fill(strings.page, { page }, locale),
    documentTitle: (query: string, title: string) => `${quoted(query)} · ${title}`,
  };
}

export type SearchMessages = ReturnType<typeof searchMessages>;

/** Reads the dictionary part the search page embedded; throws naming the element when it is missing. */
export function readSearchStrings(doc: Document): SearchClientStrings {
  const element = doc.getElementById(STRINGS_ELEMENT_ID);
  if (!element?.textContent) throw new Error(`The search page has no #${STRINGS_ELEMENT_ID} with its strings`);
  return JSON.parse(element.textContent) as SearchClientStrings;
}
