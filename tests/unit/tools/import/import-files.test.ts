import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatReport, importFiles, type ImportOptions } from '../../../../tools/import/index.ts';
import { FIXTURES, fixture, tempDir } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
let options: ImportOptions;
const SEED_PATH = '2022/09/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang.md';

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  options = { contentDir: path.join(dir, 'articles'), cwd: FIXTURES, timeZone: 'UTC', date: '2022-09-10', source: 'The Independent' };
});
afterEach(() => cleanup());

const files = async (root: string) => (await readdir(root, { recursive: true })).map((file) => file.split(path.sep).join('/')).sort();

describe('importFiles', () => {
  test('writes one article per input under YYYY/MM and reports it as created', async () => {
    const report = await importFiles(['china-un-xinjiang-report.txt'], options);
    expect(report.created).toMatchObject([{ input: 'china-un-xinjiang-report.txt', path: SEED_PATH }]);
    expect(await readFile(path.join(options.contentDir, SEED_PATH), 'utf8')).toBe(report.created[0]?.markdown);
  });
  test('skips a second import of the same input', async () => {
    await importFiles(['china-un-xinjiang-report.txt'], options);
    const again = await importFiles(['china-un-xinjiang-report.txt'], options);
    expect(again.created).toEqual([]);
    expect(again.skipped).toEqual([
      { input: 'china-un-xinjiang-report.txt', reason: 'already in the archive (same title and date)', existing: SEED_PATH },
    ]);
  });
  test('recognises the same story in a differently encoded copy within one batch', async () => {
    const report = await importFiles(['china-un-xinjiang-report.txt', 'crlf-bom.txt'], options);
    expect(report.created).toHaveLength(1);
    expect(report.skipped).toMatchObject([{ input: 'crlf-bom.txt', existing: SEED_PATH }]);
  });
  test('recognises an article already in the archive by its sourceUrl, even under another title', async () => {
    const existing = path.join(options.contentDir, '2022/09/hand-written.md');
    await mkdir(path.dirname(existing), { recursive: true });
    await writeFile(
      existing,
      '---\ntitle: An older headline\ndate: 2022-09-28\nsourceUrl: https://news.example.com/climate/glacier-retreat/\n---\n\nText.\n',
    );
    const report = await importFiles(['article.html'], { ...options, date: undefined, source: undefined });
    expect(report.skipped).toEqual([
      { input: 'article.html', reason: 'already in the archive (same source URL)', existing: '2022/09/hand-written.md' },
    ]);
  });
  test('never overwrites a different article that happens to have the same file name', async () => {
    const taken = path.join(options.contentDir, SEED_PATH);
    await mkdir(path.dirname(taken), { recursive: true });
    await writeFile(taken, '---\ntitle: Another story\ndate: 2022-09-01\n---\n\nOther text.\n');
    const report = await importFiles(['china-un-xinjiang-report.txt'], options);
    expect(report.created[0]?.path).toBe(SEED_PATH.replace(/\.md$/, '-2.md'));
    expect(await readFile(taken, 'utf8')).toContain('Another story');
  });
  test('--force moves the existing file aside, outside **/*.md, before writing the new one', async () => {
    await importFiles(['china-un-xinjiang-report.txt'], options);
    const target = path.join(options.contentDir, SEED_PATH);
    await writeFile(target, (await readFile(target, 'utf8')).replace('The Independent', 'Edited by hand'));
    const report = await importFiles(['china-un-xinjiang-report.txt'], {
      ...options,
      force: true,
      now: new Date('2024-01-02T03:04:05.678Z'),
    });
    const backup = `${SEED_PATH}.bak-20240102T030405Z`;
    expect(report.created).toMatchObject([{ path: SEED_PATH, backup }]);
    expect(await readFile(path.join(options.contentDir, backup), 'utf8')).toContain('Edited by hand');
    expect(await readFile(target, 'utf8')).toContain('source: The Independent');
    expect((await files(options.contentDir)).filter((file) => file.endsWith('.md'))).toEqual([SEED_PATH]);
  });
  test.each<[string, string, string, string]>([
    [
      'windows-1252',
      '<meta charset="windows-1252">',
      'Caf\xe9 owners \x93relieved\x94 as rents fall',
      'Café owners “relieved” as rents fall',
    ],
    [
      'Shift_JIS',
      '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
      '\x93\xfa\x96\x7b\x82\xcc\x8b\xe0\x97\x5a',
      '日本の金融',
    ],
  ])('imports a %s page by the encoding it declares', async (_encoding, declaration, headline, expected) => {
    const prose = 'The council said rents had fallen for the third month running, and shop owners welcomed the news. '.repeat(3);
    const html = `<html><head>${declaration}<title>${headline}</title></head><body><article><h1>${headline}</h1><p>${prose}</p><p>${prose}</p></article></body></html>`;
    // Each character below U+0100 in `html` is one byte of the page as saved.
    await writeFile(path.join(dir, 'page.html'), Buffer.from(html, 'latin1'));
    const report = await importFiles(['page.html'], { ...options, cwd: dir, dryRun: true });
    expect(report.failed).toEqual([]);
    expect(report.created[0]?.title).toBe(expected);
  });
  test('a dry run reports what it would write and writes nothing', async () => {
    const report = await importFiles(['china-un-xinjiang-report.txt'], { ...options, dryRun: true });
    expect(report.created).toHaveLength(1);
    await expect(readdir(options.contentDir)).rejects.toThrow();
    expect(formatReport(report)).toContain('(dry run: nothing written)');
  });
  test('reports each bad input with its file and reason and imports the rest', async () => {
    const report = await importFiles(
      [
        'empty.txt',
        'whitespace-only.txt',
        'binary.txt',
        'latin1.txt',
        'utf16.txt',
        'title-only.txt',
        'nowhere.txt',
        'no-pages/',
        'china-un-xinjiang-report.txt',
      ],
      options,
    );
    // A UTF-16 file says so by its byte-order mark, so it is decoded rather than refused.
    expect(report.created.map((entry) => entry.input)).toEqual(['utf16.txt', 'china-un-xinjiang-report.txt']);
    expect(Object.fromEntries(report.failed.map((entry) => [entry.input, entry.reason]))).toEqual({
      'nowhere.txt': 'no such file or folder, and no file matches it',
      'no-pages/':
        'the folder holds no file the importer reads (.txt .text .md .markdown .html .htm .xhtml .xml .rss .atom); unpack compressed pages (.gz, .zip) first',
      'empty.txt': 'the file is empty',
      'whitespace-only.txt': 'the file contains only whitespace',
      'binary.txt': 'the file looks binary (it contains NUL bytes), not text or HTML',
      'latin1.txt':
        'the file is not valid UTF-8 and declares no other encoding: save it as UTF-8, or add <meta charset="windows-1252"> (the encoding it was saved in) to its <head>, and import it again',
      'title-only.txt':
        'the file has a title ("Just a headline with nothing under it") but no body: expected paragraphs after a blank line',
    });
  });
  test('reports a missing date for an input that has none', async () => {
    const report = await importFiles(['no-date.html'], { ...options, date: undefined });
    expect(report.failed).toEqual([{ input: 'no-date.html', reason: 'no publication date: the input has none, pass --date YYYY-MM-DD' }]);
  });
  test('reports progress after every input, failed ones included, for a progress line', async () => {
    const calls: [number, number][] = [];
    await importFiles(['china-un-xinjiang-report.txt', 'empty.txt', 'crlf-bom.txt'], {
      ...options,
      dryRun: true,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  test('accepts folders and glob patterns', async () => {
    const inbox = path.join(dir, 'inbox');
    await mkdir(path.join(inbox, 'nested'), { recursive: true });
    await cp(fixture('reporting-by.txt'), path.join(inbox, 'reporting-by.txt'));
    await cp(fixture('with-agencies.txt'), path.join(inbox, 'nested', 'with-agencies.txt'));
    await writeFile(path.join(inbox, 'notes.md'), 'not an input');
    const fromFolder = await importFiles(['inbox'], { ...options, cwd: dir, dryRun: true });
    expect(fromFolder.created.map((entry) => entry.input)).toEqual(['inbox/nested/with-agencies.txt', 'inbox/reporting-by.txt']);
    const fromGlob = await importFiles(['inbox/**/with-*.txt'], { ...options, cwd: dir, dryRun: true });
    expect(fromGlob.created.map((entry) => entry.input)).toEqual(['inbox/nested/with-agencies.txt']);
  });
  test('every written file validates and the summary names created, skipped and failed inputs', async () => {
    const report = await importFiles(['china-un-xinjiang-report.txt', 'crlf-bom.txt', 'empty.txt'], options);
    const summary = formatReport(report);
    expect(summary).toContain(`Created 1:\n  china-un-xinjiang-report.txt → ${SEED_PATH}`);
    expect(summary).toContain('Skipped 1:\n  crlf-bom.txt: already in the archive (same title and date)');
    expect(summary).toContain('Failed 1:\n  empty.txt: the file is empty');
    expect(summary.endsWith('1 created, 1 skipped, 1 failed')).toBe(true);
  });
});
