/**
 * Astro's native Markdown processor must give headings the same ids as rehype-slug, the
 * reference, so anchors stay stable for archives migrating from a remark/rehype site.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { readPage } from '../support/site.ts';
import { $$, parseHtml } from '../support/html.ts';

const reference = unified().use(remarkParse).use(remarkFrontmatter).use(remarkRehype).use(rehypeSlug).use(rehypeStringify);

async function referenceIds(file: string): Promise<string[]> {
  const html = String(await reference.process(await readFile(file, 'utf8')));
  return [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((match) => match[1]!);
}

function builtIds(html: string): string[] {
  return $$(parseHtml(html), '.article__body :is(h1, h2, h3, h4, h5, h6)').map((heading) => String(heading.properties.id));
}

describe('heading ids', () => {
  test.each([
    ['tests/fixtures/archive/2023/03/every-field.md', '2023/03/15/zurich-talks-stall/'],
    ['tests/fixtures/archive/2023/03/xinjiang-zh.md', '2023/03/02/xinjiang-zh/'],
  ])('in %s match rehype-slug exactly', async (file, page) => {
    const expected = await referenceIds(file);
    expect(expected.length).toBeGreaterThan(0);
    expect(builtIds(await readPage('fixture-root', page))).toEqual(expected);
  });
});
