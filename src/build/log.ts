/**
 * Astro's console output (its Logger API, `logger.entrypoint` in astro.config.mjs): Astro's own
 * node destination, less the line it prints for every page when the build command
 * (scripts/build.ts) runs the build and reports progress instead. That command used to drop those
 * lines after they reached it, but writing them cost the rendering thread a synchronous write per
 * line into the pipe (stdout is a pipe there, and Node writes to pipes synchronously on Linux):
 * 2.2 s of a 50 s CPU profile of the 10,000-article build, for 43,000 lines nobody saw.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';
import { stripVTControlCharacters } from 'node:util';
import { buildCommandReports } from './build-command.ts';

/** The start of a page's line: `  ├─ /2024/03/index.html`, written without its line end. */
const PAGE_ENTRY = /^\s*[├└]─ \//;
/** The end of a page's line: its render time, or a note that it came from Astro's incremental cache. */
const PAGE_END = /^\s*(?:\(\+\d+(?:\.\d+)?m?s\)|\((?:cached|restored)\))\s*$/;

/**
 * Whether an Astro log message is one half of its line for a page (`  ├─ /path/index.html`, then
 * ` (+12ms)`), as Astro 7's static build writes them (astro/dist/core/build/generate.js). A page
 * whose file was not created keeps its warning, so that half is not a page line.
 * @example isPageEvent({ label: null, level: 'info', message: '  ├─ /2024/index.html', newLine: false }) // true
 * @example isPageEvent({ label: 'build', level: 'info', message: 'Complete!', newLine: true }) // false
 */
export function isPageEvent(event: AstroLoggerMessage): boolean {
  if (event.level !== 'info') return false;
  const message = stripVTControlCharacters(event.message);
  if (event.label === null && !event.newLine) return PAGE_ENTRY.test(message);
  return event.label === 'SKIP_FORMAT' && PAGE_END.test(message);
}

/**
 * Astro's node destination at `config.level` (default info), dropping page lines (`isPageEvent`)
 * while the build command reports progress. `astro dev` and a bare `astro build` print everything.
 */
export default function buildLog(config: { level?: AstroLoggerMessage['level'] } = {}): AstroLoggerDestination {
  const node = nodeDestination(config);
  return {
    write(event) {
      if (buildCommandReports() && isPageEvent(event)) return;
      node.write(event);
    },
  };
}
