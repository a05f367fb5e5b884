/**
 * An article's citation in this site: the CSL-JSON item with the site's title, language and
 * canonical URL filled in. The article page's Cite section formats it and offers it for download.
 */
import type { Article } from './catalog.ts';
import { paths } from '../content/site-paths.ts';
import { cslItem, type CslItem } from '../outputs/citation.ts';
import { citationLocale } from '../outputs/citation-engine.ts';
import { site } from '../site.ts';

/** The CSL-JSON item of a published article; its id is the permalink's date and slug, unique in the archive. */
export function articleCslItem(article: Article): CslItem {
  const { year, month, day } = article.day;
  return cslItem(article.data, {
    url: paths.absolute(article.url),
    siteTitle: site.title,
    lang: site.lang,
    day: article.day,
    id: `${year}-${month}-${day}-${article.slug}`,
  });
}

/**
 * The CSL locale the site's references are formatted in: the site language's when citeproc has it
 * (en, de, es, fr, nl), else en-US. Pages mark the reference text with it as `lang`.
 */
export const CITATION_LOCALE = citationLocale(site.lang);
