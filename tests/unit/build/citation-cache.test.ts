import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cslItem } from '../../../src/outputs/citation.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';

const item = cslItem(createArticleSchema({ timeZone: 'UTC' }).parse({ title: 'Talks stall', date: '2023-03-15', source: 'Example Wire' }), {
  url: 'https://news.example/2023/03/15/talks/',
  siteTitle: 'The News Archive',
  lang: 'en',
  day: { year: '2023', month: '03', day: '15' },
  id: 'talks',
});

/** The cache module afresh, reading ASTRO_CACHE_DIR=dir, as a new build process would. */
async function freshCache(dir: string) {
  vi.resetModules();
  vi.stubEnv('ASTRO_CACHE_DIR', dir);
  return import('../../../src/build/citation-cache.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('citationsFor', () => {
  test('formats on a miss, saves what the build used when the process exits, and reads it back next build', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citations-'));
    const first = await freshCache(dir);
    const formatted = await first.citationsFor(item, 'en-US');
    expect(formatted.apa).toBe('Example Wire. (2023, March 15). Talks stall. Example Wire. https://news.example/2023/03/15/talks/');
    process.emit('exit', 0);
    const saved = JSON.parse(await readFile(join(dir, 'citations.json'), 'utf8')) as { version: string; entries: Record<string, unknown> };
    const keys = Object.keys(saved.entries);
    expect(keys).toHaveLength(1);
    // A second build takes the stored text as it is, without formatting again.
    saved.entries[keys[0]!] = { apa: 'from the cache', mla: 'm', chicago: 'c' };
    await writeFile(join(dir, 'citations.json'), JSON.stringify(saved));
    expect((await (await freshCache(dir)).citationsFor(item, 'en-US')).apa).toBe('from the cache');
  }, 60_000);

  test('a cache written by another engine version, or an unreadable one, is ignored', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citations-'));
    await writeFile(join(dir, 'citations.json'), JSON.stringify({ version: 'old', entries: {} }));
    expect((await (await freshCache(dir)).citationsFor(item, 'en-US')).apa).toMatch(/^Example Wire\. \(2023/);
    await writeFile(join(dir, 'citations.json'), '{ not json');
    expect((await (await freshCache(dir)).citationsFor(item, 'en-US')).apa).toMatch(/^Example Wire\. \(2023/);
  }, 60_000);

  test('a different locale is a different entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citations-'));
    const cache = await freshCache(dir);
    expect((await cache.citationsFor(item, 'en-US')).apa).toContain('March');
    expect((await cache.citationsFor(item, 'de-DE')).apa).toContain('März');
  }, 60_000);

  test('prefetched items come from the worker thread, in the same words as the main thread’s', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citations-'));
    const cache = await freshCache(dir);
    const { formatCitations } = await import('../../../src/outputs/citation-engine.ts');
    const items = ['Talks stall', 'Talks resume', 'Talks end'].map((title, index) => ({ ...item, id: `t${index}`, title }));
    const warn = vi.spyOn(console, 'warn');
    cache.prefetchCitations(() => items, 'fr-FR');
    // Later calls (every article page makes one) do not list the items again.
    cache.prefetchCitations(() => {
      throw new Error('listed twice');
    }, 'fr-FR');
    for (const one of items) expect(await cache.citationsFor(one, 'fr-FR')).toEqual(formatCitations(one, 'fr-FR'));
    // A worker that failed would have said so and left the formatting to the main thread.
    expect(warn).not.toHaveBeenCalled();
  }, 60_000);
});
