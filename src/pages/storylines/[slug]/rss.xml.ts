import type { APIRoute } from 'astro';
import { getArchiveIndex, pick } from '../../../archive/index.ts';
import { storylineRoutes } from '../../../archive/routes.ts';
import { paths } from '../../../content/site-paths.ts';
import { t, ui } from '../../../i18n/index.ts';
import { articleFeedItem, rssXml } from '../../../outputs/feeds.ts';
import { site } from '../../../site.ts';

/** The same length as the entity feeds: a reader following a story needs its latest turns. */
const FEED_SIZE = 50;
const strings = ui.research.storylines;

export const getStaticPaths = storylineRoutes;

export const GET: APIRoute<Awaited<ReturnType<typeof storylineRoutes>>[number]['props']> = async ({ props }) => {
  const { articles } = await getArchiveIndex();
  const { storyline } = props;
  // A storyline lists its articles oldest first (the timeline's order); a feed gives the newest first.
  const newest = storyline.articles.slice(-FEED_SIZE).reverse();
  const body = await rssXml({
    title: t(ui.site.entityFeed, { site: site.title, name: storyline.name }),
    link: paths.absolute(paths.storylines(storyline.slug)),
    selfUrl: paths.absolute(paths.storylineFeed(storyline.slug)),
    description: t(strings.feedDescription, { name: storyline.name }),
    language: site.lang,
    items: pick(articles, newest).map((article) => articleFeedItem(article, paths.absolute)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
