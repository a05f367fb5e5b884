import type { APIRoute } from 'astro';
import { getArticles } from '../archive/articles.ts';
import { articleFeedItem, rssXml } from '../outputs/feeds.ts';
import { paths } from '../content/site-paths.ts';
import { site } from '../site.ts';

export const GET: APIRoute = async () => {
  const latest = (await getArticles()).slice(0, 50);
  const body = await rssXml({
    title: site.title,
    link: paths.absolute(paths.home()),
    selfUrl: paths.absolute(paths.feed()),
    description: site.description,
    language: site.lang,
    items: latest.map((article) => articleFeedItem(article, paths.absolute)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
