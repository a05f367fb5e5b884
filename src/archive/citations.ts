/**
 * An article's citation in this site: the CSL-JSON item with the site's title, language and
 * canonical URL filled in, and where its downloads are published. Shared by the article page's
 * Cite section and the download endpoints, so both cite exactly the same thing.
 */
import type { Article } from './catalog.ts';
import { paths } from '../content/site-paths.ts';
import { CITATION_FILES, type CitationFormat, citationFile, cslItem, type CslItem } from '../outputs/citation.ts';
import type { OutputFile } from '../build/output-files.ts';
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

/** The site path of one of the article's citation downloads. */
export function citationFileUrl(article: Article, format: CitationFormat): string {
  return paths.articleFile(article.day, article.slug, CITATION_FILES[format].file);
}

/**
 * The article's citation downloads as files for the build's output folder (src/build/output-files.ts):
 * one per format, at its download URL's path under the base path, with the same item the Cite
 * section formats.
 */
export function citationOutputFiles(article: Article, item: CslItem = articleCslItem(article)): OutputFile[] {
  return (Object.keys(CITATION_FILES) as CitationFormat[]).map((format) => ({
    path: citationFileUrl(article, format).slice(site.base.length),
    body: citationFile(item, format),
  }));
}
