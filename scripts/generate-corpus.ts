/**
 * Writes a synthetic news corpus as Markdown files (see tools/corpus/).
 *
 *   node scripts/generate-corpus.ts --articles 2000 --out content/articles [--seed 1]
 *     [--start-year 2000] [--end-year 2024] [--images] [--force]
 *
 * Refuses a non-empty output folder unless --force, and even then only empties one that holds
 * nothing but .md files, the `images/*.jpg` that --images writes, and folders (so a typo cannot
 * wipe a source tree). --images gives every article its own generated lead image (tools/corpus/image.ts). Articles are independent
 * of each other, so worker threads split them by index; the files are the same for any worker count.
 */
import { availableParallelism } from 'node:os';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { filesUnder } from '../tools/fs.ts';
import { generateArticle, generateCorpus, type ArticleOptions } from '../tools/corpus/index.ts';
import { corpusImage } from '../tools/corpus/image.ts';
import { parseCommandLine } from '../tools/cli.ts';

const WRITES_IN_FLIGHT = 32;
const PROGRESS_EVERY = 10_000;
const MAX_WORKERS = 4;

const USAGE = 'Usage: npm run corpus -- --articles N --out DIR [--seed S] [--start-year Y] [--end-year Y] [--images] [--force]';

interface Share {
  out: string;
  count: number;
  options: ArticleOptions;
  /** This worker writes articles first, first + step, first + 2·step… */
  first: number;
  step: number;
}

type Report = { written: number } | { done: true; bytes: number };

function fail(message: string): never {
  console.error(`generate-corpus: ${message}\n${USAGE}`);
  process.exit(1);
}

function integerOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) fail(`--${name} must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** Paths of everything under `dir` that is neither a folder, a .md file nor a generated `images/*.jpg`. */
const foreignEntries = (dir: string) =>
  [...filesUnder(dir)].filter((path) => !path.endsWith('.md') && !/[/\\]images[/\\][^/\\]+\.jpg$/.test(path));

async function prepareOutput(dir: string, force: boolean): Promise<void> {
  const existing = await stat(dir).catch(() => null);
  if (existing === null) return void (await mkdir(dir, { recursive: true }));
  if (!existing.isDirectory()) fail(`${dir} exists and is not a folder`);
  const entries = await readdir(dir);
  if (entries.length === 0) return;
  if (!force) fail(`${dir} is not empty; pass --force to replace its contents`);
  const foreign = foreignEntries(dir);
  if (foreign.length > 0) fail(`refusing to empty ${dir}: it holds files other than .md, e.g. ${foreign.slice(0, 3).join(', ')}`);
  await Promise.all(entries.map((entry) => rm(join(dir, entry), { recursive: true })));
}

/** Generates and writes one worker's share, a bounded number of writes at a time. */
async function writeShare(share: Share, report: (message: Report) => void): Promise<void> {
  const folders = new Map<string, Promise<unknown>>();
  let next = share.first;
  let written = 0;
  let bytes = 0;
  const writer = async () => {
    for (; next < share.count; ) {
      const index = next;
      const { relativePath, markdown, imagePath } = generateArticle(index, share.options);
      next += share.step;
      const folder = relativePath.slice(0, relativePath.lastIndexOf('/'));
      let made = folders.get(folder);
      if (!made) {
        made = mkdir(join(share.out, folder), { recursive: true });
        folders.set(folder, made);
      }
      await made;
      if (imagePath) {
        await mkdir(join(share.out, imagePath, '..'), { recursive: true });
        await writeFile(join(share.out, imagePath), await corpusImage(index));
      }
      await writeFile(join(share.out, relativePath), markdown);
      bytes += Buffer.byteLength(markdown);
      if (++written % 1000 === 0) report({ written: 1000 });
    }
  };
  await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, writer));
  report({ written: written % 1000 });
  report({ done: true, bytes });
}

async function main(): Promise<void> {
  const { values } = parseCommandLine(USAGE, {
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'start-year': { type: 'string' },
      'end-year': { type: 'string' },
      images: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  const count = integerOption(values.articles, 'articles') ?? fail('--articles is required');
  const out = values.out ? resolve(values.out) : fail('--out is required');
  const options: ArticleOptions = {
    seed: integerOption(values.seed, 'seed'),
    startYear: integerOption(values['start-year'], 'start-year'),
    endYear: integerOption(values['end-year'], 'end-year'),
    images: values.images,
  };
  try {
    generateCorpus({ ...options, count }); // checks the options before anything is touched
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  const started = performance.now();
  await prepareOutput(out, values.force);
  const workers = Math.max(1, Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(count / 1000)));
  let written = 0;
  let bytes = 0;
  await Promise.all(
    Array.from({ length: workers }, (_, first) => {
      const share: Share = { out, count, options, first, step: workers };
      const worker = new Worker(new URL(import.meta.url), { workerData: share });
      return new Promise<void>((done, failed) => {
        worker.on('message', (message: Report) => {
          if ('done' in message) {
            bytes += message.bytes;
            return;
          }
          const before = written;
          written += message.written;
          if (Math.floor(written / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) {
            console.log(`${(Math.floor(written / PROGRESS_EVERY) * PROGRESS_EVERY).toLocaleString('en')} articles…`);
          }
        });
        worker.on('error', failed);
        worker.on('exit', (code) => (code === 0 ? done() : failed(new Error(`worker exited with code ${code}`))));
      });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Wrote ${written.toLocaleString('en')} articles (${(bytes / 1e6).toFixed(1)} MB of Markdown) to ${out} in ${seconds.toFixed(1)} s using ${workers} worker${workers === 1 ? '' : 's'}`,
  );
}

if (isMainThread) await main();
else await writeShare(workerData as Share, (message) => parentPort?.postMessage(message));
