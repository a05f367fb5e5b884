/**
 * The typed handoff between the build's search integration (which owns the indexer) and the
 * rendered pages (which know each article's facts).
 *
 * A module-level singleton cannot carry it: astro.config.ts and its integrations are loaded by
 * Astro's config loader in one module graph, while src/middleware.ts and the pages are bundled by
 * Vite into the server build that Astro's static generation then imports from the output folder.
 * Any module both sides import is therefore instantiated twice, and a variable set in one copy is
 * unset in the other. Both copies run in the same Node process, so `globalThis` is the one object
 * they share; this module gives that slot a declared type and is its only reader and writer.
 *
 * The other half of the handoff is per page: the article layout puts an `IndexedArticle` on
 * `Astro.locals` (typed in src/env.d.ts), and the middleware passes it on with the rendered HTML.
 */
import type { FilterKey } from './fields.ts';

/** What an article page tells the indexer about itself. */
export interface IndexedArticle {
  /** The headline, for the "did you mean" vocabulary. */
  title: string;
  /** Publication year in the site's time zone: decides the article's shard. */
  year: number;
  /** The filter values the page gives Pagefind, counted for the whole-archive facet totals. */
  filters: Record<FilterKey, string[]>;
}

/** A rendered article page on its way to the index. */
export interface IndexedPage {
  /** URL path without the base path, as Pagefind should report it. */
  url: string;
  html: string;
  article: IndexedArticle;
}

/** The indexer, as the pages see it. */
export interface SearchSink {
  /** Whether `plan` has been called. */
  readonly planned: boolean;
  /** The publication year of every article the build will render; called once, before the first `add`. */
  plan(articleYears: Iterable<number>): void;
  add(page: IndexedPage): void;
}

declare global {
  /** Set by src/search/build/integration.ts for the length of `astro build`; see this module's comment. */
  var __newsArchiveSearchSink: SearchSink | undefined;
}

/** The sink of the build in progress, if any (undefined under `astro dev`). */
export function currentSearchSink(): SearchSink | undefined {
  return globalThis.__newsArchiveSearchSink;
}

/** Installs (or, with undefined, removes) the sink for the build in progress. */
export function setSearchSink(sink: SearchSink | undefined): void {
  globalThis.__newsArchiveSearchSink = sink;
}
