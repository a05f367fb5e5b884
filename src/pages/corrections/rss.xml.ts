import type { APIRoute } from 'astro';
import { getArchiveIndex } from '../../archive/index.ts';
import { paths } from '../../content/site-paths.ts';
import { t, ui } from '../../i18n/index.ts';
import { changeFeedItem, rssXml } from '../../outputs/feeds.ts';
import { site } from '../../site.ts';

const FEED_SIZE = 50;
const strings = ui.research.corrections;

export const GET: APIRoute = async () => {
  const { articles, changes } = await getArchiveIndex();
  const body = await rssXml({
    title: t(strings.feedTitle, { site: site.title }),
    link: paths.absolute(paths.corrections()),
    selfUrl: paths.absolute(paths.correctionsFeed()),
    description: strings.description,
    language: site.lang,
    items: changes.slice(0, FEED_SIZE).flatMap((change) => {
      const article = articles[change.article];
      if (!article) return [];
      const label = change.kind === 'correction' ? strings.correction : strings.update;
      return [changeFeedItem(article, change, { label, text: change.text ?? strings.updateText }, paths.absolute)];
    }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
