/**
 * The Markdown processor articles render with: Astro's native Sätteri processor with the
 * archive's plugins. astro.config.mjs installs it for Astro; article pages render through
 * Sätteri directly with the same plugins and features (src/markdown/render.ts), so the content
 * store never has to hold every rendered body.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { Features } from 'satteri';
import { paths } from '../content/site-paths.ts';
import { alignmentClasses, dropUnsafeUrls, markExternalLinks, rebaseContentUrls, sanitiseArticleHtml } from './plugins.ts';

/** The archive's hast plugins, in order: allow-list first, so later plugins see only safe HTML. */
export const articleHastPlugins = [sanitiseArticleHtml, rebaseContentUrls(paths.content), alignmentClasses, markExternalLinks];

/**
 * The same plugins for a body whose raw HTML is cleaned whole after rendering
 * (src/markdown/render.ts): raw blocks pass through as written until then.
 */
export const wholeBodyHastPlugins = [dropUnsafeUrls, rebaseContentUrls(paths.content), alignmentClasses, markExternalLinks];

/**
 * Parser features. Articles carry their own typography (curly quotes, ellipses); never rewrite
 * it. Frontmatter is split off before rendering (src/content/frontmatter.ts), so a body that
 * starts with a `---` line is Markdown (a thematic break or a setext heading), not a second
 * frontmatter block.
 */
export const articleFeatures: Features = { smartPunctuation: false, frontmatter: false };

export const articleMarkdownProcessor = satteri({ hastPlugins: articleHastPlugins, features: articleFeatures });

/** The options Astro passes the processor for this site (news has no code to highlight). */
export const articleRendererOptions = { syntaxHighlight: false } as const;
