import type { APIRoute } from 'astro';
import { getArchiveIndex, pick } from '../../../archive/index.ts';
import { articleFeedItem, rssXml } from '../../../outputs/feeds.ts';
import { ENTITY_KINDS, type EntityKind } from '../../../content/kinds.ts';
import { paths } from '../../../content/site-paths.ts';
import { site } from '../../../site.ts';

const FEED_SIZE = 50;

export async function getStaticPaths() {
  const { entities } = await getArchiveIndex();
  return ENTITY_KINDS.flatMap((kind) => [...entities[kind].values()].map((entity) => ({ params: { kind, slug: entity.slug } })));
}

export const GET: APIRoute = async ({ params }) => {
  const { articles, entities } = await getArchiveIndex();
  const kind = params.kind as EntityKind;
  const entity = entities[kind].get(params.slug ?? '');
  if (!entity) return new Response(null, { status: 404 });
  const body = rssXml({
    title: `${site.title} — ${entity.name}`,
    link: paths.absolute(paths.entity(kind, entity.slug)),
    selfUrl: paths.absolute(paths.entityFeed(kind, entity.slug)),
    description: `The latest articles about ${entity.name}.`,
    language: site.lang,
    items: pick(articles, entity.articles.slice(0, FEED_SIZE)).map((article) => articleFeedItem(article, paths.absolute)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
