/**
 * Site-wide settings. Deploy-time values come from the environment so one checkout can build
 * several archives (see README › Configuration); everything else is edited here.
 */
import { normaliseBase } from './content/base.ts';
import { siteTimeZone } from './content/time-zone.ts';
import { DICTIONARIES, uiLocaleFor } from './i18n/locales.ts';

const env = typeof process === 'undefined' ? {} : process.env;
const lang = env.SITE_LANG ?? 'en';
/** The interface dictionary's defaults for the title and description, in the site's language. */
const defaults = DICTIONARIES[uiLocaleFor(lang).locale].site;

export const site = {
  /** Shown in the header, the <title> of every page and feeds. */
  title: env.SITE_TITLE ?? defaults.title,
  /** One sentence for the home page, meta description and feeds. */
  description: env.SITE_DESCRIPTION ?? defaults.description,
  /** Absolute origin the site is served from; canonical URLs, feeds and sitemaps use it. */
  url: env.SITE_URL ?? 'http://localhost:4321',
  /** Path prefix when the archive is not served from the domain root, e.g. `/archive/`. */
  base: normaliseBase(env.BASE_PATH ?? '/'),
  /**
   * BCP 47 language of the site and its interface (src/i18n picks the closest dictionary); an
   * article's `lang` overrides it for that article's text.
   */
  lang,
  /**
   * Digits for numbers and dates, as a Unicode numbering system (`latn` for 0–9, `arab` for ٠–٩);
   * unset, the language's newspaper default (src/i18n/locales.ts).
   */
  numerals: env.SITE_NUMERALS,
  /** IANA zone in which dates are shown and articles are grouped by day. */
  timeZone: siteTimeZone(env.TIME_ZONE),
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
