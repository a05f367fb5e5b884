import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import path from 'node:path';
import { importFiles, type ImportOptions } from '../../../../tools/import/index.ts';
import { MIN_FILES_FOR_WORKERS, prepareFile, prepareItem, unwrapPrepared, workerCount } from '../../../../tools/import/prepare.ts';
import { ImportError } from '../../../../tools/import/types.ts';
import { FIXTURES, fixture, tempDir } from './helpers.ts';

describe('workerCount', () => {
  test.each([
    ['a small batch stays on the main thread', MIN_FILES_FOR_WORKERS - 1, 2, 0],
    ['a large batch on one core stays on the main thread', 1000, 1, 0],
    ['a batch at the threshold uses every core', MIN_FILES_FOR_WORKERS, 2, 2],
    ['a large batch uses every core', 1000, 8, 8],
    ['never more threads than files', MIN_FILES_FOR_WORKERS, 64, MIN_FILES_FOR_WORKERS],
  ])('%s', (_, files, cores, threads) => {
    expect(workerCount(files, cores)).toBe(threads);
  });
});

describe('prepareFile', () => {
  test('reads a file and suggests its entities', async () => {
    const prepared = unwrapPrepared(await prepareFile(fixture('china-un-xinjiang-report.txt'), {}));
    expect(prepared.parsed.title).toMatch(/^China says UN/);
    expect(prepared.entities?.people).toContain('Michelle Bachelet');
  });
  test('suggests nothing when entities are turned off', async () => {
    expect(unwrapPrepared(await prepareFile(fixture('china-un-xinjiang-report.txt'), { entities: false })).entities).toBeUndefined();
  });
  test.each([
    ['an input the importer rejects comes back as an ImportError', 'empty.txt', ImportError],
    ['a file that cannot be read comes back as an unexpected error', 'no-such-file.txt', Error],
  ])('%s', async (_, name, kind) => {
    const prepared = await prepareFile(fixture(name), {});
    expect(prepared).toHaveProperty('error');
    let thrown: unknown;
    try {
      unwrapPrepared(prepared);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(kind);
    expect(thrown instanceof ImportError).toBe(kind === ImportError);
  });
});

describe('prepareItem', () => {
  const item = (content: string | undefined) => ({
    index: 1,
    title: 'Talks resume in Geneva',
    dates: { written: '2022-09-10' },
    authors: [],
    categories: [],
    tags: [],
    ...(content === undefined ? {} : { content }),
  });
  test('turns a feed item into an input and suggests its entities', async () => {
    const prepared = unwrapPrepared(
      await prepareItem(item('<p>Michelle Bachelet met officials in Geneva on Monday. Bachelet left.</p>'), {}),
    );
    expect(prepared.parsed.title).toBe('Talks resume in Geneva');
    expect(prepared.entities?.people).toContain('Michelle Bachelet');
  });
  test('an item without text comes back as an ImportError', async () => {
    const prepared = await prepareItem(item(undefined), {});
    expect(() => unwrapPrepared(prepared)).toThrow(ImportError);
  });
});

describe('importFiles on worker threads', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let options: ImportOptions;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    options = { contentDir: path.join(dir, 'articles'), cwd: FIXTURES, timeZone: 'UTC', date: '2022-09-10' };
  });
  afterEach(() => cleanup());

  // Created, duplicate, rejected and unreadable inputs, a feed between files, and HTML pages.
  const INPUTS = [
    'china-un-xinjiang-report.txt',
    'empty.txt',
    'crlf-bom.txt',
    'binary.txt',
    'feed.atom',
    'article.html',
    'hostile.html',
    'no-date.html',
    'whitespace-only.txt',
    'utf16.txt',
    'latin1.txt',
    'byline.txt',
    'cjk-without-lang.txt',
    'jsonld-date.html',
    'time-date.html',
    'typography.txt',
    'with-agencies.txt',
    'wrapped-lines.txt',
    'missing.txt',
  ];

  test('gives the same report, in the same order, with the same progress as the main thread alone', async () => {
    const run = async (threads: number) => {
      const progress: Array<[number, number]> = [];
      const report = await importFiles(INPUTS, {
        ...options,
        dryRun: true,
        threads,
        onProgress: (done, total) => progress.push([done, total]),
      });
      return { report, progress };
    };
    const serial = await run(0);
    const pooled = await run(2);
    expect(pooled).toEqual(serial);
    // The batch ran to the end: every kind of outcome is there.
    expect(serial.report.created.length).toBeGreaterThan(5);
    expect(serial.report.skipped.map((entry) => entry.input)).toContain('crlf-bom.txt');
    expect(serial.report.failed.map((entry) => entry.input)).toEqual(expect.arrayContaining(['empty.txt', 'binary.txt', 'missing.txt']));
    expect(serial.progress.at(-1)?.[0]).toBe(serial.progress.length);
  });

  test('writes the same files as the main thread alone', async () => {
    const serial = await importFiles(INPUTS, { ...options, contentDir: path.join(dir, 'serial') });
    const pooled = await importFiles(INPUTS, { ...options, contentDir: path.join(dir, 'pooled'), threads: 2 });
    expect(pooled.created.map(({ path: file, markdown }) => [file, markdown])).toEqual(
      serial.created.map(({ path: file, markdown }) => [file, markdown]),
    );
  });
});
