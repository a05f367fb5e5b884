/**
 * Turns a benchmark run's raw measurements into the phases, rates and table rows it reports.
 * Pure; `scripts/bench.ts` does the measuring.
 */

import type { AnchorRun } from './hugo.ts';

export interface BuildMarks {
  configDone?: number;
  contentSynced?: number;
  pagesGenerated?: number;
  astroDone?: number;
  searchIndexed?: number;
  exit?: number;
}

export interface BenchResult {
  articles: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  generateSeconds: number;
  buildSeconds: number;
  phases: Record<string, number>;
  peakMemoryMiB: number;
  pages: number;
  outputMiB: number;
  searchIndexMiB: number;
  articlesPerSecond: number;
  /** CPU seconds of the build's whole process tree. */
  cpuSeconds: number;
  /** The Hugo + Pagefind CLI run on the same articles (`--compare-hugo`). */
  hugoAnchor?: AnchorRun;
}

const seconds = (from: number | undefined, to: number | undefined) =>
  from === undefined || to === undefined ? undefined : Math.round((to - from) / 100) / 10;

/** Durations of each build phase in seconds, from the marks the build timer wrote. */
export function phaseDurations(marks: BuildMarks): Record<string, number> {
  const phases: Record<string, number | undefined> = {
    'start-up': seconds(0, marks.configDone),
    'content sync': seconds(marks.configDone, marks.contentSynced),
    // Astro has no hook between bundling and page generation for static sites; bundling is ~1 s.
    render: seconds(marks.contentSynced, marks.pagesGenerated),
    'post-processing': seconds(marks.pagesGenerated, marks.astroDone),
    'search index': seconds(marks.astroDone, marks.searchIndexed ?? marks.exit),
  };
  return Object.fromEntries(Object.entries(phases).filter((entry): entry is [string, number] => entry[1] !== undefined));
}

/** One Markdown table row for docs/benchmarks.md. */
export function tableRow(result: BenchResult): string {
  const phase = (name: string) => (result.phases[name] === undefined ? '–' : `${result.phases[name]} s`);
  return `| ${result.articles.toLocaleString('en')} | ${result.buildSeconds} s | ${(result.peakMemoryMiB / 1024).toFixed(2)} GiB | ${phase('content sync')} | ${phase('render')} | ${phase('search index')} | ${result.pages.toLocaleString('en')} | ${result.outputMiB} MiB | ${result.searchIndexMiB} MiB | ${result.articlesPerSecond} |`;
}

export const TABLE_HEADER =
  '| Articles | Build (wall) | Peak memory | Content sync | Render | Search index | Pages | Output | Index | Articles/s |\n|---|---|---|---|---|---|---|---|---|---|';
