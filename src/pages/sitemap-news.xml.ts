import type { APIRoute } from 'astro';
import { getArticles } from '../archive/articles.ts';
import { latestWindow, newsSitemapXml } from '../outputs/news-sitemap.ts';
import { paths } from '../content/site-paths.ts';
import { site } from '../site.ts';

/** Google News sitemap: the articles of the last two days before the archive's newest. */
export const GET: APIRoute = async () => {
  const recent = latestWindow(
    (await getArticles()).map((article) => ({ article, date: article.data.date })),
    2,
  );
  const entries = recent.map(({ article }) => ({
    url: paths.absolute(article.url),
    title: article.data.title,
    date: article.data.date,
    lang: article.data.lang ?? site.lang,
  }));
  const body = newsSitemapXml(entries, { publicationName: site.title, timeZone: site.timeZone });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
