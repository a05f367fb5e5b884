/**
 * The Astro integration that builds the search index with every `astro build`: it starts a
 * collector before pages are rendered, src/middleware.ts hands it each article page, and the
 * build fails on any error Pagefind reports. The index exists only in the build output.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { counted } from '../../i18n/en.ts';
import { plural } from '../../i18n/format.ts';
import { markPhase } from '../../build/timer.ts';
import { SearchCollector, activeCollector, setActiveCollector } from './collector.ts';

export interface SearchIndexOptions {
  base: string;
  /** Pages per index shard; more shards use less memory while building but cost searches more requests. */
  maxPagesPerShard: number;
}

export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  let outDir = '';
  return {
    name: 'news-archive:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        setActiveCollector(new SearchCollector({ outDir, base: options.base, maxPagesPerShard: options.maxPagesPerShard }));
      },
      'astro:build:done': async ({ logger }) => {
        const collector = activeCollector();
        setActiveCollector(undefined);
        if (!collector) return;
        const started = performance.now();
        const report = await collector.finish();
        markPhase('searchIndexed');
        if (report.pages === 0) throw new Error('Search index: no article pages reached the indexer; is src/middleware.ts in place?');
        const shards = report.manifest.shards.length;
        logger.info(
          `Indexed ${report.pages} articles for search in ${plural(shards, counted.shards, 'en')} (${((performance.now() - started) / 1000).toFixed(1)} s after rendering).`,
        );
      },
    },
  };
}
