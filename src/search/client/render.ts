/** Draws the search page's results, facets, status and page links from plain data. */
import { textDirection } from '../../content/language.ts';
import { KIND_OF_FILTER } from '../../content/kinds.ts';
import type { SearchMessages } from './strings.ts';
import { pageWindow } from '../../archive/pagination.ts';
import { FACET_KEYS, serialiseSearchState, type FacetKey, type SearchState } from './state.ts';
import { facetOptions } from './query.ts';
import { bestExcerpt } from './excerpt.ts';
import { textFragment, wordsIn } from './text-fragment.ts';
import { EXCERPT_WORDS, type ResultData } from './engine.ts';

/** A facet's labels: its kind's in the page's dictionary, read through the filter name. */
const labelOf = (key: FacetKey, text: SearchMessages) => text.kinds[KIND_OF_FILTER[key]];

/** Unchosen values listed per facet before "Show all". */
const FACET_PREVIEW = 8;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Pagefind escapes excerpts and adds only <mark>; anything else is escaped again, to be sure. */
function excerptHtml(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
}

/**
 * The result's link: its path, plus a text fragment of the first matched passage when the result
 * was found by words, so the article opens scrolled to it and highlighted with no script of its own.
 */
function resultHref(result: ResultData, byWords: boolean): string {
  const parsed = new URL(result.url, location.href);
  const fragment = byWords
    ? textFragment(result.content, result.weighted_locations, result.word_count, wordsIn(result.meta.title ?? ''), EXCERPT_WORDS)
    : '';
  return `${parsed.pathname}${parsed.search}${fragment}`;
}

/** Result items: headline link, date and source, and the excerpt with matched words marked (or the standfirst when browsing). */
export function renderResults(list: HTMLElement, results: ResultData[], formatDate: (iso: string) => string, byWords: boolean): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = h('li', { class: 'article-list__item search-result' });
      const language = result.filters.language?.[0];
      // A result in another language than the page says so, and runs in its own direction.
      if (language && language.toLowerCase() !== document.documentElement.lang.toLowerCase()) {
        item.lang = language;
        item.dir = textDirection(language);
      }
      const heading = h(
        'h3',
        { class: 'article-list__title search-result__title' },
        h('a', { href: resultHref(result, byWords) }, result.meta.title ?? result.url),
      );
      const meta = h('p', { class: 'article-list__meta search-result__meta' });
      if (result.meta.date) meta.append(h('time', { datetime: result.meta.date }, formatDate(result.meta.date)));
      if (result.meta.source) meta.append(` · ${result.meta.source}`);
      const excerpt = h('p', { class: 'article-list__standfirst search-result__excerpt' });
      if (byWords && result.excerpt)
        excerpt.innerHTML = excerptHtml(
          bestExcerpt(
            result.content,
            result.weighted_locations,
            result.word_count,
            EXCERPT_WORDS,
            wordsIn(result.meta.title ?? ''),
            result.meta.standfirst,
          ) ?? result.excerpt,
        );
      else excerpt.textContent = result.meta.standfirst ?? '';
      item.append(heading, meta, excerpt);
      return item;
    }),
  );
}

export interface FacetCounts {
  facets: Partial<Record<FacetKey, Record<string, number>>>;
  years: Record<string, number>;
}

/** The facet fieldsets; `expanded` lists groups showing every value. */
export function renderFacets(
  container: HTMLElement,
  state: SearchState,
  counts: FacetCounts,
  expanded: Set<FacetKey>,
  text: SearchMessages,
): void {
  const groups = FACET_KEYS.map((key) => {
    const all = facetOptions(counts.facets[key], state.facets[key], Number.POSITIVE_INFINITY);
    const options = expanded.has(key) ? all : facetOptions(counts.facets[key], state.facets[key], FACET_PREVIEW);
    if (all.length === 0) return null;
    const fieldset = h('fieldset', { class: 'facet', 'data-facet': key }, h('legend', {}, labelOf(key, text).many));
    const list = h('ul', { class: 'facet__list', role: 'list' });
    for (const option of options) {
      const input = h('input', { type: 'checkbox', name: key, value: option.value });
      input.checked = option.chosen;
      const count = h('span', { class: 'facet__count' }, text.number(option.count));
      list.append(h('li', {}, h('label', {}, input, ` ${option.value} `, count)));
    }
    fieldset.append(list);
    if (all.length > options.length || expanded.has(key)) {
      const more = h(
        'button',
        { type: 'button', class: 'facet__more link-button', 'data-more': key, 'aria-expanded': String(expanded.has(key)) },
        expanded.has(key) ? text.showFewer : text.showAll(all.length),
      );
      fieldset.append(more);
    }
    return fieldset;
  });
  container.replaceChildren(...groups.filter((group): group is HTMLFieldSetElement => group !== null));
}

/** Fills the from/to year selects, keeping the chosen years even when they have no matches. */
export function renderYears(
  from: HTMLSelectElement,
  to: HTMLSelectElement,
  years: string[],
  counts: Record<string, number>,
  state: SearchState,
  text: SearchMessages,
): void {
  const fill = (select: HTMLSelectElement, chosen: number | undefined, anyLabel: string) => {
    select.replaceChildren(
      h('option', { value: '' }, anyLabel),
      ...years.map((year) => h('option', { value: year }, `${text.year(year)} (${text.number(counts[year] ?? 0)})`)),
    );
    select.value = chosen === undefined ? '' : String(chosen);
  };
  fill(from, state.yearFrom, text.anyYear);
  fill(to, state.yearTo, text.anyYear);
}

/** Chosen filters as buttons that remove them. */
export function renderActive(list: HTMLElement, state: SearchState, text: SearchMessages): void {
  const items: HTMLElement[] = [];
  for (const key of FACET_KEYS) {
    for (const value of state.facets[key]) {
      items.push(
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'chip',
              'data-remove': key,
              'data-value': value,
              'aria-label': text.removeFilter(labelOf(key, text).one, value),
            },
            `${text.filter(labelOf(key, text).one, value)} `,
            h('span', { 'aria-hidden': 'true' }, '×'),
          ),
        ),
      );
    }
  }
  if (state.yearFrom !== undefined || state.yearTo !== undefined) {
    const label = state.yearFrom === state.yearTo ? `${state.yearFrom}` : `${state.yearFrom ?? '…'}–${state.yearTo ?? '…'}`;
    items.push(
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'chip', 'data-remove': 'years', 'aria-label': text.removeFilter(text.years, label) },
          `${text.filter(text.years, label)} `,
          h('span', { 'aria-hidden': 'true' }, '×'),
        ),
      ),
    );
  }
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
}

/** Previous, numbered and next page links; each is a real URL, so it also opens in a new tab. */
export function renderPages(nav: HTMLElement, state: SearchState, lastPage: number, pathname: string, text: SearchMessages): void {
  if (lastPage <= 1) {
    nav.replaceChildren();
    nav.hidden = true;
    return;
  }
  nav.hidden = false;
  const link = (page: number, text: string, extra: Record<string, string> = {}) =>
    h('a', { href: `${pathname}${serialiseSearchState({ ...state, page })}`, 'data-page': String(page), ...extra }, text);
  const items: HTMLElement[] = [];
  if (state.page > 1) items.push(h('li', {}, link(state.page - 1, text.previous, { rel: 'prev' })));
  for (const page of pageWindow(state.page, lastPage)) {
    if (page === 'gap') items.push(h('li', { 'aria-hidden': 'true' }, '…'));
    else if (page === state.page) items.push(h('li', {}, h('span', { 'aria-current': 'page' }, text.number(page))));
    else items.push(h('li', {}, link(page, text.number(page), { 'aria-label': text.pageLabel(page) })));
  }
  if (state.page < lastPage) items.push(h('li', {}, link(state.page + 1, text.next, { rel: 'next' })));
  nav.replaceChildren(h('ul', { role: 'list' }, ...items));
}
