import { describe, expect, test } from 'vitest';
import { mergeRuns } from '../../../../src/search/client/merge-runs.ts';
import { WORD_SEPARATORS, bestExcerpt, distinctTerms, normaliseWord, unfoldMatches } from '../../../../src/search/client/excerpt.ts';
import { textFragment, wordsIn } from '../../../../src/search/client/text-fragment.ts';
import { foldedWords } from '../../../../src/search/build/fold.ts';
import { searchFields } from '../../../../src/search/build/fields.ts';
import { createArticleSchema } from '../../../../src/content/schema.ts';

describe('mergeRuns', () => {
  test('interleaves ordered runs, newest first, reading each key once', async () => {
    const read: number[] = [];
    const key = (n: number) => {
      read.push(n);
      return n;
    };
    expect(await mergeRuns([[9, 7, 2], [8, 1], []], key, true, 0, 4)).toEqual([9, 8, 7, 2]);
    expect(read.sort()).toEqual([1, 2, 7, 8, 9]);
  });

  test('returns a later page, oldest first', async () => {
    expect(
      await mergeRuns(
        [
          ['2001', '2004'],
          ['2002', '2003', '2005'],
        ],
        (s) => s,
        false,
        2,
        2,
      ),
    ).toEqual(['2003', '2004']);
  });

  test('a single run is sliced without reading keys', async () => {
    expect(
      await mergeRuns(
        [[3, 2, 1]],
        () => {
          throw new Error('not needed');
        },
        true,
        1,
        5,
      ),
    ).toEqual([2, 1]);
  });
});

describe('bestExcerpt', () => {
  const content =
    'Headline about human rights. Body text goes on here with many words before the phrase crimes against humanity appears at last.';
  const words = content.split(' ');
  const at = (word: string, score = 1) => ({ location: words.indexOf(word), balanced_score: score });

  test('prefers the passage with the most different query words over a heavier headline match', () => {
    const excerpt = bestExcerpt(content, [at('human', 50), at('crimes'), at('against'), at('humanity')], words.length, 8);
    expect(excerpt).toContain('<mark>crimes</mark> <mark>against</mark> <mark>humanity</mark>');
    expect(excerpt?.startsWith('… ')).toBe(true);
  });

  test.each([
    [['Treatment', 'treatments', 'Ebola'], 2],
    [['fires', 'fire'], 1],
    [['EU', 'EU’s', 'UN'], 3],
    [['الصين', 'الصحة'], 2],
    [['Trump', 'Trump’s', 'trumped'], 1],
    [['Paris', 'Parisian'], 1],
    [['talks', 'tallies'], 2],
  ])('counts %j as %i different terms', (matched, count) => {
    expect(distinctTerms(matched)).toBe(count);
  });

  test('a passage with every query word beats one repeating a word in other forms', () => {
    const content =
      'Drug news. Ebola drugs are now used for treatment in clinics. Many more treatments and a treatment centre treatment plan.';
    const words = content.split(' ');
    const locations = words.flatMap((word, location) => (/^(ebola|treatment)/i.test(word) ? [{ location, balanced_score: 1 }] : []));
    expect(bestExcerpt(content, locations, words.length, 9, 2)).toBe(
      '<mark>Ebola</mark> drugs are now used for <mark>treatment</mark> in clinics.\u00a0…',
    );
  });

  test('escapes the text it marks up', () => {
    expect(bestExcerpt('a <b> & c', [{ location: 1, balanced_score: 1 }], 4, 4)).toBe('a <mark>&lt;b&gt;</mark> &amp; c');
  });

  // Pagefind's content of an article: the headline (weight 7, as an <h1>), the byline line, the body.
  const headline = 'China says UN has closed the door over Xinjiang report.';
  const article = `${headline} The Independent · Geneva. China has said the United Nations closed its doors after a report on Xinjiang province. Chen Xu lashed out.`;
  const articleWords = article.split(' ');
  const headlineWords = headline.split(' ').length;
  const where = (word: string, from = 0) => articleWords.findIndex((w, i) => i >= from && w.toLowerCase().startsWith(word.toLowerCase()));
  const matches = (...found: [string, number?, number?][]) =>
    found.map(([word, from = 0, score = 1]) => ({ location: where(word, from), balanced_score: score }));
  test.each([
    {
      case: 'a word in the headline and the body: the body’s',
      locations: matches(['Xinjiang', 0, 7], ['Xinjiang', headlineWords]),
      expected: '… a report on <mark>Xinjiang</mark> province. Chen Xu lashed out.',
    },
    {
      case: 'a word only in the headline: the byline and the lede, unmarked',
      locations: matches(['door', 0, 7]),
      expected: 'The Independent · Geneva. China has said the United\u00a0…',
    },
    {
      case: 'a match just after the byline line: from the sentence it starts',
      locations: matches(['China', 0, 7], ['China', headlineWords]),
      expected: '… <mark>China</mark> has said the United Nations closed its doors\u00a0…',
    },
    {
      case: 'a name in the byline line',
      locations: matches(['Independent', headlineWords]),
      expected: 'The <mark>Independent</mark> · Geneva. China has said the United\u00a0…',
    },
    {
      case: 'the most different words win over the headline’s weight',
      locations: matches(['report', 0, 7], ['Xinjiang', 0, 7], ['report', headlineWords], ['Xinjiang', headlineWords]),
      expected: '… after a <mark>report</mark> on <mark>Xinjiang</mark> province. Chen Xu lashed\u00a0…',
    },
  ])('leaves the headline out of the excerpt: $case', ({ locations, expected }) => {
    expect(bestExcerpt(article, locations, articleWords.length, 9, headlineWords)).toBe(expected);
  });

  test.each([
    [
      'only the headline matched: the standfirst, escaped, as when browsing',
      matches(['door', 0, 7]),
      'Beijing <b>accuses</b> the UN.',
      'Beijing &lt;b&gt;accuses&lt;/b&gt; the UN.',
    ],
    [
      'a body match: the passage, not the standfirst',
      matches(['Chen', headlineWords]),
      'Beijing accuses the UN.',
      '… <mark>Chen</mark> Xu lashed out.',
    ],
    [
      'a blank standfirst: the byline line and the lede',
      matches(['door', 0, 7]),
      '  ',
      'The Independent · Geneva. China has said the United\u00a0…',
    ],
  ])('%s', (_, locations, standfirst, expected) => {
    expect(bestExcerpt(article, locations, articleWords.length, 9, headlineWords, standfirst)).toBe(expected);
  });

  test.each([
    [
      'a lead-in that would start inside the byline line',
      'The Independent · Geneva. Ministers from six nations met.',
      'nations',
      '… Ministers from six <mark>nations</mark> met.',
    ],
    [
      'a lead-in after a separator',
      'Jane Reporter and Kofi Mensah · Geneva talks resumed',
      'resumed',
      '… Geneva talks <mark>resumed</mark>',
    ],
    [
      'a stop Pagefind added after a closing quotation mark is not shown',
      'He said ISIS “are not jeopardised.”. Then he left.',
      'jeopardised',
      '… ISIS “are not <mark>jeopardised.”</mark> Then he left.',
    ],
  ])('%s', (_, body, word, expected) => {
    const content = `Talks end. ${body}`;
    const words = content.split(' ');
    const location = words.findIndex((w) => w.startsWith(word));
    expect(bestExcerpt(content, [{ location, balanced_score: 1 }], words.length, 7, 2)).toBe(expected);
  });

  test.each([
    {
      case: 'Arabic, right to left',
      content: 'الصين تتهم الأمم المتحدة. جنيف. قالت الصين إن الأمم المتحدة أغلقت الباب',
      headlineWords: 4,
      location: 6,
      expected: '… قالت <mark>الصين</mark> إن الأمم المتحدة أغلقت\u00a0…',
    },
    {
      case: 'a headline that is the whole content',
      content: 'Floods hit Valencia',
      headlineWords: 3,
      location: 2,
      expected: 'Floods hit <mark>Valencia</mark>',
    },
  ])('$case', ({ content, headlineWords: skipped, location, expected }) => {
    const count = content.split(' ').length;
    expect(bestExcerpt(content, [{ location, balanced_score: 1 }], count, 6, skipped)).toBe(expected);
  });

  test('gives way to Pagefind’s excerpt when words do not line up with positions', () => {
    expect(bestExcerpt('联合国发布新疆报告', [{ location: 3, balanced_score: 1 }], 5, 30)).toBeUndefined();
  });
});

describe('searchFields', () => {
  const data = createArticleSchema({ timeZone: 'Asia/Shanghai' }).parse({
    title: 'Talks stall',
    date: '2023-03-01T23:30:00Z',
    description: 'A standfirst.',
    source: 'Example Wire',
    section: 'World',
    topics: ['Trade', 'Trade'],
    people: ['王毅'],
    authors: ['Ann Lee', 'Li Wei', 'Ann Lee'],
    lang: 'zh-Hans',
  });

  test('gives each facet, the display metadata and a UTC date sort key', () => {
    const fields = searchFields(data, { year: '2023', month: '03', day: '02' }, 'en');
    expect(fields.filters).toEqual({
      topic: ['Trade'],
      person: ['王毅'],
      place: [],
      organisation: [],
      section: ['World'],
      source: ['Example Wire'],
      author: ['Ann Lee', 'Li Wei'],
      year: ['2023'],
      month: ['2023-03'],
      language: ['zh-Hans'],
    });
    expect(fields.meta).toEqual({ date: '2023-03-01T23:30:00.000Z', standfirst: 'A standfirst.', source: 'Example Wire' });
    expect(fields.sort).toEqual({ date: '2023-03-01T23:30:00.000Z' });
  });
});

describe('matches in the index’s folded copy (src/search/build/fold.ts)', () => {
  const headline = 'Report from the north.';
  // Pagefind's content: the headline, the body, then the folded copy the indexer alone was given.
  const contentWith = (body: string) => `${headline} ${body} ${foldedWords(body)}.`;
  test.each([
    ['Bjørn', 'Bjorn'],
    ['Bjørn’s', 'Bjorn'],
    ['Særen', 'Saeren'],
    ['Œuvre', 'Oeuvre'],
    ['Straße', 'Strasse'],
    ['Łukasz', 'Lukasz'],
    ['Łódź,', 'Lodz'],
    ['Đorđević', 'Dordevic'],
    ['Guðrún', 'Gudrun'],
    ['Þingvellir', 'Thingvellir'],
    ['Kırıkkale', 'Kirikkale'],
  ])('“%s”, found as “%s”, is marked where the article writes it, and the copy is never shown', (written, typed) => {
    const content = contentWith(`Today ${written} was in the news with Ærø and Søren. Nothing else happened that day.`);
    const words = content.split(WORD_SEPARATORS);
    // Pagefind folds the accents that decompose (ć, ú) in the copy and in the query alike.
    const inCopy = words.findLastIndex((word) => normaliseWord(word.normalize('NFD').replace(/\p{M}/gu, '')) === normaliseWord(typed));
    expect(inCopy).toBeGreaterThan(words.indexOf('day.'));
    const locations = [{ location: inCopy, balanced_score: 1 }];
    const excerpt = bestExcerpt(content, locations, words.length, 30, wordsIn(headline));
    expect(excerpt).toBe(`Today <mark>${written}</mark> was in the news with Ærø and Søren. Nothing else happened that day.`);
    const fragment = decodeURIComponent(textFragment(content, locations, words.length, wordsIn(headline)));
    expect(fragment).toBe(`#:~:text=Today ${written} was in the`);
  });

  test('a folded word the headline alone holds gives the lede, and text without such letters is untouched', () => {
    const content = `Bjørn wins. Voters went to the polls. ${foldedWords('Bjørn wins.')}.`;
    const words = content.split(WORD_SEPARATORS);
    expect(bestExcerpt(content, [{ location: words.length - 1, balanced_score: 1 }], words.length, 30, 2)).toBe(
      'Voters went to the polls.',
    );
    const plain = 'A b c d e';
    expect(unfoldMatches(plain.split(' '), [{ location: 4, balanced_score: 2 }])).toEqual({
      locations: [{ location: 4, balanced_score: 2 }],
      textWords: 5,
    });
  });
});
