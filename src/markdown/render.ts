/**
 * Renders an article's Markdown body when its page is built. Astro's content store keeps only
 * frontmatter (see src/content.config.ts), so bodies are read and rendered one page at a time
 * and never all held in memory together.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { articleFeatures, wholeBodyHastPlugins } from './processor.ts';
import { avoidLayoutIds } from './plugins.ts';
import { sanitiseArticleBody } from './sanitise.ts';

/** Anything that could start raw HTML (CommonMark §§ 4.6, 6.6): a `<` before a letter, `/`, `!` or `?`. */
const MAY_HOLD_HTML = /<[A-Za-z/!?]/;

/**
 * The body of a Markdown file: everything after its frontmatter block, not trimmed, because
 * leading indentation is Markdown (an indented first line is a code block, CommonMark § 4.4).
 */
export function markdownBody(source: string): string {
  return splitFrontmatter(source).body;
}

/**
 * A Markdown file's text (UTF-8), read at once. Synchronously on purpose: an article is a few
 * KiB, and `fs/promises` `readFile` takes four round trips through libuv's thread pool (open,
 * fstat, read, close), which cost the rendering thread about 3 s of a 50 s CPU profile of the
 * 10,000-article build, against well under 1 s for one blocking read each.
 * @throws Error from the file system when the file cannot be read.
 */
export function readMarkdownFile(filePath: string): string {
  return readFileSync(filePath, 'utf8');
}

/**
 * Renders a Markdown body to HTML with the site's plugins and features plus GitHub-style heading
 * ids (the plugin Astro's processor uses), its raw HTML cleaned by the article allow-list. Through Sätteri directly, not Astro's processor: that
 * one marks images for Astro's image pipeline (`<img __ASTRO_IMAGE_=…>`, without `src` or `alt`),
 * which only Astro's own content rendering turns back into images.
 */
export async function renderMarkdown(markdown: string, fileURL?: URL): Promise<string> {
  const result = await markdownToHtml(markdown, {
    hastPlugins: [...wholeBodyHastPlugins, satteriHeadingIdsPlugin(), avoidLayoutIds()],
    features: articleFeatures,
    ...(fileURL && { fileURL }),
  });
  // Raw HTML is cleaned once over the whole body, as a browser would parse it. A body without any
  // skips the pass, which costs five times the rendering itself (0.9 ms against 0.17 ms for the
  // demo's 2.3 KiB bodies, .tmp measurement on this machine).
  return MAY_HOLD_HTML.test(markdown) ? sanitiseArticleBody(result.html) : result.html;
}

/**
 * Reads a Markdown file and renders its body to HTML with the site's processor.
 * @throws Error from the file system when the file cannot be read.
 */
export async function renderMarkdownFile(filePath: string): Promise<{ markdown: string; html: string }> {
  const markdown = markdownBody(readMarkdownFile(filePath));
  return { markdown, html: await renderMarkdown(markdown, pathToFileURL(filePath)) };
}
