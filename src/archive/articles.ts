/**
 * The one module that reads the content collection. Pages ask it for articles; it validates,
 * sorts and derives once per build and shares the result.
 */
import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { site } from '../site.ts';
import { renderMarkdownFile } from '../markdown/render.ts';
import { bodyFacts, type BodyFacts } from '../markdown/article-body.ts';
import { buildCatalog, type Article } from './catalog.ts';
import { paths } from '../content/site-paths.ts';

export type { Article } from './catalog.ts';

let catalog: Promise<Article[]> | undefined;

/** Every published article, newest first. */
export function getArticles(): Promise<Article[]> {
  catalog ??= getCollection('articles').then((entries) => buildCatalog(entries, { timeZone: site.timeZone, paths }));
  return catalog;
}

export interface RenderedArticle extends BodyFacts {
  html: string;
}

/** Renders an article's body, only when its page is built. */
export async function renderArticle(article: Article): Promise<RenderedArticle> {
  const { markdown, html } = await renderMarkdownFile(resolve(article.filePath));
  return { html, ...bodyFacts(markdown, article.data.description) };
}
