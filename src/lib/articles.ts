/**
 * The one module that reads the content collection. Pages ask it for articles; it validates,
 * sorts and derives once per build and shares the result.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { site } from '../site.ts';
import { buildCatalog, type Article } from './catalog.ts';
import { paths } from './site-paths.ts';

export type { Article } from './catalog.ts';

let catalog: Promise<Article[]> | undefined;

/** Every published article, newest first. */
export function getArticles(): Promise<Article[]> {
  catalog ??= getCollection('articles').then((entries) => buildCatalog(entries, { timeZone: site.timeZone, paths }));
  return catalog;
}

/** Renders an article's Markdown body to a component, only when its page is built. */
export async function renderArticle(article: Article) {
  const entry = await getEntry('articles', article.id);
  if (!entry) throw new Error(`Article ${article.filePath} disappeared from the collection during the build.`);
  return render(entry);
}
