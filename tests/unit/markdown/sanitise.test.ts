import { createRequire } from 'node:module';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { isSafeUrl, sanitiseArticleBody, sanitiseHtmlFragment } from '../../../src/markdown/sanitise.ts';
import { renderMarkdown } from '../../../src/markdown/render.ts';
import { wholeBodyHastPlugins } from '../../../src/markdown/processor.ts';
import { markExternalLinks, rebaseContentUrls, sanitiseArticleHtml } from '../../../src/markdown/plugins.ts';
import { createPaths } from '../../../src/content/paths.ts';

const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [sanitiseArticleHtml, markExternalLinks], features: { smartPunctuation: false } }).html;

describe('sanitiseHtmlFragment', () => {
  test('keeps figures, tables and abbreviations', () => {
    const html = '<figure><img src="/a.jpg" alt="A map"><figcaption>Map</figcaption></figure>';
    expect(sanitiseHtmlFragment(html)).toBe(html);
    expect(sanitiseHtmlFragment('<table><tbody><tr><td>1</td></tr></tbody></table>')).toContain('<td>1</td>');
  });

  test('removes scripts, event handlers and styles', () => {
    const html = sanitiseHtmlFragment(
      '<div><script>alert(1)</script><img src="x.png" onerror="alert(2)" alt=""><p style="color:red">ok</p></div>',
    );
    expect(html).not.toMatch(/script|onerror|style|alert/);
    expect(html).toContain('<p>ok</p>');
  });

  test('allows video embeds only from known hosts and never srcdoc', () => {
    expect(sanitiseHtmlFragment('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>')).toContain(
      'youtube-nocookie',
    );
    expect(sanitiseHtmlFragment('<iframe src="https://evil.example/"></iframe>')).toBe('');
    expect(sanitiseHtmlFragment('<iframe srcdoc="<script>alert(1)</script>"></iframe>')).toBe('');
  });

  test('cleans inline tags one at a time', () => {
    expect(sanitiseHtmlFragment('<b onclick="x()">')).toBe('<b>');
    expect(sanitiseHtmlFragment('</b>')).toBe('</b>');
    expect(sanitiseHtmlFragment('<script>')).toBe('');
  });
});

describe('isSafeUrl', () => {
  test('refuses script URLs however they are disguised', () => {
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl('JaVaScRiPt:alert(1)')).toBe(false);
    expect(isSafeUrl('java\tscript:alert(1)')).toBe(false);
    expect(isSafeUrl('data:text/html,<script>')).toBe(false);
    expect(isSafeUrl('https://example.com')).toBe(true);
    expect(isSafeUrl('#section')).toBe(true);
    expect(isSafeUrl('../relative/')).toBe(true);
  });

  test.each([
    ['?q=a:b', true],
    ['search/?q=time:12:30', true],
    ['/search/?q=a:b#x:y', true],
    ['#note:1', true],
    ['photo.jpg', true],
    ['./a:b.html', true],
    ['mailto:desk@example.org', true],
    ['vbscript:msgbox(1)', false],
    ['  javascript:alert(1)', false],
    ['\u0000javascript:alert(1)', false],
    ['blob:https://example.org/1', false],
  ])('treats %j as safe: %s (relative URLs have no scheme, URL Standard § 4.4)', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('rebaseContentUrls', () => {
  const base = createPaths({ base: '/archive/', siteUrl: 'https://news.example' });
  const rebase = (markdown: string) =>
    markdownToHtml(markdown, {
      hastPlugins: [sanitiseArticleHtml, rebaseContentUrls(base.content), markExternalLinks],
      features: { smartPunctuation: false },
    }).html;

  test.each([
    ['![Logo](/images/a.jpg)', 'src="/archive/images/a.jpg"'],
    ['[Day](/2022/09/10/)', 'href="/archive/2022/09/10/"'],
    ['[Query](/search/?q=a:b)', 'href="/archive/search/?q=a:b"'],
    ['[Query](?q=a:b)', 'href="?q=a:b"'],
    ['![Relative](photo.jpg)', 'src="photo.jpg"'],
    ['[Other host](//example.org/a)', 'href="//example.org/a"'],
    ['[Absolute](https://example.org/a)', 'href="https://example.org/a"'],
    ['<figure><img src="/images/a.jpg" alt="A"></figure>', 'src="/archive/images/a.jpg"'],
    ["<a href='/2022/'>Year</a>", 'href="/archive/2022/"'],
  ])('renders %j with %s', (markdown, expected) => {
    expect(rebase(markdown)).toContain(expected);
  });
});

describe('Markdown rendering plugins', () => {
  test('no script, handler, javascript: link or srcdoc reaches the HTML', () => {
    const html = render(
      'Hi <b onclick="x()">bold</b> <script>alert(1)</script>\n\n<iframe srcdoc="<script>alert(1)</script>"></iframe>\n\n[x](javascript:alert(1))\n\n<img src="x" onerror="alert(1)">',
    );
    expect(html).not.toMatch(/<script|onclick|onerror|srcdoc|javascript:/i);
    expect(html).toContain('<b>bold</b>');
  });

  test('marks links to other sites as external', () => {
    expect(render('[report](https://example.com/report)')).toContain(
      '<a href="https://example.com/report" rel="noopener noreferrer" class="external">',
    );
  });

  test('keeps the article’s own typography', () => {
    expect(render('“Quoted” and "straight" ... and -- dashes')).toContain('<p>“Quoted” and "straight" ... and -- dashes</p>');
  });
});

/** Rows of a rendered table as cell texts, e.g. [['a', 'b'], ['c', 'd']]. */
function tableRows(html: string): string[][] {
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(([, cell]) => cell!.replace(/<[^>]+>/g, '').trim()),
  );
  return rows;
}

describe('raw HTML split over several Markdown blocks (renderMarkdown)', () => {
  // CommonMark § 4.6 ends an HTML block at a blank line, so each row below is a block of its own.
  test.each([
    [
      'rows apart',
      '<table>\n\n<tr><td>a</td><td>b</td></tr>\n\n<tr><td>c</td><td>d</td></tr>\n\n</table>\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'head and body apart',
      '<table>\n<thead>\n\n<tr><th>Year</th><th>Votes</th></tr>\n\n</thead>\n<tbody>\n\n<tr><td>2022</td><td>19</td></tr>\n\n</tbody>\n</table>\n',
      [
        ['Year', 'Votes'],
        ['2022', '19'],
      ],
    ],
    ['cells apart', '<table><tr>\n\n<td>a</td>\n\n<td>b</td>\n\n</tr></table>\n', [['a', 'b']]],
    ['closing tag in the last row’s block', '<table>\n\n<tr><td>a</td></tr>\n<tr><td>b</td></tr>\n</table>\n\nAfter.\n', [['a'], ['b']]],
    ['a caption and indented rows', '<table>\n  <caption>Turnout</caption>\n\n  <tr><td>41%</td></tr>\n\n</table>\n', [['41%']]],
  ])('a table with %s keeps every cell', async (_kind, markdown, rows) => {
    const html = await renderMarkdown(markdown);
    expect(tableRows(html)).toEqual(rows);
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html.match(/<\/table>/g)).toHaveLength(1);
  });

  test('text after the table stays outside it', async () => {
    const html = await renderMarkdown('<table>\n\n<tr><td>a</td></tr>\n\n</table>\n\nAfter the table.\n');
    expect(html).toMatch(/<\/table>\s*<p>After the table\.<\/p>/);
  });

  test.each([
    ['a script between blocks', '<div>\n\n<script>alert(1)</script>\n\n</div>\n', /script|alert/],
    ['a handler in a split table', '<table>\n\n<tr><td onclick="alert(1)">a</td></tr>\n\n</table>\n', /onclick|alert/],
    ['a script URL in a split link', '<p><a href="JaVaScRiPt:alert(1)">\n\nx</a></p>\n', /javascript/i],
    ['an inline style', '<div style="position:fixed">\n\n*x*\n\n</div>\n', /style|position/],
    ['a frame from an unknown host', '<div>\n\n<iframe src="https://evil.example/"></iframe>\n\n</div>\n', /iframe|evil/],
  ])('%s is removed however the blocks fall', async (_kind, markdown, forbidden) => {
    expect(await renderMarkdown(markdown)).not.toMatch(forbidden);
  });
});

describe('sanitiseArticleBody', () => {
  const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: { markdown: string; section: string; number: number }[] };
  const plain = spec.tests.filter((example) => !['HTML blocks', 'Raw HTML'].includes(example.section));

  test('leaves the archive’s own rendering of every CommonMark example outside the raw-HTML sections unchanged, but for disallowed inline tags', async () => {
    const changed: number[] = [];
    for (const example of plain) {
      const markdown = example.markdown.replaceAll('→', '\t');
      const html = (await markdownToHtml(markdown, { hastPlugins: [...wholeBodyHastPlugins] })).html;
      if (normaliseSerialisation(sanitiseArticleBody(html)) !== normaliseSerialisation(html)) changed.push(example.number);
    }
    // Only the four with an inline tag that is off the allow-list (`<bar>`, `<foo\nbar>`,
    // `<bar attr="…">`): the same intended differences the CommonMark test lists.
    expect(changed).toEqual([201, 491, 524, 536]);
  });
});

/** The same HTML as hast serialises it, so attribute quoting and entity style do not count as a change. */
const normaliseSerialisation = (html: string) => toHtml(fromHtml(html, { fragment: true }));
