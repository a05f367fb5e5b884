/**
 * Tells the build command (scripts/build.ts) how far rendering has got: the number of pages the
 * build will write, once, then one message per page rendered. Messages go over the IPC channel the
 * build command opens to Astro's process, so no log line has to be parsed; without that channel
 * (`astro dev`, a bare `astro build`) this does nothing.
 */
import { getArticles } from '../archive/articles.ts';
import { plannedPageCount } from '../archive/routes.ts';

/** What the build command receives from the Astro process: files to render and published articles, then each file rendered. */
export type BuildProgressMessage = { type: 'planned'; pages: number; articles: number } | { type: 'rendered' };

let planned: Promise<void> | undefined;

/** Called for every page the build renders (from src/middleware.ts). */
export async function reportRendered(): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) return;
  planned ??= Promise.all([plannedPageCount(), getArticles()]).then(([pages, articles]) => {
    send({ type: 'planned', pages, articles: articles.length } satisfies BuildProgressMessage);
  });
  await planned;
  send({ type: 'rendered' } satisfies BuildProgressMessage);
}
