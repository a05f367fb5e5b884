/**
 * The only place URLs are built. Every internal link goes through a `Paths` bound to the site's
 * base path, so the archive works at `/` and under a sub-path such as `/archive/`.
 */
import type { CalendarParts } from './dates.ts';
import { normaliseBase } from './base.ts';

export type EntityKind = 'topics' | 'people' | 'places' | 'organisations' | 'sections' | 'sources';

export interface Paths {
  /** A site-relative path with the base prepended: `withBase('search/')` → `/archive/search/`. */
  withBase(path: string): string;
  home(): string;
  article(date: CalendarParts, slug: string): string;
  year(year: string): string;
  month(year: string, month: string): string;
  day(date: CalendarParts): string;
  archive(): string;
  search(query?: string): string;
  entityIndex(kind: EntityKind): string;
  entity(kind: EntityKind, slug: string, page?: number): string;
  entityFeed(kind: EntityKind, slug: string): string;
  feed(): string;
  /** Absolute URL of a path produced by this module, for canonical links, feeds and sitemaps. */
  absolute(path: string): string;
}

export function createPaths(options: { base: string; siteUrl: string }): Paths {
  const base = normaliseBase(options.base);
  const origin = options.siteUrl.replace(/\/+$/, '');
  const withBase = (path: string) => `${base}${path.replace(/^\/+/, '')}`;
  const paged = (path: string, page = 1) => (page > 1 ? `${path}${page}/` : path);
  const segment = (slug: string) => encodeURIComponent(slug);
  return {
    withBase,
    home: () => base,
    article: (date, slug) => withBase(`${date.year}/${date.month}/${date.day}/${segment(slug)}/`),
    year: (year) => withBase(`${year}/`),
    month: (year, month) => withBase(`${year}/${month}/`),
    day: (date) => withBase(`${date.year}/${date.month}/${date.day}/`),
    archive: () => withBase('archive/'),
    search: (query) => withBase(query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
    entityIndex: (kind) => withBase(`${kind}/`),
    entity: (kind, slug, page) => paged(withBase(`${kind}/${segment(slug)}/`), page),
    entityFeed: (kind, slug) => withBase(`${kind}/${segment(slug)}/rss.xml`),
    feed: () => withBase('rss.xml'),
    absolute: (path) => new URL(path, `${origin}/`).href,
  };
}
