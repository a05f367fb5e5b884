import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { parseHtml } from '../../../../tools/import/html.ts';
import { stringifyBody } from '../../../../tools/import/markdown.ts';
import { buildArticle } from '../../../../tools/import/article.ts';
import { parseText } from '../../../../tools/import/text.ts';
import { readFixture } from './helpers.ts';

/** Every node of a Markdown tree, depth first. */
function nodes(tree: Nodes): Nodes[] {
  return [tree, ...('children' in tree ? (tree.children as Nodes[]).flatMap(nodes) : [])];
}

describe('hostile HTML', async () => {
  const html = await readFixture('hostile.html');
  const markdown = buildArticle(parseHtml(html), { timeZone: 'UTC', date: '2022-09-10' }).markdown;
  const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(markdown) as Root;

  test('no raw HTML reaches the Markdown', () => {
    expect(nodes(tree).filter((node) => node.type === 'html')).toEqual([]);
  });
  test('no script, style, iframe, object, svg, noscript, template or form content survives, not even as text', () => {
    for (const marker of [
      'SCRIPT-TEXT',
      'STYLE-TEXT',
      'NOSCRIPT-TEXT',
      'SVG-TEXT',
      'OBJECT-FALLBACK',
      'INPUT-VALUE',
      'TEMPLATE-TEXT',
      'MATH-TEXT',
      'srcdoc',
      "alert('head')",
      "alert('inline')",
    ]) {
      expect(markdown).not.toContain(marker);
    }
  });
  test('no javascript:, vbscript: or data: URL survives in links or images', () => {
    const urls = nodes(tree).flatMap((node) => (node.type === 'link' || node.type === 'image' ? [node.url] : []));
    expect(urls).toEqual(['https://img.example.com/x.png', 'https://safe.example.com/']);
    expect(markdown).not.toMatch(/javascript:|vbscript:|data:/i);
  });
  test('no event handler or style attribute survives', () => {
    // The one paragraph that quotes markup as text is allowed to mention onerror.
    const outsideQuotedMarkup = markdown.replace(/^Escaped markup.*$/m, '');
    expect(outsideQuotedMarkup).not.toMatch(/on(error|load|click|mouseover)/i);
    expect(markdown).not.toContain('background');
  });
  test('link texts of removed links stay readable', () => {
    expect(markdown).toContain(
      'javascript link, mixed case, entity encoded, leading space, data link, vbscript and [a safe link](https://safe.example.com/)',
    );
  });
  test('markup written as text in the page stays escaped text', () => {
    const paragraph = nodes(tree).find((node) => node.type === 'text' && node.value.startsWith('Escaped markup'));
    expect(paragraph && 'value' in paragraph ? paragraph.value : '').toBe(
      "Escaped markup stays text: <script>alert('text')</script> and <img src=x onerror=alert(1)>.",
    );
  });
  test('strips <style> contents instead of turning CSS into text', () => {
    const body = stringifyBody(parseHtml('<title>T</title><article><style>p{color:red}</style><p>Text</p></article>').body);
    expect(body).toBe('Text\n');
  });
});

describe('hostile plain text', () => {
  test('HTML typed into a text file is escaped, never raw HTML', () => {
    const parsed = parseText('Title\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    const markdown = buildArticle(parsed, { timeZone: 'UTC', date: '2022-09-10', entities: false }).markdown;
    const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(markdown) as Root;
    expect(nodes(tree).filter((node) => node.type === 'html')).toEqual([]);
  });
});
