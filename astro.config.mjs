// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.ts';
import { articleMarkdownProcessor, articleRendererOptions } from './src/markdown/processor.ts';
import { buildTimer } from './src/build/timer.ts';
import { searchIndex } from './src/search/build/integration.ts';

// Deploy-time settings (SITE_URL, BASE_PATH, CONTENT_DIR, TIME_ZONE…) are read in src/site.ts.
export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Per-checkout cache, so builds of several archives or checkouts never share a content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro/cache',
  // Styles and scripts always ship as files, so the strict Content-Security-Policy needs no 'unsafe-inline'.
  // Several pages in flight at once, so file writes and the indexer's I/O overlap rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // sitemap-index.xml for every page; the Google News sitemap is src/pages/sitemap-news.xml.ts.
  // Astro's output less its line per page when the build command shows progress instead (src/build/log.ts).
  logger: { entrypoint: './src/build/log.ts' },
  integrations: [buildTimer(), sitemap(), searchIndex({ maxPagesPerShard: site.searchShardPages })],
  markdown: {
    processor: articleMarkdownProcessor,
    ...articleRendererOptions,
  },
});
