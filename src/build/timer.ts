/**
 * Records when each build phase starts and ends, for `npm run bench` and for the build's own
 * summary line. Writes JSON to BUILD_TIMINGS_FILE when that is set.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

export interface PhaseMarks {
  /** Milliseconds since the build process started, per mark. */
  [mark: string]: number;
}

const marks: PhaseMarks = {};

/** Notes that a phase boundary was reached (callable from other integrations). */
export function markPhase(name: string): void {
  marks[name] = Math.round(performance.now());
}

export function buildTimer(): AstroIntegration {
  return {
    name: 'news-archive:build-timer',
    hooks: {
      'astro:config:done': () => markPhase('configDone'),
      'astro:build:start': () => markPhase('contentSynced'),
      'astro:build:generated': () => markPhase('pagesGenerated'),
      'astro:build:done': () => {
        markPhase('astroDone');
        const file = process.env.BUILD_TIMINGS_FILE;
        if (file) process.once('exit', () => writeFileSync(file, JSON.stringify({ ...marks, exit: Math.round(performance.now()) })));
      },
    },
  };
}
