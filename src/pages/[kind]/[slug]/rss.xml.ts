import type { APIRoute } from 'astro';
import { getArchiveIndex, pick } from '../../../archive/index.ts';
import { articleFeedItem, rssXml } from '../../../outputs/feeds.ts';
import { entityFeedRoutes } from '../../../archive/routes.ts';
import { paths } from '../../../content/site-paths.ts';
import { site } from '../../../site.ts';
import { t, ui } from '../../../i18n/index.ts';

const FEED_SIZE = 50;

export const getStaticPaths = entityFeedRoutes;

export const GET: APIRoute<Awaited<ReturnType<typeof entityFeedRoutes>>[number]['props']> = async ({ props }) => {
  const { articles } = await getArchiveIndex();
  const { kind, entity } = props;
  const body = await rssXml({
    title: t(ui.site.entityFeed, { site: site.title, name: entity.name }),
    link: paths.absolute(paths.entity(kind, entity.slug)),
    selfUrl: paths.absolute(paths.entityFeed(kind, entity.slug)),
    description: t(kind === 'authors' ? ui.research.authors.feedDescription : ui.site.entityFeedDescription, { name: entity.name }),
    language: site.lang,
    items: pick(articles, entity.articles.slice(0, FEED_SIZE)).map((article) => articleFeedItem(article, paths.absolute)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
