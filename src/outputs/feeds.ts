/**
 * Machine-readable views: RSS 2.0 feeds and the Google News sitemap. Pure string builders that
 * take absolute URLs and dates, escape every text and drop characters XML 1.0 forbids.
 */
import { isoInZone, rfc822 } from '../content/dates.ts';
import { stripForbidden } from '../content/text.ts';

/**
 * Escapes text for XML element content and attribute values.
 * @example escapeXml('Ministers & "envoys" <stall>') // 'Ministers &amp; &quot;envoys&quot; &lt;stall&gt;'
 */
export function escapeXml(text: string): string {
  return stripForbidden(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface FeedItem {
  title: string;
  /** Absolute URL of the article page; also its guid. */
  url: string;
  date: Date;
  description?: string | undefined;
  authors: readonly string[];
  /** Section first, then topics. */
  categories: readonly string[];
}

export interface FeedChannel {
  title: string;
  /** Absolute URL of the page the feed follows. */
  link: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  description: string;
  /** BCP 47 language tag. */
  language: string;
  items: readonly FeedItem[];
}

const element = (name: string, text: string | undefined) => (text === undefined ? '' : `<${name}>${escapeXml(text)}</${name}>`);

/**
 * An RSS 2.0 document with Atom self link and Dublin Core creators. `lastBuildDate` is the newest
 * item's date, so rebuilding unchanged content yields an identical feed.
 */
export function rssXml(channel: FeedChannel): string {
  const newest = channel.items.reduce<Date | undefined>((latest, item) => (!latest || item.date > latest ? item.date : latest), undefined);
  const items = channel.items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.url),
      `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      element('pubDate', rfc822(item.date)),
      element('description', item.description),
      ...item.authors.map((author) => element('dc:creator', author)),
      ...item.categories.map((category) => element('category', category)),
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    element('description', channel.description),
    element('language', channel.language),
    newest ? element('lastBuildDate', rfc822(newest)) : '',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

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

/** robots.txt allowing everything and pointing at the sitemaps (absolute URLs). */
export function robotsTxt(sitemaps: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}

interface FeedArticle {
  url: string;
  data: {
    title: string;
    date: Date;
    description?: string | undefined;
    authors: readonly string[];
    source?: string | undefined;
    section?: string | undefined;
    topics: readonly string[];
  };
}

/** A feed item for an article; `absolute` turns its site path into a full URL. */
export function articleFeedItem(article: FeedArticle, absolute: (path: string) => string): FeedItem {
  const { data } = article;
  return {
    title: data.title,
    url: absolute(article.url),
    date: data.date,
    description: data.description,
    authors: data.authors.length > 0 ? data.authors : data.source ? [data.source] : [],
    categories: [...(data.section ? [data.section] : []), ...data.topics],
  };
}
