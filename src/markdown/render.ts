/**
 * Renders an article's Markdown body when its page is built. Astro's content store keeps only
 * frontmatter (see src/content.config.ts), so bodies are read and rendered one page at a time
 * and never all held in memory together.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { articleFeatures, articleHastPlugins } from './processor.ts';
import { avoidLayoutIds } from './plugins.ts';

/**
 * The body of a Markdown file: everything after its frontmatter block, not trimmed, because
 * leading indentation is Markdown (an indented first line is a code block, CommonMark § 4.4).
 */
export function markdownBody(source: string): string {
  return splitFrontmatter(source).body;
}

/**
 * Renders a Markdown body to HTML with the site's plugins and features plus GitHub-style heading
 * ids (the plugin Astro's processor uses). Through Sätteri directly, not Astro's processor: that
 * one marks images for Astro's image pipeline (`<img __ASTRO_IMAGE_=…>`, without `src` or `alt`),
 * which only Astro's own content rendering turns back into images.
 */
export async function renderMarkdown(markdown: string, fileURL?: URL): Promise<string> {
  const result = await markdownToHtml(markdown, {
    hastPlugins: [...articleHastPlugins, satteriHeadingIdsPlugin(), avoidLayoutIds()],
    features: articleFeatures,
    ...(fileURL && { fileURL }),
  });
  return result.html;
}

/** Reads a Markdown file and renders its body to HTML with the site's processor. */
export async function renderMarkdownFile(filePath: string): Promise<{ markdown: string; html: string }> {
  const markdown = markdownBody(await readFile(filePath, 'utf8'));
  return { markdown, html: await renderMarkdown(markdown, pathToFileURL(filePath)) };
}
