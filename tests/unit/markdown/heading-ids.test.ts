/**
 * The Markdown processor pages render with must give every heading the id rehype-slug (the
 * reference) gives it, so anchors stay stable for archives migrating from remark/rehype sites.
 */
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { generateCorpus } from '../../../tools/corpus/index.ts';
import { articleMarkdownProcessor, articleRendererOptions } from '../../../src/markdown/processor.ts';
import { markdownBody } from '../../../src/markdown/render.ts';

const reference = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSlug)
  .use(rehypeStringify);
const renderer = await articleMarkdownProcessor.createRenderer(articleRendererOptions);
const ids = (html: string) => [...html.matchAll(/<h[1-6][^>]* id="([^"]*)"/g)].map((match) => match[1]);

async function compare(markdown: string) {
  const ours = ids((await renderer.render(markdown)).code);
  const theirs = ids(String(await reference.process(markdown)));
  return { ours, theirs };
}

describe('heading ids match rehype-slug', () => {
  test('on headings with punctuation, accents, emoji, scripts, code, links and repeats', async () => {
    const markdown = [
      '# China says UN has ‘closed the door’',
      '## What was agreed',
      '## What was agreed',
      '### Zürich’s rôle — “neutral” ground?',
      '## 各方反应',
      '## Москва и Пекин',
      '## Q&A: the 48-page report 🌍',
      '## The `counter-terrorism` clause',
      '## See [the report](https://example.com)',
      '## what-was-agreed',
      '## Ünïcödé   spacing  and_underscores',
    ].join('\n\n');
    const { ours, theirs } = await compare(markdown);
    expect(theirs).toHaveLength(11);
    expect(ours).toEqual(theirs);
  });

  test('on every heading of 300 generated articles', async () => {
    let headings = 0;
    for (const article of generateCorpus({ count: 300, seed: 7 })) {
      const { ours, theirs } = await compare(markdownBody(article.markdown));
      expect(ours, article.relativePath).toEqual(theirs);
      headings += theirs.length;
    }
    expect(headings).toBeGreaterThan(50);
  });
});
