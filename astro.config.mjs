// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.ts';
import { markExternalLinks, sanitizeArticleHtml } from './src/markdown/plugins.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

// Deploy-time settings (SITE_URL, BASE_PATH, CONTENT_DIR, TIME_ZONE…) are read in src/site.ts.
export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Per-checkout cache, so builds of several archives or checkouts never share a content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro/cache',
  // Styles and scripts always ship as files, so the strict Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [pagefindIntegration()],
  markdown: {
    processor: satteri({
      hastPlugins: [sanitizeArticleHtml, markExternalLinks],
      // Articles carry their own typography (curly quotes, ellipses); never rewrite it.
      features: { smartPunctuation: false },
    }),
  },
});
