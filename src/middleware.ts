/**
 * During `astro build`, reports each rendered page to the build's progress line
 * (src/build/progress.ts) and hands each article page to the search indexer
 * (src/search/build/collector.ts). Does nothing in development.
 */
import { defineMiddleware } from 'astro:middleware';
import { reportRendered } from './build/progress.ts';
import { activeCollector } from './search/build/collector.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  await reportRendered();
  const collector = activeCollector();
  if (!collector || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes('data-pagefind-body')) collector.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
