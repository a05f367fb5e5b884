/**
 * The Astro integration that builds the search index with every `astro build`: it installs a
 * collector before pages are rendered, src/middleware.ts hands it each article page (see
 * handoff.ts), and the build fails on any error Pagefind reports. The index exists only in the
 * build output.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { plural } from '../../i18n/format.ts';
import { markPhase } from '../../build/timer.ts';
import { SearchCollector } from './collector.ts';
import { setSearchSink } from './handoff.ts';

export interface SearchIndexOptions {
  /** Articles per index shard; more shards use less memory while building but cost searches more requests. */
  maxPagesPerShard: number;
}

export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  let outDir = '';
  let collector: SearchCollector | undefined;
  return {
    name: 'news-archive:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        collector = new SearchCollector({ outDir, maxPagesPerShard: options.maxPagesPerShard });
        setSearchSink(collector);
      },
      'astro:build:done': async ({ logger }) => {
        setSearchSink(undefined);
        if (!collector) return;
        const report = await collector.finish();
        collector = undefined;
        // The timings file (BUILD_TIMINGS_FILE) records how long indexing outlasted rendering.
        markPhase('searchIndexed');
        if (report.pages === 0) throw new Error('Search index: no article pages reached the indexer; is src/middleware.ts in place?');
        const shards = report.manifest.shards.length;
        logger.info(
          `Indexed ${plural(report.pages, { one: '{count} article', other: '{count} articles' }, 'en')} for search in ${plural(shards, { one: '{count} shard', other: '{count} shards' }, 'en')}.`,
        );
      },
    },
  };
}
