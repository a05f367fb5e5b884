/**
 * Formats references in a worker thread while the build renders pages. Astro renders on one
 * thread and Pagefind's indexer keeps a second core only partly busy, so references formatted on
 * a worker cost the build little wall time; the page rendering an article then finds its
 * references ready, or waits only for them. Our own few lines over node:worker_threads rather
 * than a pool library (tinypool, piscina): one worker, one ordered queue, and its code must come
 * from the same function the main thread runs (`createFormatter`), which a pool's file-based
 * workers cannot load from Astro's bundled build.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { CitationStyleKey, CslItem } from '../outputs/citation.ts';
import { createFormatter, formatCitations, formatterInputs } from '../outputs/citation-engine.ts';

type Formatted = Record<CitationStyleKey, string>;

/** Items sent per message: small enough that the first pages wait little, large enough to keep messaging cheap. */
const BATCH = 50;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const createFormatter = ${createFormatter.toString()};
const format = createFormatter(require(workerData.citeproc), workerData.inputs);
parentPort.on('message', ({ batch, locale }) => {
  parentPort.postMessage(batch.map(({ key, item }) => ({ key, formatted: format(item, locale) })));
});
`;

interface Pending {
  item: CslItem;
  promise: Promise<Formatted>;
  resolve(formatted: Formatted): void;
}

/** References being formatted on a worker thread, in the order given. */
export interface CitationPool {
  /** The references of an item handed to the pool, when formatted; undefined for an item it was not given. */
  take(key: string): Promise<Formatted> | undefined;
}

/**
 * Starts one worker thread formatting `entries` (cache key and item) in the CSL locale, in the
 * order given (the order pages render). If the worker fails, the items it had not finished are
 * formatted on the main thread instead, with a warning, so the build's output never depends on it.
 */
export function startCitationPool(entries: { key: string; item: CslItem }[], locale: string): CitationPool {
  const pending = new Map<string, Pending>();
  for (const { key, item } of entries) {
    let resolve!: (formatted: Formatted) => void;
    const promise = new Promise<Formatted>((done) => {
      resolve = done;
    });
    pending.set(key, { item, promise, resolve });
  }
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { citeproc: createRequire(import.meta.url).resolve('citeproc'), inputs: formatterInputs() },
    });
  } catch (error) {
    // citeproc not found from the bundled build's folder, say: the main thread formats instead.
    console.warn(`[news-archive:citations] could not start the citation worker (${String(error)}); formatting on the main thread`);
    return { take: () => undefined };
  }
  // The build's own work keeps the process alive; the worker alone must not.
  worker.unref();
  const settled = new Set<string>();
  const settle = (key: string, formatted: Formatted) => {
    if (settled.has(key)) return;
    settled.add(key);
    pending.get(key)?.resolve(formatted);
    if (settled.size === pending.size) void worker.terminate();
  };
  worker.on('message', (results: { key: string; formatted: Formatted }[]) => {
    for (const { key, formatted } of results) settle(key, formatted);
  });
  const fallBack = (reason: string) => {
    if (settled.size === pending.size) return;
    console.warn(`[news-archive:citations] the citation worker ${reason}; formatting the rest on the main thread`);
    for (const [key, { item }] of pending) if (!settled.has(key)) settle(key, formatCitations(item, locale));
  };
  worker.on('error', (error) => fallBack(`failed (${String(error)})`));
  worker.on('exit', (code) => fallBack(`stopped early (exit code ${code})`));
  for (let start = 0; start < entries.length; start += BATCH) worker.postMessage({ batch: entries.slice(start, start + BATCH), locale });
  return { take: (key) => pending.get(key)?.promise };
}
