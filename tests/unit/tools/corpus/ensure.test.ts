import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ensureCorpus } from '../../../../tools/corpus/ensure.ts';

const markdownFiles = async (dir: string) => (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.md'));

describe('ensureCorpus', () => {
  test('writes a corpus once and reuses it for the same count and seed', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'corpus-')), 'content');
    await expect(ensureCorpus(dir, { count: 5, seed: 3 })).resolves.toBe(true);
    expect(await markdownFiles(dir)).toHaveLength(5);
    await expect(ensureCorpus(dir, { count: 5, seed: 3 })).resolves.toBe(false);
  });

  test('replaces its own corpus when the count changes', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'corpus-')), 'content');
    await ensureCorpus(dir, { count: 5, seed: 3 });
    await expect(ensureCorpus(dir, { count: 3, seed: 3 })).resolves.toBe(true);
    expect(await markdownFiles(dir)).toHaveLength(3);
  });

  test('refuses a folder holding files it did not generate', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    await writeFile(join(dir, 'mine.md'), '# mine');
    await expect(ensureCorpus(dir, { count: 2, seed: 1 })).rejects.toThrow(/already holds files that were not generated here/);
  });
});
