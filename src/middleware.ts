/**
 * During `astro build`, reports each rendered page to the build's progress line
 * (src/build/progress.ts) and hands each rendered article page to the search indexer with the
 * facts the page put on `Astro.locals` (src/search/build/handoff.ts). Does nothing in development.
 */
import { defineMiddleware } from 'astro:middleware';
import { reportRendered } from './build/progress.ts';
import { currentSearchSink } from './search/build/handoff.ts';
import { getArticles } from './archive/articles.ts';
import { site } from './site.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  await reportRendered();
  const sink = currentSearchSink();
  if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The body streams: the page sets its locals while rendering, so read it before asking. Read as
  // bytes and passed on as bytes: only an article page's text is needed, and decoding every page
  // and encoding it again for Astro to write cost about 3% of a 10,000-article build (CPU profile).
  const bytes = await response.bytes();
  const article = context.locals.searchArticle;
  if (article) {
    if (!sink.planned) sink.plan((await getArticles()).map((entry) => Number(entry.day.year)));
    sink.add({ url: `/${context.url.pathname.slice(site.base.length)}`, html: new TextDecoder().decode(bytes), article });
  }
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
