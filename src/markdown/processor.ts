/**
 * The Markdown processor articles render with: Astro's native Sätteri processor with the
 * archive's plugins. astro.config.mjs installs it for Astro; article pages call it directly
 * (src/markdown/render.ts) so the content store never has to hold every rendered body.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { paths } from '../content/site-paths.ts';
import { markExternalLinks, rebaseContentUrls, sanitizeArticleHtml } from './plugins.ts';

export const articleMarkdownProcessor = satteri({
  hastPlugins: [sanitizeArticleHtml, rebaseContentUrls(paths.content), markExternalLinks],
  // Articles carry their own typography (curly quotes, ellipses); never rewrite it.
  features: { smartPunctuation: false },
});

/** The options Astro passes the processor for this site (news has no code to highlight). */
export const articleRendererOptions = { syntaxHighlight: false } as const;
