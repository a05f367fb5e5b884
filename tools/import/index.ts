/**
 * The importer's entry point: `importFiles(paths, options)` turns text and HTML files, RSS and
 * Atom feeds and WordPress exports (WXR) into archive articles and reports what it created, skipped and could not import.
 */
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildArticle, type ArticleOptions } from './article.ts';
import { findDuplicate, scanArchive, sourceUrlKey, titleDayKey, type ArchivedArticle } from './existing.ts';
import { countFeedItems, type FeedItem, isFeedFile, itemLabel, readFeedItems } from './feed.ts';
import { expandInputs } from './files.ts';
import { ArchiveNames } from './entity-names.ts';
import { type Prepared, prepareFile, prepareItem, preparePool, unwrapPrepared, workerCount } from './prepare.ts';
import { localiseImages, writeImages } from './images-store.ts';
import { IMAGE_FOLDER } from './images.ts';
import type { DownloadOptions } from './images-fetch.ts';
import { ImportError, type ImportReport, type ParsedInput } from './types.ts';
import { ENTITY_KINDS, namesOf } from '../../src/content/kinds.ts';

export type { ArticleOptions, BuiltArticle } from './article.ts';
export { buildArticle, articleSlug, normaliseDate } from './article.ts';
export { parseHtml } from './html.ts';
export { parseText } from './text.ts';
export { readInput } from './prepare.ts';
export { suggestEntities, type EntitySuggestions } from './entities.ts';
export { formatReport } from './report.ts';
export * from './types.ts';

export interface ImportOptions extends ArticleOptions {
  /** Folder holding the archive's articles (`YYYY/MM/<slug>.md` below it). */
  contentDir: string;
  /** Folder that relative inputs and glob patterns are read from (default: the process's). */
  cwd?: string;
  /** Report what would happen without writing anything. */
  dryRun?: boolean;
  /** Import duplicates anyway, moving the existing file aside to `<name>.md.bak-<timestamp>` first. */
  force?: boolean;
  /** Clock for backup names (default: now). */
  now?: Date;
  /** Import WXR drafts (and pending or private posts) too, with `draft: true`; they are skipped otherwise. */
  drafts?: boolean;
  /** Download http(s) images into the archive (default false: tests and `--no-download` stay offline). */
  download?: boolean;
  /** Limits for each download (timeout, size cap). */
  downloadOptions?: Omit<DownloadOptions, 'fetch'>;
  /** Called after each input (a file, or one item of a feed), with how many are done and how many there are. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads that read files and suggest entities in parallel (default: one per core for
   * batches of 16 files or more, else none; 0 reads on the main thread). The result is the same
   * either way: the rest of the import runs in input order on the main thread.
   */
  threads?: number;
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/** A free file name for `relative`, adding -2, -3… when a different article already has it. */
async function freePath(contentDir: string, relative: string, taken: Set<string>, freed?: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? relative : relative.replace(/\.md$/, `-${n}.md`);
    if (candidate === freed) return candidate;
    if (!taken.has(candidate) && !(await exists(path.join(contentDir, candidate)))) return candidate;
  }
}

/**
 * Imports files, folders and glob patterns into `contentDir`; a feed or WXR file is one input per
 * item. Never overwrites a file; each input is created, skipped (a duplicate, a draft, a WordPress
 * page or attachment) or failed with its reason, and the batch always runs to the end.
 */
export async function importFiles(inputs: string[], options: ImportOptions): Promise<ImportReport> {
  const cwd = options.cwd ?? process.cwd();
  const unavailableImages: NonNullable<ImportReport['unavailableImages']> = [];
  const report: ImportReport = { created: [], skipped: [], failed: [], warnings: [], unavailableImages, dryRun: options.dryRun ?? false };
  const archive: ArchivedArticle[] = await scanArchive(options.contentDir, options.timeZone);
  // Names already filed take precedence, then earlier items of this batch: no two spellings share an address.
  const names = new ArchiveNames();
  for (const article of archive) if (article.names) names.add(article.names);
  const taken = new Set<string>();
  // Hosts of images that could not be reached, so later images there are not waited for again.
  const unreachable = new Map<string, string>();
  const { files, missing } = await expandInputs(inputs, cwd);
  for (const { input, reason } of missing) report.failed.push({ input, reason });

  // Feeds count by their items, so the progress total and rate are in articles.
  const feeds = new Map<string, number>();
  for (const file of files) if (await isFeedFile(file).catch(() => false)) feeds.set(file, await countFeedItems(file).catch(() => 1)); // reading it reports why
  const total = files.length + [...feeds.values()].reduce((sum, items) => sum + items - 1, 0);
  let done = 0;
  const advance = () => options.onProgress?.(++done, Math.max(total, done));

  /** Imports one input; whatever goes wrong lands in the report and the batch goes on. */
  const importOne = async (input: string, read: () => Promise<Prepared | ParsedInput> | Prepared | ParsedInput, pageFile?: string) => {
    try {
      const got = await read();
      const { parsed, entities } = 'body' in got ? { parsed: got, entities: undefined } : unwrapPrepared(got);
      for (const message of parsed.warnings) report.warnings.push({ input, message });
      let built = buildArticle(parsed, options, { entities, names });
      for (const message of built.warnings) report.warnings.push({ input, message });
      const keys = {
        titleDay: titleDayKey(built.data.title, built.data.date, options.timeZone),
        sourceUrl: sourceUrlKey(built.data.sourceUrl),
      };
      const duplicate = findDuplicate(archive, keys);
      if (duplicate && !options.force) {
        const same =
          duplicate.sourceUrl !== undefined && duplicate.sourceUrl === keys.sourceUrl ? 'same source URL' : 'same title and date';
        report.skipped.push({ input, reason: `already in the archive (${same})`, existing: duplicate.path });
        return;
      }
      // Images only for what will be written: a duplicate downloads nothing. They change the file,
      // not its path or keys, so the article is built again only when it has any.
      const images = await localiseImages(parsed, {
        ...options.downloadOptions,
        unreachable,
        pageFile,
        download: options.download ?? false,
      });
      for (const message of images.warnings) report.warnings.push({ input, message });
      // Its warnings are the first build's, already reported.
      if (images.found > 0) built = buildArticle(parsed, options, { entities, names });
      const target = await freePath(options.contentDir, built.path, taken, duplicate?.path);
      let backup: string | undefined;
      if (duplicate) {
        backup = `${duplicate.path}.bak-${stamp(options.now ?? new Date())}`;
        for (let n = 2; await exists(path.join(options.contentDir, backup)); n++)
          backup = `${duplicate.path}.bak-${stamp(options.now ?? new Date())}-${n}`;
        if (!options.dryRun) await rename(path.join(options.contentDir, duplicate.path), path.join(options.contentDir, backup));
        archive.splice(archive.indexOf(duplicate), 1);
      }
      if (!options.dryRun) {
        const absolute = path.join(options.contentDir, target);
        await mkdir(path.dirname(absolute), { recursive: true });
        await writeImages(path.join(path.dirname(absolute), IMAGE_FOLDER), images.stored);
        // 'wx' fails rather than replaces if the file appeared meanwhile: nothing is ever overwritten.
        await writeFile(absolute, built.markdown, { flag: 'wx' });
      }
      taken.add(target);
      names.add(Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, namesOf(built.data, kind)])));
      archive.push({ path: target, ...keys });
      const stored = images.stored.map((image) => path.posix.join(path.posix.dirname(target), IMAGE_FOLDER, image.name));
      report.created.push({
        input,
        path: target,
        title: built.data.title,
        markdown: built.markdown,
        ...(backup ? { backup } : {}),
        ...(stored.length > 0 ? { images: stored } : {}),
      });
      for (const image of images.unavailable) unavailableImages.push({ input, ...image });
    } catch (error) {
      const reason =
        error instanceof ImportError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
      report.failed.push({ input, reason });
    } finally {
      advance();
    }
  };

  // Files and feed items are read ahead on worker threads, a few per thread so none waits, and
  // taken in input order. Feed items count: a single WordPress export of 1,000 posts uses them too.
  const plain = files.filter((file) => !feeds.has(file));
  const threads = options.threads ?? workerCount(total);
  const pool = threads > 0 ? preparePool(threads) : undefined;
  const ahead: Array<Promise<Prepared>> = [];
  const prepareOptions = { sourceUrl: options.sourceUrl, timeZone: options.timeZone, entities: options.entities };
  // A worker that dies fails its input alone, like any unexpected error.
  const onPool = (task: Parameters<NonNullable<typeof pool>['prepare']>[0]): Promise<Prepared> =>
    (pool as NonNullable<typeof pool>).prepare(task).catch((error: unknown) => ({
      error: { message: error instanceof Error ? error.message : String(error), importError: false },
    }));
  let next = 0;
  // Called once per plain file, in input order, so the oldest read-ahead is always this file's.
  const prepared = (file: string): Promise<Prepared> => {
    if (!pool) return prepareFile(file, prepareOptions);
    while (next < plain.length && ahead.length < threads * 4)
      ahead.push(onPool({ file: plain[next++] as string, options: prepareOptions }));
    return ahead.shift() as Promise<Prepared>;
  };

  try {
    await importAll();
  } finally {
    await pool?.close();
  }
  return report;

  /** Why a feed item is skipped, or its preparation started. */
  function feedItemTask(item: FeedItem): { skip: string } | { prepared: Promise<Prepared> } {
    if (item.postType && item.postType !== 'post') return { skip: `a WordPress ${item.postType}, not a post` };
    if (item.status && item.status !== 'publish' && !options.drafts)
      return { skip: `a draft (status "${item.status}"): pass --drafts to import it with draft: true` };
    return { prepared: pool ? onPool({ item, options: prepareOptions }) : prepareItem(item, prepareOptions) };
  }

  async function importAll() {
    for (const file of files) {
      const input = path.relative(cwd, file) || file;
      if (!feeds.has(file)) {
        await importOne(input, () => prepared(file), file);
        continue;
      }
      // Items in input order; each one's preparation starts as it is read, on the pool when there
      // is one, and a few are kept in flight, so a large export is never held whole.
      const queue: Array<{ label: string; skip?: string; prepared?: Promise<Prepared> }> = [];
      const settleOldest = async () => {
        const oldest = queue.shift() as (typeof queue)[number];
        if (oldest.prepared) return importOne(oldest.label, () => oldest.prepared as Promise<Prepared>);
        report.skipped.push({ input: oldest.label, reason: oldest.skip as string });
        advance();
      };
      try {
        for await (const item of readFeedItems(file)) {
          queue.push({ label: `${input}${itemLabel(item)}`, ...feedItemTask(item) });
          if (queue.length > threads * 4) await settleOldest();
        }
      } catch (error) {
        report.failed.push({
          input,
          reason: `the feed could not be read further: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      while (queue.length > 0) await settleOldest();
    }
  }
}
