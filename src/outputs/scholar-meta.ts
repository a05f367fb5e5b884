/**
 * The `<meta>` tags reference managers and scholarly search engines read from an article page:
 * Highwire Press `citation_*` tags (what Google Scholar and Zotero's embedded-metadata translator
 * look for, https://scholar.google.com/intl/en/scholar/inclusion.html#indexing) and Dublin Core
 * `DC.*` tags (DCMI element set, https://www.dublincore.org/specifications/dublin-core/dces/).
 * They say the same thing as the page's JSON-LD NewsArticle; a build test checks they agree.
 */
import type { CalendarParts } from '../content/dates.ts';
import type { ArticleData } from '../content/schema.ts';
import { articleKeywords } from './jsonld.ts';

export interface ScholarContext {
  /** Absolute canonical URL of the article. */
  url: string;
  siteName: string;
  /** The site's language, for articles without `lang`. */
  lang: string;
  /** Publication day in the site's time zone. */
  day: CalendarParts;
}

/** One `<meta name content>` pair, in page order. */
export type MetaTag = readonly [name: string, content: string];

/**
 * The credited names: the bylined authors, or the source as corporate author when there is no
 * byline — the same rule as JSON-LD `author` and the citations.
 */
export function creditedNames(data: ArticleData): string[] {
  return data.authors.length > 0 ? [...data.authors] : data.source ? [data.source] : [];
}

/**
 * Highwire Press and Dublin Core tags of an article. Dates are the publication day in the site's
 * time zone: `citation_publication_date` as `YYYY/MM/DD` (Scholar's documented form), `DC.date`
 * as ISO `YYYY-MM-DD`. The publication is the source, or this archive when there is none.
 */
export function scholarMeta(data: ArticleData, context: ScholarContext): MetaTag[] {
  const { year, month, day } = context.day;
  const publication = data.source ?? context.siteName;
  const lang = data.lang ?? context.lang;
  const names = creditedNames(data);
  return [
    ['citation_title', data.title],
    ...names.map((name): MetaTag => ['citation_author', name]),
    ['citation_publication_date', `${year}/${month}/${day}`],
    ['citation_journal_title', publication],
    ['citation_publisher', publication],
    ['citation_public_url', context.url],
    ['citation_language', lang],
    ['DC.title', data.title],
    ...names.map((name): MetaTag => ['DC.creator', name]),
    ['DC.date', `${year}-${month}-${day}`],
    ['DC.publisher', publication],
    ['DC.type', 'Text'],
    ['DC.format', 'text/html'],
    ['DC.identifier', context.url],
    ['DC.language', lang],
    ...(data.description ? [['DC.description', data.description] as MetaTag] : []),
    ...(data.sourceUrl ? [['DC.source', data.sourceUrl] as MetaTag] : []),
    ...articleKeywords(data).map((keyword): MetaTag => ['DC.subject', keyword]),
  ];
}
