/**
 * The build's console: Astro's own lines pass through except the one it prints per page (160,000
 * of them at 100,000 articles), which become a progress report. On a terminal that is a live bar
 * (cli-progress) with pages done / total, rate and time left; in CI or a pipe it is a plain line
 * every 5% or every 10 seconds. Warnings and errors always pass through whole.
 */
import { stripVTControlCharacters } from 'node:util';
import cliProgress from 'cli-progress';

/** An entry of Astro's per-page log (`├─ /2022/09/index.html (+12ms)`), possibly several glued on one line by concurrent writes. */
const PAGE_ENTRY = /[├└]─ \/\S*/g;
/** What else such a line may hold: timestamps, timings and indentation. */
const PAGE_LINE_REST = /^(?:\s|\d{2}:\d{2}:\d{2}|\(\+\d+(?:\.\d+)?m?s\))*$/;

/**
 * Whether a line of Astro's output is only per-page log entries or their leftover timings. Colour
 * codes are ignored: Astro colours its log whenever `CI` is set, even into a pipe.
 * @example isPageLine('14:26:56   ├─ /2022/index.html (+27ms) ') // true
 * @example isPageLine('14:27:00 [build] 398 page(s) built in 15.55s') // false
 */
export function isPageLine(coloured: string): boolean {
  const line = stripVTControlCharacters(coloured);
  const rest = line.replace(PAGE_ENTRY, '');
  return rest !== line ? PAGE_LINE_REST.test(rest) : /^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/.test(line);
}

/** How a report names its work: "Rendering 20,784 pages…", "Rendered 120 / 20,784 pages". */
export interface ProgressWords {
  doing: string;
  did: string;
  unit: string;
  /** The unit for a count of one ("1 input"); `unit` when absent. */
  one?: string;
}

/** The unit for `count` things: `words.one` for exactly one, else `words.unit`. */
function unitOf(count: number, words: ProgressWords): string {
  return count === 1 && words.one ? words.one : words.unit;
}

export const RENDERING: ProgressWords = { doing: 'Rendering', did: 'Rendered', unit: 'pages' };

export interface ProgressState {
  done: number;
  /** Pages the build will write; undefined until the Astro process says. */
  total: number | undefined;
  /** Seconds since rendering began. */
  elapsed: number;
}

/**
 * One progress line, e.g. "Rendered 12,345 / 20,784 pages (59%) · 412 pages/s · about 20 s left".
 * Seconds are whole; the rate is over the whole run so far.
 */
export function formatProgress({ done, total, elapsed }: ProgressState, words: ProgressWords = RENDERING): string {
  const rate = elapsed > 0 ? done / elapsed : 0;
  const count = total
    ? `${done.toLocaleString('en')} / ${total.toLocaleString('en')} ${unitOf(total, words)} (${Math.floor((done / total) * 100)}%)`
    : `${done.toLocaleString('en')} ${unitOf(done, words)}`;
  const left = total && rate > 0 ? ` · about ${formatSeconds((total - done) / rate)} left` : '';
  return `${words.did} ${count} · ${Math.round(rate)} ${words.unit}/s${left}`;
}

/** A duration for people: "45 s", "3 min 20 s". */
export function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/**
 * When a plain (non-terminal) report prints a line: at each further 5% of the total, or 10 s after
 * the last line, whichever comes first.
 */
export function dueForLine(state: ProgressState, last: { done: number; elapsed: number }): boolean {
  if (state.elapsed - last.elapsed >= 10) return true;
  if (!state.total) return false;
  const step = Math.max(1, Math.ceil(state.total / 20));
  return Math.floor(state.done / step) > Math.floor(last.done / step) || state.done === state.total;
}

export interface ProgressReporter {
  planned(total: number): void;
  /** `count` more items done (default one). */
  advance(count?: number): void;
  /** Ends the live display; later output starts on a fresh line. */
  stop(): void;
}

/** A reporter writing to `stream`: a live bar on a terminal, plain lines elsewhere. */
export function progressReporter(
  stream: NodeJS.WriteStream,
  now: () => number = () => performance.now(),
  words: ProgressWords = RENDERING,
): ProgressReporter {
  let started: number | undefined;
  let done = 0;
  let total: number | undefined;
  const elapsed = () => (started === undefined ? 0 : (now() - started) / 1000);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${words.doing} {bar} {value}/{total} ${words.unit} · {rate} ${words.unit}/s · {eta_formatted} left`,
        hideCursor: true,
        etaBuffer: 500,
      },
      cliProgress.Presets.shades_classic,
    );
    let running = false;
    return {
      planned(pages) {
        total = pages;
        started ??= now();
        bar.start(pages, done, { rate: 0 });
        running = true;
      },
      advance(count = 1) {
        started ??= now();
        done += count;
        if (running) bar.update(done, { rate: Math.round(done / Math.max(elapsed(), 0.001)) });
      },
      stop() {
        if (running) bar.stop();
        running = false;
      },
    };
  }
  let last = { done: 0, elapsed: 0 };
  return {
    planned(pages) {
      total = pages;
      started ??= now();
      stream.write(`${words.doing} ${pages.toLocaleString('en')} ${unitOf(pages, words)}…\n`);
    },
    advance(count = 1) {
      started ??= now();
      done += count;
      const state = { done, total, elapsed: elapsed() };
      if (dueForLine(state, last)) {
        stream.write(`${formatProgress(state, words)}\n`);
        last = { done, elapsed: state.elapsed };
      }
    },
    stop() {},
  };
}
