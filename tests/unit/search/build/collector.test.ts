/**
 * Shard rotation in the search collector, with Pagefind's Node API mocked (as Starlight's
 * pagefind tests do), so it runs without the indexer binary.
 */
import { emptyFilters } from '../../../support/search-filters.ts';
import { mkdtemp, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

/** What the fake indexer saw: the pages of each process, in order, and where each was written. */
const indexer = vi.hoisted(() => ({ processes: [] as { urls: string[]; writtenTo?: string }[], open: false, failAdd: '' }));

vi.mock('pagefind', () => ({
  createIndex: async () => {
    if (indexer.open) throw new Error('a second index was opened while one was still running');
    indexer.open = true;
    const process: { urls: string[]; writtenTo?: string } = { urls: [] };
    indexer.processes.push(process);
    return {
      errors: [],
      index: {
        addHTMLFile: async ({ url }: { url: string }) => {
          process.urls.push(url);
          return { errors: url === indexer.failAdd ? ['could not parse'] : [] };
        },
        writeFiles: async ({ outputPath }: { outputPath: string }) => {
          process.writtenTo = outputPath;
          await mkdir(outputPath, { recursive: true });
          await writeFile(join(outputPath, 'wasm.en.pagefind'), 'wasm');
          await writeFile(
            join(outputPath, 'pagefind-entry.json'),
            JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: process.urls.length } } }),
          );
          return { errors: [], outputPath };
        },
      },
    };
  },
  close: async () => {
    indexer.open = false;
  },
}));

const { SearchCollector, SearchIndexError, assertPagefindResponse } = await import('../../../../src/search/build/collector.ts');

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'collector-'));
  indexer.processes = [];
  indexer.open = false;
  indexer.failAdd = '';
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const filters = (topic: string) => emptyFilters({ topic: [topic] });
const page = (year: number, slug: string, topic = 'Politics') => ({
  url: `/${year}/01/01/${slug}/`,
  html: `<p>${slug}</p>`,
  article: { title: `${slug} report`, year, filters: filters(topic) },
});

describe('the search collector', () => {
  test('routes each page to the shard of its year even when pages arrive out of order, one fresh indexer per shard', async () => {
    const collector = new SearchCollector({ outDir, maxPagesPerShard: 2 });
    collector.plan([2024, 2024, 2023, 2023, 2022]);
    // With several pages rendered at once, a 2023 page can overtake the last 2024 one.
    for (const [year, slug] of [
      [2024, 'a'],
      [2023, 'c'],
      [2024, 'b'],
      [2022, 'e'],
      [2023, 'd'],
    ] as const)
      collector.add(page(year, slug));
    const report = await collector.finish();
    expect(indexer.processes.map((process) => [...process.urls].sort())).toEqual([
      ['/2024/01/01/a/', '/2024/01/01/b/'],
      ['/2023/01/01/c/', '/2023/01/01/d/'],
      ['/2022/01/01/e/'],
    ]);
    expect(indexer.processes.map((process) => process.writtenTo)).toEqual([
      join(outDir, 'pagefind/'),
      join(outDir, 'pagefind/shard-1/'),
      join(outDir, 'pagefind/shard-2/'),
    ]);
    expect(report.manifest.shards.map((shard) => [shard.path, shard.pages, shard.years, shard.languages])).toEqual([
      ['pagefind/', 2, [2024, 2024], { en: 2 }],
      ['pagefind/shard-1/', 2, [2023, 2023], { en: 2 }],
      ['pagefind/shard-2/', 1, [2022, 2022], { en: 1 }],
    ]);
    expect(JSON.parse(await readFile(join(outDir, 'pagefind/shards.json'), 'utf8'))).toEqual(report.manifest);
  });

  test('points every later shard at the primary bundle’s WebAssembly', async () => {
    const collector = new SearchCollector({ outDir, maxPagesPerShard: 1 });
    collector.plan([2024, 2023]);
    collector.add(page(2024, 'a'));
    collector.add(page(2023, 'b'));
    await collector.finish();
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind/shard-1/pagefind-entry.json'), 'utf8'));
    expect(new URL(`pagefind/shard-1/wasm.${entry.languages.en.wasm}.pagefind`, 'https://x.example/').pathname).toBe(
      '/pagefind/wasm.en.pagefind',
    );
    expect(existsSync(join(outDir, 'pagefind/wasm.en.pagefind'))).toBe(true);
  });

  test('writes whole-archive facet counts from the facts the pages hand over', async () => {
    const collector = new SearchCollector({ outDir, maxPagesPerShard: 10 });
    collector.plan([2024, 2024, 2023]);
    collector.add(page(2024, 'a', 'Politics'));
    collector.add(page(2024, 'b', 'Climate'));
    collector.add(page(2023, 'c', 'Politics'));
    await collector.finish();
    const totals = JSON.parse(await readFile(join(outDir, 'pagefind/facets.json'), 'utf8'));
    expect(totals.topic).toEqual({ Politics: 2, Climate: 1 });
    expect(totals.language).toEqual({ en: 3 });
  });

  test.each([
    [
      'a page Pagefind rejects',
      (c: InstanceType<typeof SearchCollector>) => {
        indexer.failAdd = '/2024/01/01/a/';
        c.add(page(2024, 'a'));
      },
      /\/2024\/01\/01\/a\/: could not parse/,
    ],
    [
      'a page of a year outside the plan',
      (c: InstanceType<typeof SearchCollector>) => {
        c.add(page(2024, 'a'));
        c.add(page(1999, 'z'));
      },
      /year 1999 is in no planned shard/,
    ],
    ['planned pages that never arrive', () => {}, /planned 1 articles, 0 arrived/],
  ])('fails the build, naming the problem, on %s', async (_, feed, message) => {
    const collector = new SearchCollector({ outDir, maxPagesPerShard: 10 });
    collector.plan([2024]);
    feed(collector);
    await expect(collector.finish()).rejects.toThrow(message);
  });

  test('refuses pages before the plan', () => {
    expect(() => new SearchCollector({ outDir, maxPagesPerShard: 1 }).add(page(2024, 'a'))).toThrow(/before the shard plan/);
  });
});

describe('assertPagefindResponse', () => {
  test('passes a response without errors and throws one naming the step otherwise', () => {
    expect(() => assertPagefindResponse('writing', { errors: [] })).not.toThrow();
    expect(() => assertPagefindResponse('writing', { errors: ['disk full'] })).toThrow(SearchIndexError);
    expect(() => assertPagefindResponse('writing', { errors: ['disk full'] })).toThrow(/writing failed:\n {2}- disk full/);
  });
});
