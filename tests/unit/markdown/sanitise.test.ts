import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { isSafeUrl, sanitiseHtmlFragment } from '../../../src/markdown/sanitise.ts';
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
