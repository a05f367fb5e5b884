/**
 * Site-wide settings. Deploy-time values come from the environment so one checkout can build
 * several archives (see README › Configuration); everything else is edited here.
 */
import { normaliseBase } from './content/base.ts';

const env = typeof process === 'undefined' ? {} : process.env;

export const site = {
  /** Shown in the header, the <title> of every page and feeds. */
  title: env.SITE_TITLE ?? 'The News Archive',
  /** One sentence for the home page, meta description and feeds. */
  description: env.SITE_DESCRIPTION ?? 'A searchable archive of news reporting, browsable by date and subject.',
  /** Absolute origin the site is served from; canonical URLs, feeds and sitemaps use it. */
  url: env.SITE_URL ?? 'http://localhost:4321',
  /** Path prefix when the archive is not served from the domain root, e.g. `/archive/`. */
  base: normaliseBase(env.BASE_PATH ?? '/'),
  /** BCP 47 language of the site; an article's `lang` overrides it for that page. */
  lang: env.SITE_LANG ?? 'en',
  /** IANA zone in which dates are shown and articles are grouped by day. */
  timeZone: env.TIME_ZONE ?? 'UTC',
  /** Folder of Markdown articles, relative to the project root. */
  contentDir: env.CONTENT_DIR ?? 'content/articles',
  /** Articles per search index shard: fewer means less memory while building, more requests per search. */
  searchShardPages: Number(env.SEARCH_SHARD_PAGES ?? 5_000),
  /**
   * Licence of the open data at /data/: its name and, if there is one, the URL of its text, e.g.
   * `DATA_LICENSE="CC BY 4.0" DATA_LICENSE_URL=https://creativecommons.org/licenses/by/4.0/`.
   * Unset means the same terms as the site's own content.
   */
  dataLicense: env.DATA_LICENSE ? { title: env.DATA_LICENSE, url: env.DATA_LICENSE_URL } : undefined,
  /** Whether the open data carries each article's full text; off unless `DATA_FULL_TEXT=1`, as many archives may not redistribute it. */
  dataFullText: env.DATA_FULL_TEXT === '1',
  /** Longest list on any listing page. */
  pageSize: Number(env.PAGE_SIZE ?? 25),
} as const;

export type SiteConfig = typeof site;
