import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesUnder, folderStats } from '../../../tools/fs.ts';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'fs-test-'));
  const files: [string, string][] = [
    ['index.html', '12345'],
    ['2022/index.html', '123'],
    ['2022/feed.xml', '1'],
    ['pagefind/fragment/a.pf_fragment', '1234567'],
    ['pagefind/search.html', '12'],
  ];
  for (const [path, text] of files) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
});

const names = (paths: Iterable<string>) => [...paths].map((path) => relative(root, path)).sort();

describe('filesUnder', () => {
  test('lists every file below a folder, recursively', () => {
    expect(names(filesUnder(root))).toEqual([
      '2022/feed.xml',
      '2022/index.html',
      'index.html',
      'pagefind/fragment/a.pf_fragment',
      'pagefind/search.html',
    ]);
  });

  test('keeps names with the suffix and skips named folders', () => {
    expect(names(filesUnder(root, { suffix: '.html', skip: ['pagefind'] }))).toEqual(['2022/index.html', 'index.html']);
  });

  test('yields nothing for a folder that does not exist', () => {
    expect([...filesUnder(join(root, 'missing'))]).toEqual([]);
  });
});

describe('folderStats', () => {
  test('counts files and sums their bytes', () => {
    expect(folderStats(root)).toEqual({ files: 5, bytes: 18 });
    expect(folderStats(join(root, 'pagefind'))).toEqual({ files: 2, bytes: 9 });
  });
});
