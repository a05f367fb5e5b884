/**
 * During `astro build`, hands each rendered article page to the search indexer
 * (src/search/build/collector.ts). Does nothing in development or for other pages.
 */
import { defineMiddleware } from 'astro:middleware';
import { activeCollector } from './search/build/collector.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collector = activeCollector();
  if (!collector || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes('data-pagefind-body')) collector.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
