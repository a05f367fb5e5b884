import { describe, expect, test } from 'vitest';
import { LAYOUT_IDS } from '../../../src/markdown/plugins.ts';
import { renderMarkdown } from '../../../src/markdown/render.ts';

describe('body ids never repeat the layout’s', () => {
  test.each([...LAYOUT_IDS])('a heading that slugs to “%s” gets a numbered id, and links to it follow', async (id) => {
    const words = id.replace(/-/g, ' ');
    const html = await renderMarkdown(`[see below](#${id})\n\n## ${words}\n\nText.`);
    expect(html).toContain(`id="${id}-1"`);
    expect(html).toContain(`href="#${id}-1"`);
    expect(html).not.toMatch(new RegExp(`id="${id}"`));
  });

  test.each([
    ['raw HTML', '<div id="main">Boxed</div>', 'id="main-1"'],
    ['other headings stay as rehype-slug names them', '## Main points', 'id="main-points"'],
  ])('%s', async (_, markdown, expected) => {
    expect(await renderMarkdown(markdown)).toContain(expected);
  });
});

describe('body ids never repeat the footnotes’ own', () => {
  const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  test.each([
    ['Footnote label', 'footnote-label-1'],
    ['User content fn 1', 'user-content-fn-1-1'],
    ['User content fnref 1', 'user-content-fnref-1-1'],
  ])('a heading “%s” beside footnotes gets its own id, and the notes keep theirs', async (heading, expected) => {
    const html = await renderMarkdown(`## ${heading}\n\nA claim.[^1]\n\n[^1]: The source.\n`);
    expect(ids(html)).toContain(expected);
    expect(new Set(ids(html)).size).toBe(ids(html).length);
    // The references still name the footnotes' hidden label, which keeps its id.
    expect(html).toContain('aria-describedby="footnote-label"');
    expect(html).toMatch(/<h2 class="sr-only" id="footnote-label">/);
  });

  test.each([
    ['a heading that merely starts alike', '## Footnote labels', 'footnote-labels'],
    ['a paragraph id in raw HTML is not a heading', '<p id="user-content-fn-x">Kept</p>', undefined],
  ])('%s', async (_, markdown, expected) => {
    const html = await renderMarkdown(markdown);
    if (expected) expect(ids(html)).toContain(expected);
    else expect(html).not.toMatch(/-1"/);
  });
});
