/**
 * The Google News sitemap: the sitemap protocol plus Google's news extension, listing what was
 * published in the two days before the newest article (Google accepts no older entries).
 */
import { isoInZone } from '../content/dates.ts';
import { element } from './xml.ts';

export interface NewsEntry {
  /** Absolute URL of the article page. */
  url: string;
  title: string;
  date: Date;
  /** BCP 47 language tag of the article. */
  lang: string;
}

/** The language code Google News expects: ISO 639, with `zh-cn`/`zh-tw` for Chinese scripts. */
export function newsLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)/.test(lower)) return 'zh-tw';
  if (lower.startsWith('zh')) return 'zh-cn';
  return lower.split('-')[0] ?? lower;
}

/**
 * The entries of a newest-first list published within `days` days before the newest one: what a
 * Google News sitemap may list (it accepts only the last two days).
 */
export function latestWindow<T extends { date: Date }>(newestFirst: readonly T[], days = 2): T[] {
  const newest = newestFirst[0]?.date.getTime();
  if (newest === undefined) return [];
  const cutoff = newest - days * 86_400_000;
  const end = newestFirst.findIndex((entry) => entry.date.getTime() < cutoff);
  return newestFirst.slice(0, end < 0 ? undefined : end);
}

/** A Google News sitemap (sitemap protocol plus the news extension) with RFC 3339 dates. */
export function newsSitemapXml(entries: readonly NewsEntry[], options: { publicationName: string; timeZone: string }): string {
  const urls = entries.map((entry) =>
    [
      '<url>',
      element('loc', entry.url),
      '<news:news><news:publication>',
      element('news:name', options.publicationName),
      element('news:language', newsLanguage(entry.lang)),
      '</news:publication>',
      element('news:publication_date', isoInZone(entry.date, options.timeZone)),
      element('news:title', entry.title),
      '</news:news>',
      '</url>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
