/**
 * Turns validated collection entries into the archive's article list: permalinks, calendar
 * parts in the site's time zone, reading time, newest first. Pure, so it is unit-tested directly.
 */
import type { ArticleData } from '../content/schema.ts';
import { calendarParts, type CalendarParts } from '../content/dates.ts';
import type { Paths } from '../content/paths.ts';
import { fileSlug } from '../content/slug.ts';

export interface SourceEntry {
  id: string;
  /** Path of the Markdown file, relative to the project root, for error messages. */
  filePath?: string | undefined;
  data: ArticleData;
}

export interface Article {
  id: string;
  filePath: string;
  slug: string;
  /** Site-relative URL including the base path. */
  url: string;
  /** Publication day in the site's time zone. */
  day: CalendarParts;
  data: ArticleData;
}

export class DuplicatePermalinkError extends Error {
  constructor(url: string, first: string, second: string) {
    super(
      `Two articles would be published at ${url}: ${first} and ${second}. ` +
        'Rename one of the files or give it a different `slug:` in its frontmatter.',
    );
    this.name = 'DuplicatePermalinkError';
  }
}

/** Builds the published article list (drafts left out), newest first; throws on URL clashes. */
export function buildCatalog(entries: Iterable<SourceEntry>, options: { timeZone: string; paths: Paths }): Article[] {
  const byUrl = new Map<string, Article>();
  for (const entry of entries) {
    if (entry.data.draft) continue;
    const slug = entry.data.slug ?? fileSlug(entry.id);
    const day = calendarParts(entry.data.date, options.timeZone);
    const url = options.paths.article(day, slug);
    const article: Article = {
      id: entry.id,
      filePath: entry.filePath ?? entry.id,
      slug,
      url,
      day,
      data: entry.data,
    };
    const clash = byUrl.get(url);
    if (clash) throw new DuplicatePermalinkError(url, clash.filePath, article.filePath);
    byUrl.set(url, article);
  }
  return [...byUrl.values()].sort(newestFirst);
}

/** Newest first; ties broken by URL so the order is stable between builds. */
export function newestFirst(a: Article, b: Article): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.url.localeCompare(b.url);
}
