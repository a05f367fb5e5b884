/**
 * Structured data for article pages (schema.org NewsArticle) and safe embedding in HTML.
 */
import { isOrganisationByline } from '../content/bylines.ts';
import type { ArticleData } from '../content/schema.ts';
import { isoInZone } from '../content/dates.ts';
import { lastModified } from '../archive/corrections.ts';

export interface JsonLdContext {
  /** Absolute canonical URL of the article page. */
  url: string;
  siteName: string;
  siteUrl: string;
  timeZone: string;
  lang: string;
  imageUrl?: string;
  /** Absolute URL of an author's page in this archive, from the byline name. */
  authorUrl?: (name: string) => string;
}

/** Topics, people, places and organisations as one list without repeats (for keywords and tags). */
export function articleKeywords(data: ArticleData): string[] {
  return [...new Set([...data.topics, ...data.people, ...data.places, ...data.organisations])];
}

/** Builds the NewsArticle object for an article. */
export function newsArticleJsonLd(data: ArticleData, context: JsonLdContext): Record<string, unknown> {
  const keywords = articleKeywords(data);
  // A collective credit ("Reuters Staff", "BBC News") is an Organization, by the rule citations use.
  const authors = data.authors.map((name) => ({
    '@type': isOrganisationByline(name, data) ? 'Organization' : 'Person',
    name,
    ...(context.authorUrl ? { url: context.authorUrl(name) } : {}),
  }));
  const publisher = { '@type': 'Organization', name: data.source ?? context.siteName, ...(data.source ? {} : { url: context.siteUrl }) };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    ...(data.description ? { description: data.description } : {}),
    datePublished: isoInZone(data.date, context.timeZone),
    dateModified: isoInZone(lastModified(data), context.timeZone),
    ...(data.corrections.length > 0
      ? {
          correction: data.corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            datePublished: isoInZone(correction.date, context.timeZone),
            text: correction.text,
          })),
        }
      : {}),
    ...(authors.length > 0 ? { author: authors } : data.source ? { author: [{ '@type': 'Organization', name: data.source }] } : {}),
    publisher,
    ...(data.dateline ? { dateline: data.dateline } : {}),
    ...(data.section ? { articleSection: data.section } : {}),
    ...(keywords.length > 0 ? { keywords } : {}),
    inLanguage: data.lang ?? context.lang,
    mainEntityOfPage: { '@type': 'WebPage', '@id': context.url },
    url: context.url,
    ...(data.sourceUrl ? { isBasedOn: data.sourceUrl } : {}),
    ...(context.imageUrl ? { image: [context.imageUrl] } : {}),
  };
}

/**
 * Serialises JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are
 * escaped so no string (a headline containing `</script>`, say) can end the element early.
 */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
