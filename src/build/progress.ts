/**
 * Tells the build command (scripts/build.ts) how far rendering has got: the number of pages the
 * build will write, once, then how many pages were rendered since the last message, at most
 * `REPORT_EVERY_MS` after the first of them and at once for the last planned page. Messages go over the IPC channel the
 * build command opens to Astro's process, so no log line has to be parsed; without that channel
 * (`astro dev`, a bare `astro build`) this does nothing.
 */
import { getArticles } from '../archive/articles.ts';
import { plannedPageCount } from '../archive/routes.ts';
import { buildCommandReports } from './build-command.ts';

/** What the build command receives from the Astro process: files to render and published articles, then pages rendered since the last message. */
export type BuildProgressMessage = { type: 'planned'; pages: number; articles: number } | { type: 'rendered'; pages: number };

/**
 * How often a progress message may go, in milliseconds: often enough for a live bar, and far
 * fewer than one per page (each is a JSON message and a write on the rendering thread).
 */
export const REPORT_EVERY_MS = 100;

let planned: Promise<number> | undefined;
let rendered = 0;
let unreported = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Sends the pages rendered since the last message, if any. */
function flush(): void {
  clearTimeout(timer);
  timer = undefined;
  if (unreported === 0) return;
  process.send?.({ type: 'rendered', pages: unreported } satisfies BuildProgressMessage);
  unreported = 0;
}

/** Called for every page the build renders (from src/middleware.ts). */
export async function reportRendered(): Promise<void> {
  if (!buildCommandReports()) return;
  planned ??= Promise.all([plannedPageCount(), getArticles()]).then(([pages, articles]) => {
    process.send?.({ type: 'planned', pages, articles: articles.length } satisfies BuildProgressMessage);
    return pages;
  });
  const total = await planned;
  rendered += 1;
  unreported += 1;
  // The last page goes at once; any other waits at most REPORT_EVERY_MS for the next message.
  if (rendered >= total) flush();
  else timer ??= setTimeout(flush, REPORT_EVERY_MS);
}
