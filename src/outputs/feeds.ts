/**
 * RSS 2.0 feeds, written by `@astrojs/rss` (Astro's own feed library) with what a news feed needs
 * on top: the Atom self link, Dublin Core creators, categories, the channel's language and a
 * `lastBuildDate` taken from the newest item, so rebuilding unchanged content yields an identical
 * feed. Every text is stripped of the code points XML forbids before it reaches the library,
 * which escapes markup but passes control characters through.
 */
import { getRssString } from '@astrojs/rss';
import { rfc822 } from '../content/dates.ts';
import { stripForbidden } from '../content/text.ts';
import { element, escapeXml } from './xml.ts';

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

/**
 * An RSS 2.0 document (string) for a channel and its items, newest first as given.
 * @throws Error from `@astrojs/rss` when an item's URL or date is invalid.
 */
export async function rssXml(channel: FeedChannel): Promise<string> {
  const newest = channel.items.reduce<Date | undefined>((latest, item) => (!latest || item.date > latest ? item.date : latest), undefined);
  return getRssString({
    title: stripForbidden(channel.title),
    description: stripForbidden(channel.description),
    site: channel.link,
    trailingSlash: channel.link.endsWith('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
      element('language', channel.language),
      newest ? element('lastBuildDate', rfc822(newest)) : '',
    ].join(''),
    items: channel.items.map((item) => ({
      title: stripForbidden(item.title),
      link: item.url,
      pubDate: item.date,
      description: item.description === undefined ? undefined : stripForbidden(item.description),
      categories: item.categories.map(stripForbidden),
      customData: item.authors.map((author) => element('dc:creator', author)).join(''),
    })),
  });
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

/**
 * A feed item for one correction or update of an article: titled "<label>: <headline>", linked to
 * the place on the article page that records it (so each change has its own guid), dated by the
 * change, described by its text.
 */
export function changeFeedItem(
  article: FeedArticle,
  change: { date: Date; anchor: string },
  wording: { label: string; text: string },
  absolute: (path: string) => string,
): FeedItem {
  const item = articleFeedItem(article, absolute);
  return {
    ...item,
    title: `${wording.label}: ${item.title}`,
    url: `${item.url}#${change.anchor}`,
    date: change.date,
    description: wording.text,
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
