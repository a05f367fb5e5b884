/**
 * The search page: reads its state from the URL, searches as the reader types, and writes every
 * committed change back to the URL so reload, sharing, Back and Forward show the same thing.
 */
import {
  FACET_KEYS,
  RESULTS_PER_PAGE,
  hasCriteria,
  parseSearchState,
  serializeSearchState,
  toggleFacet,
  type FacetKey,
  type SearchState,
} from './state.ts';
import { groupsNeedingOwnCounts, pagefindFilters, pagefindSort } from './query.ts';
import { BundleMissingError, loadEngine, type Engine } from './engine.ts';
import { renderActive, renderFacets, renderPages, renderResults, renderYears, type FacetCounts } from './render.ts';

/** Pause after a keystroke before searching: short, since Pagefind answers in milliseconds. */
const TYPING_DEBOUNCE_MS = 60;

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The search page has no #${id}`);
  return element as T;
}

async function start(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const dateFormat = new Intl.DateTimeFormat(root.dataset.locale, {
    timeZone: root.dataset.timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const formatDate = (iso: string) => dateFormat.format(new Date(iso));
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-q');
  const sort = byId<HTMLSelectElement>('search-sort');
  const app = byId<HTMLElement>('search-app');
  const status = byId<HTMLElement>('search-status');
  const advice = byId<HTMLElement>('search-advice');
  const list = byId<HTMLOListElement>('search-results');
  const heading = byId<HTMLElement>('results-heading');
  const facets = byId<HTMLElement>('search-facets');
  const yearFrom = byId<HTMLSelectElement>('search-year-from');
  const yearTo = byId<HTMLSelectElement>('search-year-to');
  const active = byId<HTMLElement>('search-active');
  const pages = byId<HTMLElement>('search-pages');
  const defaultTitle = document.title;

  let state = parseSearchState(new URLSearchParams(location.search));
  let engine: Engine;
  let years: string[] = [];
  let totals: Record<string, Record<string, number>> = {};
  const expanded = new Set<FacetKey>();
  let run = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** True once this round of typing has its own history entry, so Back returns to the last search. */
  let typingEntry = false;

  const showControls = () => {
    if (document.activeElement !== input) input.value = state.q;
    sort.value = state.sort;
  };
  showControls();

  try {
    engine = await loadEngine(base, document.documentElement.lang);
    totals = await engine.filters();
  } catch (error) {
    const notice = byId<HTMLElement>('search-unavailable');
    notice.hidden = false;
    notice.textContent =
      error instanceof BundleMissingError
        ? 'Search is not available here: the search index is made by a production build, and this server has none. Run `npm start` (build and serve) and search there.'
        : 'Search could not start in this browser. Please try again, or browse the archive by date or topic.';
    console.error(error);
    return;
  }
  years = Object.keys(totals.year ?? {}).sort();
  app.hidden = false;
  root.dataset.ready = 'true';

  async function update(focusResults = false): Promise<void> {
    const mine = ++run;
    document.title = state.q ? `“${state.q}” · ${defaultTitle}` : defaultTitle;
    renderActive(active, state);
    if (!hasCriteria(state)) {
      renderFacets(facets, state, { facets: totals, years: totals.year ?? {} }, expanded);
      renderYears(yearFrom, yearTo, years, totals.year ?? {}, state);
      renderResults(list, [], formatDate, false);
      renderPages(pages, state, 0, location.pathname);
      status.textContent = '';
      advice.textContent = 'Type words to search the archive, or choose a topic, person, place, source, section or years to browse it.';
      root.dataset.state = 'idle';
      return;
    }
    root.dataset.state = 'searching';
    const term = state.q || null;
    const options = { filters: pagefindFilters(state, years), sort: pagefindSort(state) };
    const widening = groupsNeedingOwnCounts(state);
    const [response, ...own] = await Promise.all([
      engine.search(term, options),
      ...widening.map((group) => engine.search(term, { filters: pagefindFilters(state, years, group) })),
    ]);
    if (mine !== run || !response) return;
    const countsOf = (group: FacetKey | 'year') => {
      const index = widening.indexOf(group);
      return (index >= 0 ? own[index]?.filters : response.filters)?.[group] ?? {};
    };
    const counts: FacetCounts = { facets: Object.fromEntries(FACET_KEYS.map((key) => [key, countsOf(key)])), years: countsOf('year') };
    const total = response.results.length;
    const lastPage = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
    const page = Math.min(state.page, lastPage);
    const results = await engine.page(response, options, (page - 1) * RESULTS_PER_PAGE, RESULTS_PER_PAGE);
    if (mine !== run) return;

    renderFacets(facets, state, counts, expanded);
    renderYears(yearFrom, yearTo, years, counts.years, state);
    renderResults(list, results, formatDate, term !== null);
    renderPages(pages, { ...state, page }, lastPage, location.pathname);
    const about = state.q ? ` for “${state.q}”` : '';
    if (total === 0) {
      status.textContent = `No results${about}.`;
      const filtered = active.childElementCount > 0;
      advice.textContent = filtered
        ? 'No article matches all of these filters. Try removing one of them (above).'
        : 'Check the spelling, or try fewer or different words.';
    } else {
      const first = (page - 1) * RESULTS_PER_PAGE + 1;
      const range = lastPage > 1 ? `, showing ${first}–${first + results.length - 1}` : '';
      status.textContent = `${total.toLocaleString()} ${total === 1 ? 'result' : 'results'}${about}${range}.`;
      advice.textContent = '';
    }
    root.dataset.state = 'done';
    if (focusResults) heading.focus();
  }

  /** Makes `next` the state: a new history entry (`push`) or an edit of the current one. */
  function commit(next: SearchState, mode: 'push' | 'replace', focusResults = false): void {
    state = next;
    const url = `${location.pathname}${serializeSearchState(state)}`;
    if (mode === 'push' && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    if (mode === 'push') typingEntry = false;
    void update(focusResults);
  }

  input.addEventListener('input', () => {
    engine.preload(input.value);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const next = { ...state, q: input.value.replace(/\s+/g, ' ').trim(), page: 1 };
      if (next.q === state.q) return;
      const mode = typingEntry ? 'replace' : 'push';
      commit(next, mode);
      typingEntry = true;
    }, TYPING_DEBOUNCE_MS);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const q = input.value.replace(/\s+/g, ' ').trim();
    commit(q === state.q ? state : { ...state, q, page: 1 }, typingEntry ? 'replace' : 'push');
    typingEntry = false;
  });

  sort.addEventListener('change', () => commit({ ...state, sort: sort.value as SearchState['sort'], page: 1 }, 'push'));

  facets.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !(FACET_KEYS as readonly string[]).includes(target.name)) return;
    commit(toggleFacet(state, target.name as FacetKey, target.value, target.checked), 'push');
  });

  facets.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-more]');
    if (!button) return;
    const key = button.dataset.more as FacetKey;
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    void update().then(() => facets.querySelector<HTMLElement>(`[data-more="${key}"]`)?.focus());
  });

  const yearChange = () => {
    const from = yearFrom.value ? Number(yearFrom.value) : undefined;
    const to = yearTo.value ? Number(yearTo.value) : undefined;
    const next: SearchState = { ...state, page: 1 };
    delete next.yearFrom;
    delete next.yearTo;
    if (from !== undefined) next.yearFrom = from;
    if (to !== undefined) next.yearTo = to;
    if (from !== undefined && to !== undefined && from > to) [next.yearFrom, next.yearTo] = [to, from];
    commit(next, 'push');
  };
  yearFrom.addEventListener('change', yearChange);
  yearTo.addEventListener('change', yearChange);

  active.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-remove]');
    if (!button) return;
    const key = button.dataset.remove!;
    let next: SearchState;
    if (key === 'years') {
      next = { ...state, page: 1 };
      delete next.yearFrom;
      delete next.yearTo;
    } else next = toggleFacet(state, key as FacetKey, button.dataset.value ?? '', false);
    commit(next, 'push');
    input.focus();
  });

  pages.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    commit({ ...state, page: Number(link.dataset.page) }, 'push', true);
  });

  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    typingEntry = false;
    state = parseSearchState(new URLSearchParams(location.search));
    input.value = state.q;
    sort.value = state.sort;
    void update();
  });

  await update();
}
