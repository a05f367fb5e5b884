/**
 * The one module that reads the content collection. Pages ask it for articles; it validates,
 * sorts and derives once per build and shares the result.
 */
import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { site } from '../site.ts';
import { markdownBody, readMarkdownFile, renderMarkdownFile } from '../markdown/render.ts';
import { bodyFacts, type BodyFacts } from '../markdown/article-body.ts';
import { countWords } from '../markdown/reading-time.ts';
import { buildCatalog, type Article } from './catalog.ts';
import { paths } from '../content/site-paths.ts';
import { languageMismatch } from '../content/detect-language.ts';
import { buildCache, cacheKey } from '../build/build-cache.ts';
import { descriptionWarning } from '../content/standfirst.ts';
import { leadImage, processBodyImages } from './images.ts';
import { bodyShowsLeadImage, type ProcessedImage } from '../markdown/local-images.ts';

export type { Article } from './catalog.ts';

let catalog: Promise<Article[]> | undefined;

/**
 * Every published article, newest first. Made once per build, which is when an over-long
 * description is reported (naming the file): it is copied into every listing and feed, not only
 * the article's page, but a long one is still valid, so the build goes on.
 */
export function getArticles(): Promise<Article[]> {
  catalog ??= getCollection('articles').then((entries) => {
    const articles = buildCatalog(entries, { timeZone: site.timeZone, paths });
    for (const article of articles) {
      const warning = descriptionWarning(article.filePath, article.data.description);
      if (warning) console.warn(`[news-archive:description] ${warning}`);
    }
    return articles;
  });
  return catalog;
}

/** An article's Markdown body (after the frontmatter), read from its file when needed, e.g. for the open data. */
export async function articleMarkdown(article: Article): Promise<string> {
  return markdownBody(readMarkdownFile(resolve(article.filePath)));
}

/** Word counts by article file: the page and the open data both need one, and counting a long body twice costs. */
const wordCounts = new Map<string, number>();
/** Word counts by body text, and language warnings by language and text, kept between builds (src/build/build-cache.ts). */
const storedWordCounts = buildCache<number>('word-counts');
const storedLanguageChecks = buildCache<string | null>('language-checks');

/**
 * The number of words in an article's body (countWords), counted once per build.
 * `markdown`: its body when the caller has read it; otherwise the file is read.
 * @throws Error from the file system when the file must be read and cannot be.
 */
export async function articleWordCount(article: Article, markdown?: string): Promise<number> {
  let count = wordCounts.get(article.filePath);
  if (count === undefined) {
    const body = markdown ?? (await articleMarkdown(article));
    count = storedWordCounts.get(cacheKey(body), () => countWords(body));
    wordCounts.set(article.filePath, count);
  }
  return count;
}

export interface RenderedArticle extends BodyFacts {
  html: string;
  /** The lead image (`image`) as the page shows it: processed when stored in the archive. */
  image?: ProcessedImage | { src: string };
  /** The body shows the lead image itself, so the page does not show it a second time above the body. */
  leadImageInBody?: boolean;
}

/**
 * Renders an article's body, only when its page is built, and warns (naming the file) when its
 * headline and body are clearly not in its declared language (`lang`, or the site's).
 */
export async function renderArticle(article: Article): Promise<RenderedArticle> {
  const { markdown, html } = await renderMarkdownFile(resolve(article.filePath));
  const lang = article.data.lang ?? site.lang;
  const text = `${article.data.title}\n\n${markdown}`;
  const mismatch = storedLanguageChecks.get(cacheKey(lang, text), () => languageMismatch(lang, text) ?? null);
  if (mismatch) console.warn(`[news-archive:language] ${article.filePath}: ${mismatch}`);
  return {
    html: await processBodyImages(html, article.filePath),
    ...bodyFacts(markdown, article.data.description, await articleWordCount(article, markdown)),
    ...(article.data.image
      ? {
          image: await leadImage(article.data.image, article.filePath),
          leadImageInBody: bodyShowsLeadImage(markdown, article.data.image.src),
        }
      : {}),
  };
}
