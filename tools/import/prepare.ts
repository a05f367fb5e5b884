/**
 * The costly, independent half of importing one file: reading it (HTML extraction or plain text)
 * and suggesting its people, places and organisations. It needs nothing from the rest of the batch,
 * so a batch can run it for many files at once on worker threads (tools/import/prepare-worker.ts),
 * while checking duplicates, settling names against the archive and writing stay in input order on
 * the main thread. The result is plain data, so it crosses a thread boundary unchanged.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { Tinypool } from 'tinypool';
import type { ArticleOptions } from './article.ts';
import { entityText } from './article.ts';
import { parseArticleFile } from './article-file.ts';
import { suggestEntities, type EntitySuggestions } from './entities.ts';
import { parseHtml } from './html.ts';
import { type FeedItem, feedItemInput } from './feed.ts';
import { decodeInput, detectFormat } from './input.ts';
import { parseText } from './text.ts';
import { ImportError, type ParsedInput } from './types.ts';

/** What a reader found in a file and the names suggested from it, or why it could not be read. */
export type Prepared = { parsed: ParsedInput; entities?: EntitySuggestions } | { error: { message: string; importError: boolean } };

/** The options a file's preparation depends on. */
export type PrepareOptions = Partial<Pick<ArticleOptions, 'sourceUrl' | 'timeZone' | 'entities'>>;

/** Reads one file with the reader its format needs. */
export async function readInput(file: string, options: PrepareOptions = {}): Promise<ParsedInput> {
  const text = decodeInput(await readFile(file));
  const format = detectFormat(file, text);
  if (format === 'article') return parseArticleFile(text, { timeZone: options.timeZone ?? 'UTC', file });
  return format === 'html'
    ? parseHtml(text, { sourceUrl: options.sourceUrl, timeZone: options.timeZone, pageFile: file })
    : parseText(text);
}

/**
 * Reads `file` and suggests its entities (unless `options.entities` is false). Never throws: a
 * failure comes back as `error`, with `importError` telling an expected rejection (ImportError,
 * whose message is the reason shown) from an unexpected fault.
 */
export function prepareFile(file: string, options: PrepareOptions): Promise<Prepared> {
  return prepare(() => readInput(file, options), options);
}

/** `prepareFile` for one item of a feed or WordPress export (tools/import/feed.ts `feedItemInput`). */
export function prepareItem(item: FeedItem, options: PrepareOptions): Promise<Prepared> {
  return prepare(() => feedItemInput(item), options);
}

async function prepare(read: () => ParsedInput | Promise<ParsedInput>, options: PrepareOptions): Promise<Prepared> {
  try {
    const parsed = await read();
    return options.entities === false ? { parsed } : { parsed, entities: suggestEntities(entityText(parsed)) };
  } catch (error) {
    return {
      error: { message: error instanceof Error ? error.message : String(error), importError: error instanceof ImportError },
    };
  }
}

/** The result of `prepareFile`, or its error thrown again as the same kind of error. */
export function unwrapPrepared(prepared: Prepared): { parsed: ParsedInput; entities?: EntitySuggestions } {
  if ('error' in prepared) throw prepared.error.importError ? new ImportError(prepared.error.message) : new Error(prepared.error.message);
  return prepared;
}

/**
 * Below this many files a batch prepares them on the main thread: starting a worker and loading
 * the extractor and the recogniser in it costs about a second (measured: see docs/importing.md),
 * more than a handful of pages take.
 */
export const MIN_FILES_FOR_WORKERS = 16;

/** How many worker threads a batch of `files` files uses: one per core, none for small batches or one core. */
export function workerCount(files: number, cores = os.availableParallelism()): number {
  return files < MIN_FILES_FOR_WORKERS || cores < 2 ? 0 : Math.min(cores, files);
}

/** One task of the pool: a file to read, or a feed item already read from its file. */
export type PrepareTask = { file: string; options: PrepareOptions } | { item: FeedItem; options: PrepareOptions };

/** Prepares files and feed items on `threads` worker threads; `close` ends them. */
export function preparePool(threads: number): {
  prepare: (task: PrepareTask) => Promise<Prepared>;
  close: () => Promise<void>;
} {
  const pool = new Tinypool({
    filename: new URL('./prepare-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    prepare: (task) => pool.run(task) as Promise<Prepared>,
    close: () => pool.destroy(),
  };
}
