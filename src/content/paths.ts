/**
 * The only place URLs are built. Every internal link goes through a `Paths` bound to the site's
 * base path, so the archive works at `/` and under a sub-path such as `/archive/`.
 */
import type { CalendarParts } from './dates.ts';
import type { EntityKind } from './kinds.ts';
import { normaliseBase } from './base.ts';

export interface Paths {
  /** A site-relative path with the base prepended: `withBase('search/')` → `/archive/search/`. */
  withBase(path: string): string;
  home(): string;
  article(date: CalendarParts, slug: string): string;
  year(year: string): string;
  /** A month's page; later pages at `page/n/` so `/2022/09/2/` can never be mistaken for 2 September. */
  month(year: string, month: string, page?: number): string;
  day(date: CalendarParts, page?: number): string;
  archive(): string;
  /** `/on-this-day/`, or one month-day (`MM-DD`) and its later pages. */
  onThisDay(monthDay?: string, page?: number): string;
  search(query?: string): string;
  entityIndex(kind: EntityKind): string;
  entity(kind: EntityKind, slug: string, page?: number): string;
  entityFeed(kind: EntityKind, slug: string): string;
  feed(): string;
  /** `/corrections/`, the change log, and its later pages. */
  corrections(page?: number): string;
  /** `/data/`, or one of its files: `data('articles-2022.csv')`. */
  data(file?: string): string;
  /** `/storylines/`, or one storyline's timeline. */
  storylines(slug?: string): string;
  /** `/storylines/<slug>/rss.xml`: a storyline's newest articles, to follow the story. */
  storylineFeed(slug: string): string;
  correctionsFeed(): string;
  sitemapIndex(): string;
  newsSitemap(): string;
  /**
   * A URL written in content (frontmatter `image.src`, links and images in Markdown bodies):
   * a root-relative path (`/images/a.jpg`) means a file of this site, so it gets the base path
   * (`/archive/images/a.jpg`); absolute URLs, `//host` URLs, fragments, queries and page-relative
   * paths are returned unchanged.
   */
  content(url: string): string;
  /** Absolute URL of a path produced by this module, for canonical links, feeds and sitemaps. */
  absolute(path: string): string;
}

export function createPaths(options: { base: string; siteUrl: string }): Paths {
  const base = normaliseBase(options.base);
  const origin = options.siteUrl.replace(/\/+$/, '');
  const withBase = (path: string) => `${base}${path.replace(/^\/+/, '')}`;
  const paged = (path: string, page = 1) => (page > 1 ? `${path}${page}/` : path);
  const datePaged = (path: string, page = 1) => (page > 1 ? `${path}page/${page}/` : path);
  const segment = (slug: string) => encodeURIComponent(slug);
  return {
    withBase,
    home: () => base,
    article: (date, slug) => withBase(`${date.year}/${date.month}/${date.day}/${segment(slug)}/`),
    year: (year) => withBase(`${year}/`),
    month: (year, month, page) => datePaged(withBase(`${year}/${month}/`), page),
    day: (date, page) => datePaged(withBase(`${date.year}/${date.month}/${date.day}/`), page),
    archive: () => withBase('archive/'),
    onThisDay: (monthDay, page) => (monthDay ? paged(withBase(`on-this-day/${monthDay}/`), page) : withBase('on-this-day/')),
    search: (query) => withBase(query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
    entityIndex: (kind) => withBase(`${kind}/`),
    entity: (kind, slug, page) => paged(withBase(`${kind}/${segment(slug)}/`), page),
    entityFeed: (kind, slug) => withBase(`${kind}/${segment(slug)}/rss.xml`),
    feed: () => withBase('rss.xml'),
    corrections: (page) => paged(withBase('corrections/'), page),
    data: (file) => withBase(file ? `data/${encodeURIComponent(file)}` : 'data/'),
    storylines: (slug) => withBase(slug ? `storylines/${segment(slug)}/` : 'storylines/'),
    storylineFeed: (slug) => withBase(`storylines/${segment(slug)}/rss.xml`),
    correctionsFeed: () => withBase('corrections/rss.xml'),
    sitemapIndex: () => withBase('sitemap-index.xml'),
    newsSitemap: () => withBase('sitemap-news.xml'),
    content: (url) => (/^\/(?![/\\])/.test(url) ? withBase(url) : url),
    absolute: (path) => new URL(path, `${origin}/`).href,
  };
}
