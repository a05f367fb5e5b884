/**
 * Every sentence the search page writes, in one module, so a translation can later replace it
 * with a dictionary per language. Counts go through `Intl.PluralRules`/`NumberFormat` of the
 * page's locale.
 */

const plural = (locale: string, count: number, one: string, other: string) =>
  new Intl.PluralRules(locale).select(count) === 'one' ? one : other;

/** Years a set of shards covers, newest first: "2026–2010", or one year. */
export function yearSpan(newest: number, oldest: number): string {
  return newest === oldest ? String(newest) : `${newest}–${oldest}`;
}

export const searchStrings = {
  idleAdvice: 'Type words to search the archive, or choose a topic, person, place, source, section or years to browse it.',
  noResults: (q: string) => `No results${q ? ` for “${q}”` : ''}.`,
  filteredAdvice: 'No article matches all of these filters. Try removing one of them (above).',
  spellingAdvice: 'Check the spelling, or try fewer or different words.',
  results: (locale: string, total: number, q: string, range?: [number, number]) =>
    `${total.toLocaleString(locale)} ${plural(locale, total, 'result', 'results')}${q ? ` for “${q}”` : ''}${
      range ? `, showing ${range[0].toLocaleString(locale)}–${range[1].toLocaleString(locale)}` : ''
    }.`,
  /** Said while older shards are still being searched, so a count that grows is never a surprise. */
  partial: (locale: string, found: number, searched: string, pending: string) =>
    `${found.toLocaleString(locale)} ${plural(locale, found, 'result', 'results')} from ${searched} so far. Searching ${pending}…`,
  loading: 'Loading the search index…',
  unavailableHere:
    'Search is not available here: the search index is made by a production build, and this server has none. Run `npm start` (build and serve) and search there.',
  unavailable: 'Search could not start in this browser. Please try again, or browse the archive by date or topic.',
  didYouMean: 'Did you mean',
  failed: 'The search failed before it finished, perhaps because the connection dropped. Press Search to try again.',
} as const;
