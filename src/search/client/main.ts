/**
 * The search page: reads its state from the URL, searches as the reader types, and writes every
 * committed change back to the URL so reload, sharing, Back and Forward show the same thing.
 */
import {
  FACET_KEYS,
  RESULTS_PER_PAGE,
  effectiveSort,
  hasCriteria,
  parseSearchState,
  serialiseSearchState,
  toggleFacet,
  withYearRange,
  type FacetKey,
  type SearchState,
} from './state.ts';
import { groupsNeedingOwnCounts, pagefindFilters, pagefindSort } from './query.ts';
import { BundleMissingError, loadEngine, type Engine, type FilterCounts } from './engine.ts';
import { renderActive, renderFacets, renderPages, renderResults, renderYears, type FacetCounts } from './render.ts';
import { readSearchStrings, searchMessages, yearSpan } from './strings.ts';
import { BUNDLE_DIR, FACET_TOTALS_FILE, shardsForYears, type ShardInfo } from '../shards.ts';
import { VOCABULARY_FILE, type Vocabulary } from '../vocabulary.ts';
import { suggestSpelling } from './did-you-mean.ts';
import { formatLongDate } from '../../content/dates.ts';

/** A query with fewer results than this may be misspelt, so the page looks for a better spelling. */
const FEW_RESULTS = 3;

/** Pause after results before counting facets, so they are counted once the reader stops typing. */
const FACETS_AFTER_MS = 250;

/**
 * Keystrokes closer together than this are one burst, searched when it ends; a keystroke after a
 * longer pause searches at once. Short, since Pagefind answers in milliseconds.
 */
const TYPING_DEBOUNCE_MS = 60;

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The search page has no #${id}`);
  return element as T;
}

/** Years covered by a run of shards (newest first), for the status line. */
const spanOf = (shards: readonly ShardInfo[], locale: string) => yearSpan(shards[0]?.years[1] ?? 0, shards.at(-1)?.years[0] ?? 0, locale);

async function start(root: HTMLElement): Promise<void> {
  // The base path reaches the browser through this one attribute (set from src/content/site-paths.ts).
  const base = root.dataset.base ?? '/';
  const locale = root.dataset.locale ?? document.documentElement.lang;
  const timeZone = root.dataset.timeZone ?? 'UTC';
  const formatDate = (iso: string) => formatLongDate(new Date(iso), timeZone, locale);
  const text = searchMessages(readSearchStrings(document), locale);
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
  const suggestion = byId<HTMLElement>('search-suggestion');
  const defaultTitle = document.title;

  let state = parseSearchState(new URLSearchParams(location.search));
  let engineLoad: Promise<Engine> | undefined;
  let vocabularyLoad: Promise<Vocabulary> | undefined;
  let years: string[] = [];
  let totals: FilterCounts = {};
  const expanded = new Set<FacetKey>();
  let run = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** True once this round of typing has its own history entry, so Back returns to the last search. */
  let typingEntry = false;

  /** The controls show the order actually used: without words there is no best match, so it is newest first. */
  const showControls = () => {
    if (document.activeElement !== input) input.value = state.q;
    const relevance = sort.querySelector<HTMLOptionElement>('option[value="relevance"]');
    if (relevance) relevance.disabled = state.q === '';
    sort.value = effectiveSort(state);
  };
  showControls();

  const unavailable = (error: unknown) => {
    const notice = byId<HTMLElement>('search-unavailable');
    notice.hidden = false;
    notice.textContent = error instanceof BundleMissingError ? text.unavailableHere : text.unavailable;
    app.hidden = true;
    root.dataset.state = 'error';
    console.error(error);
  };

  /**
   * The index runtime, loaded on the first sign of intent (focus on the box, or a search in the
   * URL), never before. A failed load is forgotten, so the next search tries again.
   */
  const engine = () => {
    engineLoad ??= loadEngine(base, document.documentElement.lang).catch((error: unknown) => {
      engineLoad = undefined;
      throw error;
    });
    return engineLoad;
  };

  try {
    // Whole-archive facet counts come from one small file written with the index.
    const response = await fetch(`${base}${BUNDLE_DIR}${FACET_TOTALS_FILE}`);
    if (!response.ok) throw new BundleMissingError(`No ${FACET_TOTALS_FILE} (${response.status})`);
    totals = (await response.json()) as FilterCounts;
  } catch (error) {
    unavailable(error instanceof BundleMissingError ? error : new BundleMissingError(String(error), { cause: error }));
    return;
  }
  years = Object.keys(totals.year ?? {}).sort();
  app.hidden = false;
  root.dataset.ready = 'true';
  input.addEventListener('focus', () => void engine().catch(() => {}), { once: true });

  /** Facet counts for the current search, each widening group counted without its own choice. */
  async function facetCounts(loaded: Engine, shards: readonly ShardInfo[], term: string | null): Promise<FacetCounts> {
    const widening = groupsNeedingOwnCounts(state);
    const [response, ...own] = await Promise.all([
      loaded.search(term, { filters: pagefindFilters(state, years) }, shards),
      // Years outside a chosen range live in other shards, so the year counts search them all.
      ...widening.map((group) =>
        loaded.search(term, { filters: pagefindFilters(state, years, group) }, group === 'year' ? loaded.shards : shards),
      ),
    ]);
    const countsOf = (group: FacetKey | 'year') => {
      const index = widening.indexOf(group);
      return (index >= 0 ? own[index]?.filters : response?.filters)?.[group] ?? {};
    };
    return { facets: Object.fromEntries(FACET_KEYS.map((key) => [key, countsOf(key)])), years: countsOf('year') };
  }

  /** Offers the closest spelling as a link to that search, fetching the vocabulary the first time it is needed. */
  async function offerSpelling(mine: number): Promise<void> {
    vocabularyLoad ??= fetch(`${base}${BUNDLE_DIR}${VOCABULARY_FILE}`).then((response) =>
      response.ok ? (response.json() as Promise<Vocabulary>) : [],
    );
    const better = suggestSpelling(state.q, await vocabularyLoad.catch(() => []));
    if (mine !== run || !better) return;
    const link = document.createElement('a');
    link.href = `${location.pathname}${serialiseSearchState({ ...state, q: better, page: 1 })}`;
    link.dataset.suggestion = better;
    link.textContent = better;
    const [before, after] = text.didYouMean();
    suggestion.replaceChildren(before, link, after);
    suggestion.hidden = false;
  }

  async function update(focusResults = false): Promise<void> {
    const mine = ++run;
    suggestion.hidden = true;
    suggestion.replaceChildren();
    document.title = state.q ? text.documentTitle(state.q, defaultTitle) : defaultTitle;
    showControls();
    renderActive(active, state, text);
    if (!hasCriteria(state)) {
      renderFacets(facets, state, { facets: totals, years: totals.year ?? {} }, expanded, text);
      renderYears(yearFrom, yearTo, years, totals.year ?? {}, state, text);
      renderResults(list, [], formatDate, false);
      renderPages(pages, state, 0, location.pathname, text);
      status.textContent = '';
      advice.textContent = text.idleAdvice;
      root.dataset.state = 'idle';
      return;
    }
    root.dataset.state = 'searching';
    try {
      await search(mine, focusResults);
    } catch (error) {
      // A failed fetch or worker message must not leave the page searching for ever.
      if (mine !== run) return;
      console.error(error);
      status.textContent = text.failed;
      advice.textContent = '';
      root.dataset.state = 'error';
    }
  }

  /** Searches for `state`, shows the results, then the facet counts; `mine` is this search's turn. */
  async function search(mine: number, focusResults: boolean): Promise<void> {
    let loaded: Engine;
    try {
      if (!engineLoad) status.textContent = text.loading;
      loaded = await engine();
    } catch (error) {
      if (!(error instanceof BundleMissingError)) throw error;
      unavailable(error);
      return;
    }
    if (mine !== run) return;
    const term = state.q || null;
    const options = { filters: pagefindFilters(state, years), sort: pagefindSort(state) };
    const shards = shardsForYears(loaded.shards, state.yearFrom, state.yearTo);
    const byWords = term !== null;

    // Newest shards first: their results show at once, while older shards load.
    const [newest, ...older] = shards;
    if (newest && older.length > 0) {
      const partial = await loaded.search(term, options, [newest]);
      if (mine !== run) return;
      if (partial.results.length > 0) {
        const first = await loaded.page(partial, options, 0, RESULTS_PER_PAGE);
        if (mine !== run) return;
        renderResults(list, first, formatDate, byWords);
        // Page links wait for the complete count.
        renderPages(pages, state, 0, location.pathname, text);
        status.textContent = text.partial(partial.results.length, spanOf([newest], locale), spanOf(older, locale));
        advice.textContent = '';
        root.dataset.state = 'partial';
      }
    }

    const response = await loaded.search(term, options, shards);
    if (mine !== run) return;
    const total = response.results.length;
    const lastPage = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
    const page = Math.min(state.page, lastPage);
    const results = await loaded.page(response, options, (page - 1) * RESULTS_PER_PAGE, RESULTS_PER_PAGE);
    if (mine !== run) return;
    renderResults(list, results, formatDate, byWords);
    renderPages(pages, { ...state, page }, lastPage, location.pathname, text);
    if (total === 0) {
      status.textContent = text.noResults(state.q);
      advice.textContent = active.childElementCount > 0 ? text.filteredAdvice : text.spellingAdvice;
    } else {
      const first = (page - 1) * RESULTS_PER_PAGE + 1;
      status.textContent = text.results(total, state.q, lastPage > 1 ? [first, first + results.length - 1] : undefined);
      advice.textContent = '';
    }
    if (state.q && total < FEW_RESULTS) await offerSpelling(mine);
    if (mine !== run) return;
    root.dataset.state = 'results';
    if (focusResults) heading.focus();

    // Facets after results, once typing pauses: counting them needs every filter file of the
    // shards searched and keeps Pagefind's worker busy, which would delay the next keystroke.
    await new Promise((done) => setTimeout(done, FACETS_AFTER_MS));
    if (mine !== run) return;
    await loaded.loadFacets(groupsNeedingOwnCounts(state).includes('year') ? loaded.shards : shards);
    if (mine !== run) return;
    const counts = await facetCounts(loaded, shards, term);
    if (mine !== run) return;
    renderFacets(facets, state, counts, expanded, text);
    renderYears(yearFrom, yearTo, years, counts.years, state, text);
    root.dataset.state = 'done';
  }

  /** Makes `next` the state: a new history entry (`push`) or an edit of the current one. */
  function commit(next: SearchState, mode: 'push' | 'replace', focusResults = false): void {
    state = next;
    const url = `${location.pathname}${serialiseSearchState(state)}`;
    if (mode === 'push' && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    if (mode === 'push') typingEntry = false;
    void update(focusResults);
  }

  /** When the last keystroke came (performance.now(), ms). */
  let lastKeystroke = Number.NEGATIVE_INFINITY;
  input.addEventListener('input', () => {
    const words = input.value;
    void engine()
      .then((loaded) => loaded.preload(words, shardsForYears(loaded.shards, state.yearFrom, state.yearTo).slice(0, 1)))
      .catch(() => {});
    clearTimeout(typingTimer);
    const searchTyped = () => {
      const next = { ...state, q: input.value.replace(/\s+/g, ' ').trim(), page: 1 };
      if (next.q === state.q) return;
      const mode = typingEntry ? 'replace' : 'push';
      commit(next, mode);
      typingEntry = true;
    };
    // The first keystroke after a pause searches at once; a burst of keystrokes searches once it ends.
    const now = performance.now();
    const paused = now - lastKeystroke > TYPING_DEBOUNCE_MS;
    lastKeystroke = now;
    if (paused) searchTyped();
    else typingTimer = setTimeout(searchTyped, TYPING_DEBOUNCE_MS);
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

  const yearChange = () =>
    commit(
      withYearRange(state, yearFrom.value ? Number(yearFrom.value) : undefined, yearTo.value ? Number(yearTo.value) : undefined),
      'push',
    );
  yearFrom.addEventListener('change', yearChange);
  yearTo.addEventListener('change', yearChange);

  active.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-remove]');
    if (!button) return;
    const key = button.dataset.remove!;
    let next: SearchState;
    if (key === 'years') next = withYearRange(state, undefined, undefined);
    else next = toggleFacet(state, key as FacetKey, button.dataset.value ?? '', false);
    commit(next, 'push');
    input.focus();
  });

  suggestion.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-suggestion]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    commit({ ...state, q: link.dataset.suggestion ?? state.q, page: 1 }, 'push');
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
    void update();
  });

  await update();
}
