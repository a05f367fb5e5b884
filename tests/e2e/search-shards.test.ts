/**
 * An archive whose search index is split into five year shards searches like the same archive
 * with one index: same counts, same date order, same facets, same top results for a word (and
 * nearly the same for several); and all
 * shards run on one Pagefind runtime (one script, one worker, one WebAssembly download).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { builtDir } from '../support/site.ts';
import { SHARD_CORPUS, SHARD_COUNT, publishedCorpus, shardComparisonBuilds } from '../support/search-corpus.ts';
import type { ShardManifest } from '../../src/search/shards.ts';
import { searchSettled } from '../support/search-page.ts';

let browser: Browser;
let single: RunningSite;
let sharded: RunningSite;

beforeAll(async () => {
  browser = await launchBrowser();
  single = await serveSite(builtDir(shardComparisonBuilds.single.name), '/archive/');
  sharded = await serveSite(builtDir(shardComparisonBuilds.sharded.name), '/archive/');
});
afterAll(async () => {
  await browser?.close();
  await single?.close();
  await sharded?.close();
});

interface Seen {
  status: string;
  links: (string | null)[];
  facets: string;
  /** Every URL the page and its worker requested. */
  requests: string[];
}

async function searchAt(site: RunningSite, query: string): Promise<Seen> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => void requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.url}search/?${query}`);
  await searchSettled(page);
  const status = await page.locator('#search-status').innerText();
  const links = await page
    .locator('.search-result__title a')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  const facets = await page.locator('.search-facets').innerText();
  await page.close();
  return { status, links, facets, requests };
}

const pathOf = (link: string | null) => (link ?? '').split('#')[0];

describe('a search index split into five shards', () => {
  const articles = publishedCorpus(SHARD_CORPUS, '/archive/');
  const topics = new Map<string, number>();
  for (const article of articles) for (const topic of article.data.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
  const topic = [...topics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];

  test('is written as five shards of whole, consecutive years, newest first, holding every article', () => {
    const manifest = JSON.parse(
      readFileSync(join(builtDir(shardComparisonBuilds.sharded.name), 'pagefind/shards.json'), 'utf8'),
    ) as ShardManifest;
    expect(manifest.shards).toHaveLength(SHARD_COUNT);
    expect(manifest.shards.reduce((sum, shard) => sum + shard.pages, 0)).toBe(articles.length);
    for (const [index, shard] of manifest.shards.entries()) {
      const inShard = articles.filter(
        (article) => Number(article.day.year) >= shard.years[0] && Number(article.day.year) <= shard.years[1],
      );
      expect(inShard).toHaveLength(shard.pages);
      const older = manifest.shards[index + 1];
      if (older) expect(older.years[1]).toBeLessThan(shard.years[0]);
    }
  });

  test.each([
    ['newest first', 'q=government&sort=newest', 'links'],
    ['oldest first', 'q=government&sort=oldest', 'links'],
    ['browsing a facet, newest first', `topic=${encodeURIComponent(topic)}`, 'links'],
    ['by relevance', 'q=Geneva', 'set'],
    ['by relevance, two words', 'q=election+minister', 'most'],
    ['filtered by year range', `q=government&year_from=2010&year_to=2018&sort=newest`, 'links'],
  ])('gives the same count, facets and results as one index, %s', async (_, query, compare) => {
    const one = await searchAt(single, query);
    const many = await searchAt(sharded, query);
    expect(one.links.length).toBeGreaterThan(0);
    expect(many.status).toBe(one.status);
    expect(many.facets).toBe(one.facets);
    if (compare === 'links') expect(many.links.map(pathOf)).toEqual(one.links.map(pathOf));
    else if (compare === 'set') expect(new Set(many.links.map(pathOf))).toEqual(new Set(one.links.map(pathOf)));
    // Several words: each word is rescaled to whole-archive weights on its own, but Pagefind's
    // score of a phrase is not exactly the sum of its words' scores, so near-ties at the bottom
    // of the first page may differ (docs/search.md).
    else expect(many.links.map(pathOf).filter((link) => one.links.map(pathOf).includes(link)).length).toBeGreaterThanOrEqual(8);
  });

  test('loads one Pagefind script, one worker and one WebAssembly module for all shards', async () => {
    const seen = await searchAt(sharded, 'q=government');
    const count = (pattern: RegExp) => new Set(seen.requests.filter((path) => pattern.test(path))).size;
    expect(count(/\/pagefind\.js$/)).toBe(1);
    expect(count(/\/pagefind-worker\.js$/)).toBe(1);
    expect(count(/\/wasm\.[\w-]+\.pagefind$/)).toBe(1);
    // Every shard was searched.
    expect(count(/\/pagefind-entry\.json$/)).toBe(SHARD_COUNT);
  });
});
