import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SearchCollector } from '../../src/search/build/collector.ts';
import { builtDir, fixtureBuilds, readPage, ROOT } from '../support/site.ts';
import { $$, parseHtml } from '../support/html.ts';

const SEED = '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) yield join(entry.parentPath, entry.name);
  }
}

describe('the search index', () => {
  test('is written by the normal build into the output, one index per article language', () => {
    const entry = JSON.parse(readFileSync(join(builtDir('fixture-root'), 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([code, index]) => [code, index.page_count]))).toEqual({
      en: 1,
      'en-gb': 1,
      'zh-hans': 1,
    });
  });

  test('is never part of the sources', () => {
    expect(existsSync(join(ROOT, 'public/pagefind'))).toBe(false);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m);
  });

  test('is split into year shards, each a complete Pagefind bundle, when an archive outgrows one', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'shards-'));
    const collector = new SearchCollector({ outDir, maxPagesPerShard: 2 });
    const page = (year: number, word: string) =>
      `<html lang="en"><body><article data-pagefind-body><h1>${word} ${year}</h1><p>${word} report</p></article></body></html>`;
    const pages = [
      [2024, 'alpha'],
      [2024, 'beta'],
      [2024, 'gamma'],
      [2023, 'delta'],
      [2022, 'epsilon'],
    ] as const;
    collector.plan(pages.map(([year]) => year));
    const filters = { topic: [], person: [], place: [], source: [], section: [], organisation: [], year: [], month: [], language: ['en'] };
    for (const [year, word] of pages)
      collector.add({ url: `/${year}/01/01/${word}/`, html: page(year, word), article: { title: word, year, filters } });
    const report = await collector.finish();
    expect(report.pages).toBe(5);
    expect(report.manifest.shards).toEqual([
      { path: 'pagefind/', pages: 3, years: [2024, 2024], languages: { en: 3 } },
      { path: 'pagefind/shard-1/', pages: 2, years: [2022, 2023], languages: { en: 2 } },
    ]);
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind/shards.json'), 'utf8'))).toEqual(report.manifest);
    for (const shard of report.manifest.shards) {
      const entry = JSON.parse(readFileSync(join(outDir, shard.path, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(entry.languages.en?.page_count).toBe(shard.pages);
      expect(existsSync(join(outDir, shard.path, 'pagefind.js'))).toBe(true);
    }
    await rm(outDir, { recursive: true, force: true });
  });

  test('an article gives Pagefind its body, facets, metadata and date sort key', async () => {
    const tree = parseHtml(await readPage('fixture-root', SEED));
    expect($$(tree, '[data-pagefind-body]').map((node) => node.tagName)).toEqual(['article']);
    const filters = $$(tree, '[data-pagefind-filter]').map(
      (node) => `${String(node.properties.dataPagefindFilter)}=${String((node.children[0] as { value?: string })?.value)}`,
    );
    expect(filters).toEqual(
      expect.arrayContaining([
        'person=Zhao Lijian',
        'topic=Xinjiang',
        'place=Geneva',
        'organisation=UN Human Rights Office',
        'section=World',
        'source=The Independent',
        'year=2022',
        'month=2022-09',
        'language=en',
      ]),
    );
    expect($$(tree, '[data-pagefind-sort]').map((node) => node.properties.dataPagefindSort)).toEqual(['date:2022-09-10T00:00:00.000Z']);
    expect($$(tree, '[data-pagefind-meta]').map((node) => node.properties.dataPagefindMeta)).toEqual([
      'date[data-value]',
      'standfirst[data-value]',
      'source[data-value]',
    ]);
  });
});

describe.each(Object.values(fixtureBuilds))('pages under a strict Content-Security-Policy ($name)', (build) => {
  test('carry no inline script or style: every script and stylesheet is a file', () => {
    const inline: string[] = [];
    for (const file of htmlFiles(builtDir(build.name))) {
      for (const script of $$(parseHtml(readFileSync(file, 'utf8')), 'script:not([src]), style, [style]')) {
        // Data blocks (JSON-LD, the search page's strings) are never run, so CSP does not govern them (HTML § 4.12.1.1).
        if (script.tagName === 'script' && ['application/ld+json', 'application/json'].includes(String(script.properties.type))) continue;
        inline.push(`${file}: <${script.tagName}>`);
      }
    }
    expect(inline).toEqual([]);
  });

  test('the search page loads its module from the base path and ships the _headers policy', async () => {
    const html = await readPage(build.name, 'search/');
    expect(html).toMatch(new RegExp(`<script type="module" src="${build.basePath}_astro/[^"]+\\.js"></script>`));
    expect(html).toContain(`data-base="${build.basePath}"`);
    const headers = readFileSync(join(builtDir(build.name), '_headers'), 'utf8');
    expect(headers).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headers).toContain("worker-src 'self' blob:");
  });
});
