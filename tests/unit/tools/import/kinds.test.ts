/**
 * One case for every kind of real-page trouble the HTML reader must get right (issue: import
 * real web pages), each asserting the value an editor should see.
 */
import { describe, expect, test } from 'vitest';
import { chooseDescription, parseHtml } from '../../../../tools/import/html.ts';
import { buildArticle } from '../../../../tools/import/article.ts';
import { parseText } from '../../../../tools/import/text.ts';
import { findDateline } from '../../../../tools/import/dateline.ts';
import { bylineAgency, bylineNames, titleCaseName, uniqueNames } from '../../../../tools/import/names.ts';
import { stringifyBody } from '../../../../tools/import/markdown.ts';

const PROSE =
  'The committee met on Tuesday to review the budget, and its members agreed, after a long debate, that the new rules would apply from next year. ' +
  'Officials said the change, which affects thousands of households, had been planned for months, and that the details would be published soon.';

/** A whole page: `head` inside <head>, `body` inside <body>, with enough prose for Readability to score. */
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const article = (inner: string) => `<article><h1>Budget rules change next year</h1>${inner}<p>${PROSE}</p><p>${PROSE}</p></article>`;
const read = (html: string, options = {}) => {
  const parsed = parseHtml(html, options);
  return { ...parsed, markdown: stringifyBody(parsed.body) };
};

describe('headline', () => {
  test.each([
    [
      'the <h1> is the site name',
      page('<title>Engadget</title><meta property="og:site_name" content="Engadget">', `<header><h1>Engadget</h1></header>${article('')}`),
    ],
    [
      '<title> carries a "| Site" suffix and there is no <h1>',
      page(
        '<title>Budget rules change next year | The Daily Example</title><meta property="og:site_name" content="The Daily Example">',
        `<main><p>${PROSE}</p><p>${PROSE}</p></main>`,
      ),
    ],
    [
      'og:title is the site name',
      page('<title>Salon</title><meta property="og:title" content="Salon"><meta property="og:site_name" content="Salon">', article('')),
    ],
    [
      'JSON-LD headline in @graph',
      page(
        '<title>Home</title><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Home"},{"@type":"ReportageNewsArticle","headline":"Budget rules change next year"}]}</script>',
        `<main><p>${PROSE}</p><p>${PROSE}</p></main>`,
      ),
    ],
  ])('%s → the article headline', (_kind, html) => {
    expect(read(html).title).toBe('Budget rules change next year');
  });
});

describe('body', () => {
  test('a wrapper named "share" that holds the article keeps the article; a share bar beside it goes', () => {
    const html = page(
      '<title>Budget rules change next year</title>',
      `<div id="share-wrapper" class="sharing-container">${article('<div class="share-tools"><a href="https://twitter.com/share">Tweet this</a></div>')}</div>`,
    );
    const { markdown } = read(html);
    expect(markdown).toContain('The committee met on Tuesday');
    expect(markdown).not.toContain('Tweet this');
  });
  test.each([
    ['hidden attribute', '<p hidden>SECRET hidden text</p>'],
    ['aria-hidden', '<div aria-hidden="true">SECRET aria text</div>'],
    ['display:none', '<p style="color: red; display: none">SECRET display text</p>'],
    ['visibility:hidden', '<p style="visibility:hidden !important">SECRET visibility text</p>'],
    ['newsletter block', '<div class="newsletter-signup"><p>SECRET Sign up for our newsletter</p></div>'],
    ['cookie banner', '<div id="cookie-consent"><p>SECRET We use cookies</p></div>'],
    ['related links', '<div class="related-stories"><a href="https://example.com/a">SECRET other story</a></div>'],
    ['a lone javascript: "Read more"', '<p><a href="javascript:void(0)">SECRET Read more</a></p>'],
    ['screen-reader-only text', '<span class="sr-only">SECRET Image caption</span>'],
    ['WordPress screen-reader text', '<a class="skip-link screen-reader-text" href="#content">SECRET Skip</a>'],
    ['a print-only header', '<div class="print-header"><span>SECRET https://example.com/story</span></div>'],
  ])('%s is not imported', (_kind, furniture) => {
    expect(read(page('<title>Budget rules change next year</title>', article(furniture))).markdown).not.toContain('SECRET');
  });
  test.each([
    ['an ad label', '<p>Advertisement</p>', 'Advertisement'],
    ['a gallery counter', '<div>Image 1 of / 9</div>', 'Image 1 of'],
    ['a comment count', '<span>12 Comments</span>', 'Comments'],
    ['a call to share', '<p>Like this story? Share it with a friend!</p>', 'Share it'],
    ['a "click here" line', '<p><strong>CLICK HERE TO GET THE NEWS APP</strong></p>', 'CLICK HERE'],
    ['a "Related:" teaser', '<p>Related: <a href="https://example.com/other">Council approves new bus lanes</a></p>', 'bus lanes'],
    [
      'a "READ MORE:" teaser',
      '<p><strong>READ MORE</strong>: <a href="https://example.com/x">Plague outbreak confirmed in two cities</a></p>',
      'Plague',
    ],
    ['a teaser headline in capitals', '<p><a href="https://example.com/y">MAYOR SAYS BUDGET IS BALANCED</a></p>', 'MAYOR'],
  ])('%s is page furniture, not article text', (_kind, furniture, words) => {
    expect(read(page('<title>Budget rules change next year</title>', article(furniture))).markdown).not.toContain(words);
  });
  test.each([
    ['a sentence that mentions comments', '<p>Comments on the plan are welcome until May.</p>', 'Comments on the plan'],
    [
      'a link inside a sentence in capitals',
      '<p>The <a href="https://example.com/z">NATO SUMMIT</a> opened on Monday in Vilnius.</p>',
      'NATO SUMMIT',
    ],
    ['a "More" sentence', '<p>More than 300 people attended the meeting, officials said.</p>', 'More than 300'],
  ])('%s stays', (_kind, prose, words) => {
    expect(read(page('<title>Budget rules change next year</title>', article(prose))).markdown).toContain(words);
  });
  test('a date stamp is read as metadata and leaves the body', () => {
    const stamp = '<span class="timestamp">Published <time>4:00 am CST, Wednesday, November 20, 2019</time></span>';
    const { markdown } = read(page('<title>Budget rules change next year</title>', article(stamp)));
    expect(markdown).not.toContain('Published');
    expect(markdown).toContain('The committee met on Tuesday');
  });
  test('a GFM table is written as a table', () => {
    const table = '<table><thead><tr><th>Year</th><th>Rate</th></tr></thead><tbody><tr><td>2024</td><td>3%</td></tr></tbody></table>';
    expect(read(page('<title>Budget rules change next year</title>', article(table))).markdown).toContain(
      '| Year | Rate |\n| ---- | ---- |\n| 2024 | 3%   |',
    );
  });
  test('a figure becomes the image, then its caption as a paragraph of its own', () => {
    const figure = `<p>Crowds gathered outside the building</p><figure><img src="https://img.example.com/bank.jpg" alt="The bank's facade"><figcaption>The Central Bank in Frankfurt</figcaption></figure>`;
    expect(read(page('<title>Budget rules change next year</title>', article(figure))).markdown).toContain(
      "Crowds gathered outside the building\n\n![The bank's facade](https://img.example.com/bank.jpg)\n\nThe Central Bank in Frankfurt\n",
    );
  });
  test.each([
    [
      'caption and credit in touching spans, the credit’s label for screen readers only (The New York Times)',
      '<span class="caption">Protesters outside the parliament on Monday.</span><span class="credit"><span class="visually-hidden">Credit...</span>Jane Doe for The New York Times</span>',
      'Protesters outside the parliament on Monday. Jane Doe for The New York Times',
    ],
    [
      'caption and credit as paragraphs',
      '<p>Protesters outside the parliament.</p><p>Photo: Reuters</p>',
      'Protesters outside the parliament. Photo: Reuters',
    ],
    [
      'caption and credit as divisions',
      '<div>Protesters outside the parliament</div><div>Getty Images</div>',
      'Protesters outside the parliament Getty Images',
    ],
    ['a credit in <cite>', '<span>Protesters outside.</span><cite>AFP</cite>', 'Protesters outside. AFP'],
    [
      'a credit span after the caption’s text',
      'Protesters outside the parliament.<span class="credit">AP Photo/John Smith</span>',
      'Protesters outside the parliament. AP Photo/John Smith',
    ],
    [
      'a bracketed agency',
      '<span>Protesters outside the parliament</span><span>(Reuters)</span>',
      'Protesters outside the parliament (Reuters)',
    ],
    ['nested inside a paragraph', '<p><span>Crowds.</span><span>Photo: AP</span></p>', 'Crowds. Photo: AP'],
    ['already spaced', '<span>Crowds.</span> <span>Photo: AP</span>', 'Crowds. Photo: AP'],
    [
      'an inline element inside a word stays whole',
      'Protesters outside the <i>Bundestag</i>’s doors',
      'Protesters outside the _Bundestag_’s doors',
    ],
    ['a lower-case word after emphasis stays whole', 'The <b>MS</b>-class ferry at the quay', 'The **MS**-class ferry at the quay'],
  ])('a caption keeps its parts apart: %s', (_, caption, expected) => {
    const figure = `<p>Crowds gathered outside the building</p><figure><img src="https://img.example.com/bank.jpg" alt="Crowd"><figcaption>${caption}</figcaption></figure>`;
    const { markdown } = read(page('<title>Budget rules change next year</title>', article(figure)));
    expect(markdown).toContain(`![Crowd](https://img.example.com/bank.jpg)\n\n${expected}\n`);
  });
  test('block quotes and nested lists survive', () => {
    const inner = '<blockquote><p>We will act.</p></blockquote><ul><li>First<ul><li>Nested</li></ul></li><li>Second</li></ul>';
    const { markdown } = read(page('<title>Budget rules change next year</title>', article(inner)));
    expect(markdown).toContain('> We will act.');
    expect(markdown).toContain('- First\n  - Nested\n- Second');
  });
  test('a relative image on a page whose URL is unknown is left out with a warning naming it', () => {
    const { markdown, warnings } = read(
      page('<title>Budget rules change next year</title>', article('<p><img src="photo.jpg" alt="Minister"></p>')),
    );
    expect(markdown).not.toContain('photo.jpg');
    expect(warnings).toContainEqual(expect.stringMatching(/image "Minister" \(photo\.jpg\) left out: .*--source-url/));
  });
  test('the same relative image is kept, made absolute, when --source-url is given', () => {
    const { markdown } = read(
      page('<title>Budget rules change next year</title>', article('<p><img src="photo.jpg" alt="Minister"></p>')),
      {
        sourceUrl: 'https://news.example.com/2024/budget.html',
      },
    );
    expect(markdown).toContain('![Minister](https://news.example.com/2024/photo.jpg)');
  });
});

describe('byline, source and date', () => {
  test('a byline in the page becomes the authors and leaves the body', () => {
    const { authors, markdown } = read(
      page('<title>Budget rules change next year</title>', article('<p class="byline">By JANE DOE and John Roe, Staff Writers</p>')),
    );
    expect(authors).toEqual(['Jane Doe', 'John Roe']);
    expect(markdown).not.toContain('JANE DOE');
  });
  test("a byline element's links and headings are separate words, so a profile card is not one long name", () => {
    const card =
      '<div class="author-card"><h4>Patrick Allan</h4><a href="https://example.com/p">Profile</a><a href="#">Follow</a><a href="#">Unfollow</a><span>Patrick Allan</span>The Gray Adder</div>';
    const { authors } = read(
      page('<title>Budget rules change next year</title><meta name="author" content="Patrick Allan">', article(card)),
    );
    expect(authors).toEqual(['Patrick Allan']);
  });
  test('a JSON-LD creator (a CMS account) yields to the visible byline; a JSON-LD author does not', () => {
    const ld = (key: string) => `<script type="application/ld+json">{"@type":"NewsArticle","${key}":"CC7567"}</script>`;
    const byline = '<span class="author-name">James Akinaka</span>';
    expect(read(page(`<title>Budget rules change next year</title>${ld('creator')}`, article(byline))).authors).toEqual(['James Akinaka']);
    expect(read(page(`<title>Budget rules change next year</title>${ld('author')}`, article(byline))).authors).toEqual(['CC7567']);
    expect(read(page(`<title>Budget rules change next year</title>${ld('creator')}`, article(''))).authors).toEqual(['CC7567']);
  });
  test('names that differ only in case are one author', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"JANE DOE"}]}</script>';
    expect(read(page(`<title>Budget rules change next year</title>${ld}`, article(''))).authors).toEqual(['Jane Doe']);
  });
  test('og:site_name is the source', () => {
    expect(
      read(page('<title>Budget rules change next year</title><meta property="og:site_name" content="The Daily Example">', article('')))
        .source,
    ).toBe('The Daily Example');
  });
  test.each([
    ['<meta property="article:published_time" content="2015-07-10 09:53:00 -0400">', '2015-07-10 09:53:00 -0400'],
    ['<meta name="pubdate" content="Fri, 10 Jul 2015 13:53:00 GMT">', 'Fri, 10 Jul 2015 13:53:00 GMT'],
    ['<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"July 10, 2015"}</script>', 'July 10, 2015'],
  ])('a non-ISO date is found: %s', (head, date) => {
    expect(read(page(`<title>Budget rules change next year</title>${head}`, article(''))).date).toBe(date);
  });
  test.each([
    ['a "Posted … on" line', '<p class="meta">Posted by Jane Doe on 2019-02-15</p>', '2019-02-15'],
    ['a "Published:" line', '<div>Published: March 3, 2019</div>', '2019-03-03'],
    ['a <time> without datetime', '<time>March 3, 2019</time>', '2019-03-03'],
    [
      'a date stamp element, not its "Updated" neighbour',
      '<span class="updated">Updated 4 May 2020</span> <span class="post-date">3 March 2019</span>',
      '2019-03-03',
    ],
    [
      'a stamp with a time and zone',
      '<span class="timestamp">Published 4:00 am EST, Wednesday, November 20, 2019</span>',
      '2019-11-20T04:00:00-05:00',
    ],
  ])('with no date metadata, %s gives the date, and --date is not used', (_kind, line, date) => {
    const parsed = read(page('<title>Budget rules change next year</title>', article(line)));
    expect(parsed.date).toBe(date);
    const built = buildArticle(parsed, { timeZone: 'UTC', date: '2000-01-01', entities: false });
    expect(built.warnings).toContain(`--date "2000-01-01" not used: the input says ${JSON.stringify(date)}`);
  });
  test.each([
    ['no date anywhere', '<p>Nothing to date it.</p>'],
    ['only an "Updated" line', '<p>Updated: March 3, 2019</p>'],
    ['a date in a sentence of the story', '<p>The plan, first drafted on March 3, 2019, was shelved.</p>'],
  ])('with %s, --date stands in and a warning says so', (_kind, line) => {
    const parsed = read(page('<title>Budget rules change next year</title>', article(line)));
    expect(parsed.date).toBeUndefined();
    const built = buildArticle(parsed, { timeZone: 'UTC', date: '2000-01-01', entities: false });
    expect(built.warnings).toContain('--date 2000-01-01 used: the input states no publication date');
  });
  test('a date in the metadata wins over a visible one', () => {
    const head = '<title>Budget rules change next year</title><meta property="article:published_time" content="2015-07-10">';
    expect(read(page(head, article('<p>Posted on 2019-02-15</p>'))).date).toBe('2015-07-10');
  });
  test('a <time datetime> in the article is the date when the head has none', () => {
    expect(
      read(page('<title>Budget rules change next year</title>', article('<time datetime="2015-07-10T09:53:00-04:00">July 10</time>'))).date,
    ).toBe('2015-07-10T09:53:00-04:00');
  });
});

describe('description', () => {
  const FULL = 'The council approved a budget on Tuesday that keeps taxes flat and adds two new bus routes to the harbour.';
  test.each<[string, Array<string | undefined>, string | undefined]>([
    [
      'a meta description cut with "…" yields to the complete og:description',
      ['The council approved a budget on Tuesday that…', FULL],
      FULL,
    ],
    ['one cut with "..." too', ['The council approved a budget...', FULL], FULL],
    ['one cut mid-word, a prefix of og:description', ['The council approved a budget on Tuesday that keeps ta', FULL], FULL],
    ['a complete meta description wins', [FULL, 'Budget approved.'], FULL],
    [
      'a cut meta description with nothing better stays',
      ['The council approved a budget on Tuesday that…', undefined],
      'The council approved a budget on Tuesday that…',
    ],
    ['JSON-LD completes a cut og:description when there is no meta description', [undefined, 'The council approved…', FULL], FULL],
    ['when every one is cut, the longest', ['The council…', 'The council approved a budget…'], 'The council approved a budget…'],
    ['none', [undefined, undefined], undefined],
  ])('%s', (_kind, stated, expected) => {
    expect(chooseDescription(stated)).toBe(expected);
  });
  test('in a page: a truncated meta description loses to the complete og:description', () => {
    const head = `<title>Budget rules change next year</title><meta name="description" content="The council approved a budget on Tuesday that keeps ta"><meta property="og:description" content="${FULL}">`;
    expect(read(page(head, article(''))).description).toBe(FULL);
  });
});

describe('datelines', () => {
  test.each([
    ['VALENCIA — The regional government said', 'Valencia', undefined],
    ['GENEVA (Reuters) - The World Health Organization said', 'Geneva', 'Reuters'],
    ['NEW YORK, July 10 (AP) — Stocks rose', 'New York', 'AP'],
    ['SPRINGFIELD, Ill. — Lawmakers voted', 'Springfield, Ill.', undefined],
    ['BERLIN -- The European Space Agency says', 'Berlin', undefined],
    ['RIO DE JANEIRO – Carnival began', 'Rio De Janeiro', undefined],
    // Title case, as many sites and plain-text exports write it.
    ['Valencia — The regional government said', 'Valencia', undefined],
    ['Geneva (Reuters) - The World Health Organization said', 'Geneva', 'Reuters'],
    ['New York, Jan. 5 (AP) — Stocks rose', 'New York', 'AP'],
    ['Springfield, Ill. — Lawmakers voted', 'Springfield, Ill.', undefined],
    ['Rio de Janeiro – Carnival began', 'Rio de Janeiro', undefined],
    ['Port-au-Prince — Aid arrived', 'Port-au-Prince', undefined],
    ['St. Louis — The council met', 'St. Louis', undefined],
    ['Ouagadougou (AFP) — Soldiers said', 'Ouagadougou', 'AFP'],
  ])('%s → %s', (text, place, agency) => {
    const found = findDateline(text);
    expect(found?.place).toBe(place);
    expect(found?.agency).toBe(agency);
  });
  test.each([
    'BREAKING — markets fall',
    'The UN — which met today',
    'A — b',
    'NASA said on Monday',
    'I - think so',
    // Ordinary first words and names in title case before a dash.
    'But — and this matters — the vote failed',
    'Meanwhile — prices rose',
    'Update — the story changed',
    'Today — a day of talks',
    'Yes — they agreed',
    'John Smith — the mayor — resigned',
    'Smith (Reuters) — no place',
    'Apple — the company — said',
    // A title-case word compromise does not know as a place needs an agency, region or day.
    'Ouagadougou — soldiers said',
  ])('%s has no dateline', (text) => {
    expect(findDateline(text)).toBeUndefined();
  });
  test('a plain-text article: the dateline becomes the field and leaves body and description', () => {
    const parsed = parseText('Talks resume\n\nGENEVA (Reuters) - Negotiators met again on Monday.\n\nA second paragraph.');
    expect(parsed.dateline).toBe('Geneva');
    expect(parsed.credit).toBe('Reuters');
    expect(parsed.description).toBe('Negotiators met again on Monday.');
    expect(stringifyBody(parsed.body)).toBe('Negotiators met again on Monday.\n\nA second paragraph.\n');
  });
  test.each([
    ['Valencia — The regional government said so.', 'Valencia', undefined],
    ['Geneva (Reuters) - Negotiators met again on Monday.', 'Geneva', 'Reuters'],
    ['New York, Jan. 5 (AP) — Stocks rose on Monday.', 'New York', 'AP'],
  ])('a plain-text article in title case: %s', (first, place, credit) => {
    const parsed = parseText(`Talks resume\n\n${first}\n\nA second paragraph.`);
    expect(parsed.dateline).toBe(place);
    expect(parsed.credit).toBe(credit);
    expect(stringifyBody(parsed.body)).not.toContain(place);
  });
  test('a plain-text article opening "But —" keeps its first words and has no dateline', () => {
    const parsed = parseText('Talks resume\n\nBut — as ever — the talks stalled.\n\nA second paragraph.');
    expect(parsed.dateline).toBeUndefined();
    expect(parsed.description).toBe('But — as ever — the talks stalled.');
  });
  test('a dateline on a line of its own (<br>) leaves the paragraph without a stray line break', () => {
    const html = page(
      '<title>Budget rules change next year</title>',
      `<article><h1>Budget rules change next year</h1><p>VALENCIA —<br>The regional government said so.</p><p>${PROSE}</p><p>${PROSE}</p></article>`,
    );
    const parsed = read(html);
    expect(parsed.dateline).toBe('Valencia');
    expect(parsed.markdown.startsWith('The regional government said so.')).toBe(true);
  });
  test('an HTML article: the dateline leaves the first paragraph and the description', () => {
    const html = page(
      '<title>Budget rules change next year</title><meta name="description" content="VALENCIA — The regional government said so.">',
      `<article><h1>Budget rules change next year</h1><p><strong>VALENCIA</strong> — The regional government said so.</p><p>${PROSE}</p><p>${PROSE}</p></article>`,
    );
    const parsed = read(html);
    expect(parsed.dateline).toBe('Valencia');
    expect(parsed.description).toBe('The regional government said so.');
    expect(parsed.markdown.startsWith('The regional government said so.')).toBe(true);
  });
});

describe('byline names', () => {
  test.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['JANE DOE, Staff Writer', ['Jane Doe']],
    ['Jane Doe | July 10, 2015', ['Jane Doe']],
    ['By Nathan Willis March 25, 2015', ['Nathan Willis']],
    ['Ben Silverman Games Editor', ['Ben Silverman']],
    ['Par Alexandre Hervaud et Jérémy Piette', ['Alexandre Hervaud', 'Jérémy Piette']],
    ['Written by Rob Ewaschuk Edited by Betsy Beyer', ['Rob Ewaschuk']],
    ['Erin Cunningham, Follow @erinmcunningham', ['Erin Cunningham']],
    ['Posted 3 hours ago', []],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn']],
    ['Jane Doe <jane@example.org>', ['Jane Doe']],
    ['Patrick Allan’s Discussions', ['Patrick Allan']],
    ['作者：', []],
    ['Author:', []],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
    ['By Jane Doe (with John Roe and Ana Pérez)', ['Jane Doe', 'John Roe', 'Ana Pérez']],
    ['Lena Berger (mit Jonas Weber und Eva Roth)', ['Lena Berger', 'Jonas Weber', 'Eva Roth']],
    ['Ana Gil (con Luis Ortega y Marta Ruiz)', ['Ana Gil', 'Luis Ortega', 'Marta Ruiz']],
    ['João Silva (com Maria Costa e Pedro Alves)', ['João Silva', 'Maria Costa', 'Pedro Alves']],
    ['Renée Dupont (avec Hélène Roux)', ['Renée Dupont', 'Hélène Roux']],
    ['José Ortega y Gasset', ['José Ortega y Gasset']],
    ['LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press', ['Lisa Mascaro', 'Mary Clare Jalonick', 'Eric Tucker']],
    ['By LISA MASCARO Associated Press', ['Lisa Mascaro']],
    ['Jane Doe & John Roe, Associated Press', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, Reuters', ['Jane Doe']],
    ['JOHN ROE AP', ['John Roe']],
    ['ERIC TUCKER White House Correspondent', ['Eric Tucker']],
  ])('%s → %j', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });
  test.each([
    ['MARY CLARE JALONICK', 'Mary Clare Jalonick'],
    ['PATRICK MCDONALD', 'Patrick McDonald'],
    ['FIONA MACLEOD', 'Fiona MacLeod'],
    ['ANTONIO MACHADO', 'Antonio Machado'],
    ["SEAN O'BRIEN", "Sean O'Brien"],
    ['ANNE-MARIE DUVAL-SMITH', 'Anne-Marie Duval-Smith'],
    ['JEAN-PAUL DE LA FONTAINE', 'Jean-Paul de la Fontaine'],
    ['LUDWIG VAN BEETHOVEN', 'Ludwig van Beethoven'],
    ['ÉLODIE ÇELIK', 'Élodie Çelik'],
  ])('titleCaseName(%s) → %s', (caps, name) => {
    expect(titleCaseName(caps)).toBe(name);
  });
  test.each([
    ['LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press', 'Associated Press'],
    ['Jane Doe, Reuters', 'Reuters'],
    ['JOHN ROE AP', 'AP'],
    ['By Jane Doe and John Roe', undefined],
    ['Jane Ap', undefined],
  ])('bylineAgency(%s) → %s', (byline, agency) => {
    expect(bylineAgency(byline)).toBe(agency);
  });
  test('uniqueNames keeps the first spelling of names equal without case', () => {
    expect(uniqueNames(['Jane Doe', 'JANE DOE', ' jane  doe ', 'John Roe'])).toEqual(['Jane Doe', 'John Roe']);
  });
});
