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
