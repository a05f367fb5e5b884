/**
 * The CommonMark spec's examples (the `commonmark-spec` package, spec 0.31.2), rendered through
 * the article path (src/markdown/render.ts: the allow-list, URL rebasing, alignment classes,
 * external-link marking, heading ids). Raw-HTML sections are left out: the allow-list changes raw
 * HTML on purpose. The rest must match the spec after removing the archive's intended additions,
 * and no example may lose text.
 */
import { createRequire } from 'node:module';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/render.ts';

interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
const RAW_HTML_SECTIONS = new Set(['HTML blocks', 'Raw HTML']);
// The spec writes tabs as "→" in its examples; its own runner turns them back into tabs.
const examples = spec.tests
  .filter((example) => !RAW_HTML_SECTIONS.has(example.section))
  .map((example) => ({ ...example, markdown: example.markdown.replaceAll('→', '\t'), html: example.html.replaceAll('→', '\t') }));

/**
 * The archive's intended differences from the spec's HTML, removed before comparing:
 * - headings get GitHub-style ids (`id="…"`), for anchors;
 * - links to other sites get `rel="noopener noreferrer"` and `class="external"`;
 * - whitespace-only text between block elements, which the spec's own test runner also ignores.
 */
function normalise(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const clean = (nodes: RootContent[]): RootContent[] =>
    nodes
      .filter((node) => !(node.type === 'text' && node.value.trim() === '' && /\n/.test(node.value)))
      .map((node) => {
        if (node.type !== 'element') return node;
        const element: Element = { ...node, properties: { ...node.properties }, children: clean(node.children) as Element['children'] };
        if (/^h[1-6]$/.test(element.tagName)) delete element.properties.id;
        // GitHub's task-list classes, which the GFM spec's HTML leaves out.
        if (Array.isArray(element.properties.className)) {
          element.properties.className = element.properties.className.filter((name) => !String(name).includes('task-list'));
          if (element.properties.className.length === 0) delete element.properties.className;
        }
        if (element.tagName === 'a' && Array.isArray(element.properties.className) && element.properties.className.includes('external')) {
          delete element.properties.rel;
          delete element.properties.className;
        }
        // Attribute order carries no meaning.
        element.properties = Object.fromEntries(Object.entries(element.properties).sort(([a], [b]) => a.localeCompare(b)));
        return element;
      });
  return toHtml({ type: 'root', children: clean(tree.children) });
}

/** The text a reader sees, without spaces, for the "no text lost" check. */
const visibleText = (html: string) =>
  toHtml(fromHtml(html, { fragment: true }))
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z#0-9]+;/gi, '')
    .replace(/\s+/g, '');

/**
 * Examples whose CommonMark output the article path differs from on purpose, each with its reason.
 * GFM (on for articles: tables, strikethrough, task lists, footnotes, autolink literals) turns bare
 * URLs and e-mail addresses into links (GFM spec § 6.9, "Autolinks (extension)"); the GFM spec
 * gives these five inputs exactly the output rendered here, so they count as passing.
 */
const GFM_AUTOLINK_LITERALS = [602, 606, 608, 611, 612];
/** The allow-list's intended differences (src/markdown/sanitise.ts); none loses visible text. */
const SANITISER_DIFFERENCES = [
  // An inline tag that is not on the allow-list (`<bar>`, `<foo\nbar>`, `<bar attr="…">`) is removed.
  201, 491, 524, 536,
  // Autolinks with schemes other than http(s) and mailto keep their text but lose the link.
  596, 598, 599, 601,
];
const EXPECTED_DIFFERENCES = [...SANITISER_DIFFERENCES, ...GFM_AUTOLINK_LITERALS].sort((a, b) => a - b);

const results = await Promise.all(examples.map(async (example) => ({ example, html: await renderMarkdown(example.markdown) })));

describe('CommonMark spec examples outside the raw-HTML sections', () => {
  test('there are 588 of them', () => {
    expect(examples).toHaveLength(588);
  });

  test('at least 580 of 588 render as the spec says (GFM autolink literals as GFM says); only the listed ones differ', () => {
    const failing = results.filter(({ example, html }) => normalise(html) !== normalise(example.html));
    expect(failing.map(({ example }) => example.number).join(' '), `${588 - failing.length}/588 pass`).toBe(EXPECTED_DIFFERENCES.join(' '));
    expect(588 - SANITISER_DIFFERENCES.length).toBeGreaterThanOrEqual(580);
  });

  test.each(results.map(({ example, html }) => [example.number, example.section, example, html] as const))(
    'example %i (%s) loses no text',
    (_number, _section, example, html) => {
      const expected = visibleText(example.html);
      const got = visibleText(html);
      for (const char of new Set(expected)) expect(got.split(char).length, `“${char}”`).toBeGreaterThanOrEqual(expected.split(char).length);
    },
  );
});

/**
 * GFM's extension examples (GitHub Flavored Markdown spec 0.29: tables, task list items,
 * strikethrough, autolinks), with the spec's HTML except where the archive differs on purpose:
 * column alignment is a class (`align-center`), not `align="center"`, because the CSP blocks inline
 * styles and `align` is obsolete HTML.
 */
const GFM_EXAMPLES: [number, string, string][] = [
  [
    198,
    '| foo | bar |\n| --- | --- |\n| baz | bim |\n',
    '<table><thead><tr><th>foo</th><th>bar</th></tr></thead><tbody><tr><td>baz</td><td>bim</td></tr></tbody></table>',
  ],
  [
    199,
    '| abc | defghi |\n:-: | -----------:\nbar | baz\n',
    '<table><thead><tr><th class="align-center">abc</th><th class="align-right">defghi</th></tr></thead><tbody><tr><td class="align-center">bar</td><td class="align-right">baz</td></tr></tbody></table>',
  ],
  [
    200,
    '| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n',
    '<table><thead><tr><th>f|oo</th></tr></thead><tbody><tr><td>b <code>|</code> az</td></tr><tr><td>b <strong>|</strong> im</td></tr></tbody></table>',
  ],
  [
    201,
    '| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n',
    '<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td><td>baz</td></tr></tbody></table><blockquote><p>bar</p></blockquote>',
  ],
  [
    202,
    '| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n',
    '<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td><td>baz</td></tr><tr><td>bar</td><td></td></tr></tbody></table><p>bar</p>',
  ],
  [203, '| abc | def |\n| --- |\n| bar |\n', '<p>| abc | def |\n| --- |\n| bar |</p>'],
  [
    204,
    '| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n',
    '<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td><td></td></tr><tr><td>bar</td><td>baz</td></tr></tbody></table>',
  ],
  [205, '| abc | def |\n| --- | --- |\n', '<table><thead><tr><th>abc</th><th>def</th></tr></thead></table>'],
  [
    279,
    '- [ ] foo\n- [x] bar\n',
    '<ul><li><input disabled type="checkbox"> foo</li><li><input checked disabled type="checkbox"> bar</li></ul>',
  ],
  [
    280,
    '- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n',
    '<ul><li><input checked disabled type="checkbox"> foo\n<ul><li><input disabled type="checkbox"> bar</li><li><input checked disabled type="checkbox"> baz</li></ul></li><li><input disabled type="checkbox"> bim</li></ul>',
  ],
  [491, '~~Hi~~ Hello, ~there~ world!\n', '<p><del>Hi</del> Hello, <del>there</del> world!</p>'],
  [492, 'This ~~has a\n\nnew paragraph~~.\n', '<p>This ~~has a</p><p>new paragraph~~.</p>'],
  [493, 'This will ~~~not~~~ strike.\n', '<p>This will ~~~not~~~ strike.</p>'],
  [621, 'www.commonmark.org\n', '<p><a href="http://www.commonmark.org">www.commonmark.org</a></p>'],
  [
    622,
    'Visit www.commonmark.org/help for more information.\n',
    '<p>Visit <a href="http://www.commonmark.org/help">www.commonmark.org/help</a> for more information.</p>',
  ],
  [
    623,
    'Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.\n',
    '<p>Visit <a href="http://www.commonmark.org">www.commonmark.org</a>.</p><p>Visit <a href="http://www.commonmark.org/a.b">www.commonmark.org/a.b</a>.</p>',
  ],
  [
    624,
    'www.google.com/search?q=Markup+(business)\n\nwww.google.com/search?q=Markup+(business)))\n\n(www.google.com/search?q=Markup+(business))\n\n(www.google.com/search?q=Markup+(business)\n',
    '<p><a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a></p><p><a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a>))</p><p>(<a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a>)</p><p>(<a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a></p>',
  ],
  [
    625,
    'www.google.com/search?q=(business))+ok\n',
    '<p><a href="http://www.google.com/search?q=(business))+ok">www.google.com/search?q=(business))+ok</a></p>',
  ],
  [
    626,
    'www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;\n',
    '<p><a href="http://www.google.com/search?q=commonmark&amp;hl=en">www.google.com/search?q=commonmark&amp;hl=en</a></p><p><a href="http://www.google.com/search?q=commonmark">www.google.com/search?q=commonmark</a>&amp;hl;</p>',
  ],
  [627, 'www.commonmark.org/he<lp\n', '<p><a href="http://www.commonmark.org/he">www.commonmark.org/he</a>&lt;lp</p>'],
  [
    628,
    'http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))\n',
    '<p><a href="http://commonmark.org">http://commonmark.org</a></p><p>(Visit <a href="https://encrypted.google.com/search?q=Markup+(business)">https://encrypted.google.com/search?q=Markup+(business)</a>)</p>',
  ],
  [629, 'foo@bar.baz\n', '<p><a href="mailto:foo@bar.baz">foo@bar.baz</a></p>'],
  [
    630,
    "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.\n",
    '<p>hello@mail+xyz.example isn’t valid, but <a href="mailto:hello+xyz@mail.example">hello+xyz@mail.example</a> is.</p>'.replace(
      '’',
      "'",
    ),
  ],
  [
    631,
    'a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_\n',
    '<p><a href="mailto:a.b-c_d@a.b">a.b-c_d@a.b</a></p><p><a href="mailto:a.b-c_d@a.b">a.b-c_d@a.b</a>.</p><p>a.b-c_d@a.b-</p><p>a.b-c_d@a.b_</p>',
  ],
];

describe('GFM extension examples', () => {
  test.each(GFM_EXAMPLES)('example %i renders as the GFM spec says', async (_number, markdown, html) => {
    expect(normalise(await renderMarkdown(markdown))).toBe(normalise(html));
  });
});
