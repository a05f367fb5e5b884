import { describe, expect, test } from 'vitest';
import { parseHtml, siteHeadingIds } from '../../../../tools/import/html.ts';
import { stringifyBody } from '../../../../tools/import/markdown.ts';
import { readFixture } from './helpers.ts';

const page = async (name: string, options = {}) => {
  const parsed = parseHtml(await readFixture(name), options);
  return { ...parsed, markdown: stringifyBody(parsed.body) };
};

describe('parseHtml metadata', () => {
  test('takes the title from <h1>, the date from article:published_time, and the canonical URL as sourceUrl', async () => {
    const { title, date, sourceUrl, description, lang } = await page('article.html');
    expect({ title, date, sourceUrl, description, lang }).toEqual({
      title: 'Glacier retreat speeds up, survey finds',
      date: '2022-09-28T09:15:00+02:00',
      sourceUrl: 'https://news.example.com/climate/glacier-retreat',
      description: 'Swiss glaciers lost 6% of their volume in a single year.',
      lang: 'en-GB',
    });
  });
  test('collects authors from JSON-LD, meta tags and rel=author links without repeats', async () => {
    expect((await page('article.html')).authors).toEqual(['Lena Fischer', 'Marco Rossi']);
  });
  test('falls back to og:title and the JSON-LD datePublished inside @graph', async () => {
    const parsed = await page('jsonld-date.html');
    expect(parsed.title).toBe('Headline from Open Graph');
    expect(parsed.date).toBe('2021-03-04T10:00:00Z');
    expect(parsed.authors).toEqual(['Ana Pérez']);
  });
  test.each([
    [
      'an AP byline in capitals with its title line',
      '<div class="byline"><span>LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER</span><div class="title">Associated Press</div></div>',
      ['Lisa Mascaro', 'Mary Clare Jalonick', 'Eric Tucker'],
      'Associated Press',
    ],
    [
      'co-authors in brackets',
      '<p class="author">Martin Untersinger (avec Damien Leloup et Morgane Tual)</p>',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
      undefined,
    ],
    ['a byline with no agency', '<p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p>', ['Jane Doe'], undefined],
  ])('reads %s from the byline element, an agency as the credit', (_case, byline, authors, credit) => {
    const paragraphs = '<p>The committee met on Tuesday to hear the first witnesses of the inquiry into the events.</p>'.repeat(6);
    const parsed = parseHtml(
      `<html><head><title>Inquiry opens</title></head><body><article><h1>Inquiry opens</h1>${byline}${paragraphs}</article></body></html>`,
    );
    expect(parsed.authors).toEqual(authors);
    expect(parsed.credit).toBe(credit);
  });
  test('falls back to <title> and <time datetime>', async () => {
    const parsed = await page('time-date.html');
    expect(parsed.title).toBe('Headline from the title element');
    expect(parsed.date).toBe('2020-01-15T08:30:00');
  });
  test('leaves the date out when the page has none', async () => {
    expect((await page('no-date.html')).date).toBeUndefined();
  });
  test('uses the first paragraph as description when the page has no meta description', async () => {
    expect((await page('jsonld-date.html')).description).toBe('Only a paragraph in a div.');
  });
  test('rejects a page without any headline', () => {
    expect(() => parseHtml('<p>No headline anywhere</p>')).toThrow(/no headline/);
  });
  test('rejects a page whose article has no text', () => {
    expect(() => parseHtml('<title>T</title><article><h1>T</h1><nav>menu</nav></article>')).toThrow(/no article text/);
  });
});

describe('parseHtml body', () => {
  test('keeps only the article: navigation, headers, share widgets, ads, related links, forms and footers are dropped', async () => {
    const { markdown } = await page('article.html');
    for (const furniture of [
      'Climate',
      'Share on Twitter',
      'Copy link',
      'Advertisement',
      'Alps heatwave',
      'Sign up',
      '©',
      'By Lena',
      'The Example Times',
    ]) {
      expect(markdown).not.toContain(furniture);
    }
    expect(markdown.startsWith('Switzerland’s glaciers lost 6%')).toBe(true);
  });
  test('does not repeat the headline in the body', async () => {
    expect((await page('article.html')).markdown).not.toContain('Glacier retreat speeds up');
  });
  test('keeps links and emphasis, with relative links made absolute against the canonical URL', async () => {
    const { markdown } = await page('article.html');
    expect(markdown).toContain('[Glacier Monitoring Switzerland](https://news.example.com/topics/glaciers)');
    expect(markdown).toContain('[published data](https://news.example.com/data/sites.csv)');
    expect(markdown).toContain('_Wednesday_');
    expect(markdown).toContain('**ice thickness**');
    expect(markdown).toContain('[a tip line](mailto:tips@news.example.com)');
  });
  test('resolves relative links against --source-url when it is given', async () => {
    const { markdown } = await page('relative-no-base.html', { sourceUrl: 'https://paper.example.net/2022/story' });
    expect(markdown).toContain('[elsewhere](https://paper.example.net/elsewhere)');
  });
  test('keeps a relative link as text, with a warning, when the page URL is unknown', async () => {
    const parsed = await page('relative-no-base.html');
    expect(parsed.markdown).toContain('See elsewhere and [an absolute link](https://ok.example.org/page)');
    expect(parsed.warnings).toEqual([expect.stringMatching(/"\/elsewhere" is relative.*--source-url/)]);
  });
  test('rewrites in-page links to the ids the site gives the headings', async () => {
    const { markdown } = await page('article.html');
    expect(markdown).toContain('[how the survey works](#how-the-survey-works)');
    // A section wrapping a heading means that heading; its id comes from the heading text.
    expect(markdown).toContain('[regional findings](#regional-findings-valais--graubünden)');
    // An anchor inside a heading, reached through the page's own absolute URL.
    expect(markdown).toContain('[outlook](#outlook)');
  });
  test('every rewritten in-page link points at a heading id the rendered article really has', async () => {
    const { markdown } = await page('article.html');
    const ids = new Set(siteHeadingIds(markdown));
    const fragments = [...markdown.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(fragments.length).toBe(3);
    for (const fragment of fragments) expect(ids).toContain(fragment);
  });
  test('numbers repeated headings as the slugger does', () => {
    const html = '<title>T</title><article><h2 id="a">Same</h2><p>x</p><h2 id="b">Same</h2><p><a href="#b">second</a></p></article>';
    expect(stringifyBody(parseHtml(html).body)).toContain('[second](#same-1)');
  });
  test('points a link at a plain paragraph to the heading of its section', () => {
    const html = '<title>T</title><article><h2>Part one</h2><p id="p1">x</p><p><a href="#p1">back</a></p></article>';
    expect(stringifyBody(parseHtml(html).body)).toContain('[back](#part-one)');
  });
  test('keeps a link to a missing anchor as text and warns', async () => {
    const parsed = await page('article.html');
    expect(parsed.markdown).toContain('A broken in-page link and');
    expect(parsed.warnings).toContainEqual(expect.stringContaining('"missing-anchor"'));
  });
  test('shifts body headings down a level when the page used <h1> inside the article', () => {
    const html = '<article><h1>Headline</h1><p>x</p><h1>Other</h1><p>y</p><h2>Sub</h2><p>z</p></article>';
    expect(stringifyBody(parseHtml(html).body)).toBe('x\n\n## Other\n\ny\n\n### Sub\n\nz\n');
  });
});

describe('parseHtml: an image or raw HTML dropped from a paragraph leaves no extra space', () => {
  const filler = 'the town was calm and quiet for many days before the rain, residents of the coast said on Monday.';
  const body = (paragraph: string) =>
    stringifyBody(
      parseHtml(`<html><head><title>Storm hits coast</title></head><body><article><p>${paragraph}</p></article></body></html>`).body,
    ).trim();
  test.each([
    [
      'an image with a script URL, mid-sentence',
      `Before the storm <img src="javascript:alert(1)" alt="x"> ${filler}`,
      `Before the storm ${filler}`,
    ],
    ['a data: image, mid-sentence', `Before the storm <img src="data:image/png;base64,AAAA"> ${filler}`, `Before the storm ${filler}`],
    [
      'an image that starts the paragraph',
      `<img src="data:image/png;base64,AAAA"> Before the storm ${filler}`,
      `Before the storm ${filler}`,
    ],
    ['an image that ends the paragraph', `Before the storm ${filler} <img src="data:image/png;base64,AAAA">`, `Before the storm ${filler}`],
    ['two images in a row', `Before the storm <img src="data:,a"> <img src="data:,b"> ${filler}`, `Before the storm ${filler}`],
    ['an image between words without spaces', `Before the storm<img src="data:,a">${filler}`, `Before the storm${filler}`],
  ])('%s', (_what, paragraph, expected) => {
    expect(body(paragraph)).toBe(expected);
  });
});
