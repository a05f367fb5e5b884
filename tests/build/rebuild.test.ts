/**
 * A rebuild equals a clean build: a second build that reuses the first one's Astro cache after a
 * setting changed must write the same bytes as a build from an empty cache with that setting.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, ROOT } from '../support/site.ts';

/**
 * Every file of a build by its path, except Pagefind's index: the indexer adds pages in the order
 * they finish rendering (four at a time), so its binary chunks differ between two clean builds of
 * the same input; what it indexes comes from the pages compared here.
 */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || relative(dir, entry.parentPath).split('/')[0] === 'pagefind') continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return files;
}

const before = { TIME_ZONE: 'UTC', SITE_LANG: 'en', BASE_PATH: '/', CONTENT_DIR: 'tests/fixtures/dates' };

// [setting, value of the second build]
const changes: [keyof typeof before, string][] = [
  ['TIME_ZONE', 'America/New_York'],
  ['SITE_LANG', 'fr'],
  ['BASE_PATH', '/archive/'],
  ['CONTENT_DIR', 'tests/fixtures/archive'],
];

describe('a rebuild with the previous build’s cache', () => {
  test.each(changes)('after changing %s to %s writes the same bytes as a clean build', async (setting, value) => {
    const name = `rebuild-${setting.toLowerCase()}`;
    const cache = join(ROOT, '.tmp/cache', name);
    await rm(cache, { recursive: true, force: true });
    const build = async (suffix: string, env: Record<string, string>, cacheDir: string) => {
      const { CONTENT_DIR, BASE_PATH, ...rest } = env;
      const result = await buildSite({
        name: `${name}-${suffix}`,
        contentDir: CONTENT_DIR!,
        basePath: BASE_PATH!,
        env: { ...rest, ASTRO_CACHE_DIR: cacheDir },
      });
      if (result.code !== 0) throw new Error(`Building ${name}-${suffix} failed:\n${result.output}`);
      return result.outDir;
    };
    await build('first', before, cache);
    const after = { ...before, [setting]: value };
    const rebuilt = await filesOf(await build('second', after, cache));
    const cleanCache = `${cache}-clean`;
    await rm(cleanCache, { recursive: true, force: true });
    const clean = await filesOf(await build('clean', after, cleanCache));

    expect([...rebuilt.keys()].sort()).toEqual([...clean.keys()].sort());
    const differing = [...clean].filter(([file, bytes]) => !rebuilt.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
