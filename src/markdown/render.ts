/**
 * Renders an article's Markdown body when its page is built. Astro's content store keeps only
 * frontmatter (see src/content.config.ts), so bodies are read and rendered one page at a time
 * and never all held in memory together.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { articleMarkdownProcessor, articleRendererOptions } from './processor.ts';

let renderer: ReturnType<typeof articleMarkdownProcessor.createRenderer> | undefined;

/**
 * The body of a Markdown file: everything after its frontmatter block, not trimmed, because
 * leading indentation is Markdown (an indented first line is a code block, CommonMark § 4.4).
 */
export function markdownBody(source: string): string {
  return splitFrontmatter(source).body;
}

/** Reads a Markdown file and renders its body to HTML with the site's processor. */
export async function renderMarkdownFile(filePath: string): Promise<{ markdown: string; html: string }> {
  const markdown = markdownBody(await readFile(filePath, 'utf8'));
  renderer ??= articleMarkdownProcessor.createRenderer(articleRendererOptions);
  const result = await (await renderer).render(markdown, { frontmatter: {}, fileURL: pathToFileURL(filePath) });
  return { markdown, html: result.code };
}
