/**
 * An archive whose search index is split into year shards searches exactly like one with a
 * single index: same counts, same order by relevance and by date, same facets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { builtDir } from '../support/site.ts';
import { searchCorpusBuilds, shardedSearchBuild } from '../support/search-corpus.ts';

let browser: Browser;
let single: RunningSite;
let sharded: RunningSite;

beforeAll(async () => {
  browser = await launchBrowser();
  single = await serveSite(builtDir(searchCorpusBuilds.sub.name), '/archive/');
  sharded = await serveSite(builtDir(shardedSearchBuild.name), '/archive/');
});
afterAll(async () => {
  await browser?.close();
  await single?.close();
  await sharded?.close();
});

async function resultsAt(site: RunningSite, query: string): Promise<{ status: string; links: (string | null)[]; facet: string }> {
  const page: Page = await browser.newPage();
  await page.goto(`${site.url}search/?${query}`);
  await page.waitForFunction(() => document.querySelector('[data-search-page]')?.getAttribute('data-state') === 'done');
  const status = await page.locator('#search-status').innerText();
  const links = await page
    .locator('.search-result__title a')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  const facet = await page.locator('.search-facets').innerText();
  await page.close();
  return { status, links, facet };
}

describe('a search index split into shards', () => {
  test('is written as several shards covering consecutive years', () => {
    const manifest = JSON.parse(readFileSync(join(builtDir(shardedSearchBuild.name), 'pagefind/shards.json'), 'utf8')) as {
      shards: { years: [number, number]; pages: number }[];
    };
    expect(manifest.shards.length).toBeGreaterThanOrEqual(3);
    expect(manifest.shards.reduce((sum, shard) => sum + shard.pages, 0)).toBe(300);
    for (const [index, shard] of manifest.shards.entries()) {
      const older = manifest.shards[index + 1];
      if (older) expect(older.years[1]).toBeLessThan(shard.years[0]);
    }
  });

  test.each([
    ['newest first', 'q=government&sort=newest'],
    ['oldest first', 'q=government&sort=oldest'],
    ['by relevance', 'q=Geneva'],
    ['filtered by year range', 'q=government&year_from=2005&year_to=2012&sort=newest'],
  ])('gives the same results as a single index, %s', async (_, query) => {
    const one = await resultsAt(single, query);
    const many = await resultsAt(sharded, query);
    expect(one.links.length).toBeGreaterThan(0);
    expect(many.status).toBe(one.status);
    expect(many.facet).toBe(one.facet);
    // Date order is exact across shards. Relevance is not: each shard scores with its own word
    // statistics (docs/search.md), so only the matches and their counts are compared.
    if (query.includes('sort=')) expect(many.links).toEqual(one.links);
    else expect(many.links).toHaveLength(one.links.length);
  });
});
