import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cacheKey, codeVersion, DERIVING_CODE } from '../../../src/build/build-cache.ts';

/** A project folder with a source file and a lockfile, for codeVersion. */
async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'code-version-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** The module afresh, in `cwd` with ASTRO_CACHE_DIR=dir, as a new build process would see it. */
async function freshModule(cwd: string, dir: string) {
  vi.resetModules();
  vi.stubEnv('ASTRO_CACHE_DIR', dir);
  vi.spyOn(process, 'cwd').mockReturnValue(cwd);
  return import('../../../src/build/build-cache.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('codeVersion', () => {
  const files = { 'src/content/a.ts': 'export const a = 1;', 'src/outputs/b.ts': 'export const b = 2;', 'package-lock.json': '{}' };
  const paths = ['src/content', 'src/outputs', 'package-lock.json'];

  test('is the same for the same files, and changes with any file’s content, name or a new file', async () => {
    const version = codeVersion(await project(files), paths);
    expect(version).toMatch(/^[\w-]{43}$/);
    expect(codeVersion(await project(files), paths)).toBe(version);
    const variants: Record<string, string>[] = [
      { ...files, 'src/content/a.ts': 'export const a = 2;' },
      { ...files, 'package-lock.json': '{"lockfileVersion":3}' },
      { ...files, 'src/content/c.ts': '' },
      { 'src/content/renamed.ts': files['src/content/a.ts'], 'src/outputs/b.ts': files['src/outputs/b.ts'], 'package-lock.json': '{}' },
    ];
    for (const changed of variants) expect(codeVersion(await project(changed), paths)).not.toBe(version);
  });

  test('is undefined when a path is missing, so nothing is trusted', async () => {
    expect(codeVersion(await project({ 'src/content/a.ts': '' }), paths)).toBeUndefined();
  });

  test('covers every folder this project derives cached values from', () => {
    expect(codeVersion(process.cwd(), DERIVING_CODE)).toMatch(/^[\w-]{43}$/);
  });
});

describe('cacheKey', () => {
  test('separates its parts: ("ab", "c") and ("a", "bc") are different keys', () => {
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(cacheKey('en', 'text')).toBe(cacheKey('en', 'text'));
  });
});

describe('buildCache', () => {
  const files = {
    'src/content/a.ts': '1',
    'src/markdown/b.ts': '2',
    'src/archive/c.ts': '3',
    'src/outputs/d.ts': '4',
    'package-lock.json': '{}',
  };

  test('makes a value on a miss, saves what the build used at exit, and the next build reads it back', async () => {
    const root = await project(files);
    const dir = await mkdtemp(join(tmpdir(), 'build-cache-'));
    const first = await freshModule(root, dir);
    const make = vi.fn(() => 42);
    const counts = first.buildCache<number>('counts');
    expect(counts.get('k', make)).toBe(42);
    expect(counts.get('k', make)).toBe(42);
    expect(make).toHaveBeenCalledTimes(1);
    process.emit('exit', 0);
    const saved = JSON.parse(await readFile(join(dir, 'counts.json'), 'utf8')) as { entries: Record<string, number> };
    expect(saved.entries).toEqual({ k: 42 });

    const second = (await freshModule(root, dir)).buildCache<number>('counts');
    const again = vi.fn(() => 0);
    expect(second.get('k', again)).toBe(42);
    expect(again).not.toHaveBeenCalled();
    // A value that is null (no warning) is a stored value too.
    const checks = (await freshModule(root, dir)).buildCache<string | null>('checks');
    const check = vi.fn(() => null);
    expect(checks.get('x', check)).toBeNull();
    expect(checks.get('x', check)).toBeNull();
    expect(check).toHaveBeenCalledTimes(1);
  });

  test('changed code starts afresh: entries of another code version are not used', async () => {
    const root = await project(files);
    const dir = await mkdtemp(join(tmpdir(), 'build-cache-'));
    (await freshModule(root, dir)).buildCache<number>('counts').get('k', () => 1);
    process.emit('exit', 0);
    await writeFile(join(root, 'src/markdown/b.ts'), 'changed');
    expect((await freshModule(root, dir)).buildCache<number>('counts').get('k', () => 2)).toBe(2);
  });

  test('an unreadable cache file is ignored, and a build away from its sources keeps nothing', async () => {
    const root = await project(files);
    const dir = await mkdtemp(join(tmpdir(), 'build-cache-'));
    await writeFile(join(dir, 'counts.json'), '{ not json');
    expect((await freshModule(root, dir)).buildCache<number>('counts').get('k', () => 3)).toBe(3);

    const away = await mkdtemp(join(tmpdir(), 'no-sources-'));
    const other = await mkdtemp(join(tmpdir(), 'build-cache-'));
    const cache = (await freshModule(away, other)).buildCache<number>('counts');
    const make = vi.fn(() => 4);
    cache.get('k', make);
    cache.get('k', make);
    expect(make).toHaveBeenCalledTimes(2);
    process.emit('exit', 0);
    await expect(readFile(join(other, 'counts.json'), 'utf8')).rejects.toThrow();
  });
});
