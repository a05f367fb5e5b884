import { describe, expect, test } from 'vitest';
import { encodeTextDirectivePart, textFragment, wordsIn } from '../../../../src/search/client/text-fragment.ts';
import { bestExcerpt } from '../../../../src/search/client/excerpt.ts';

const at = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 1 }));
const fragmentOf = (content: string, headline: string, ...locations: number[]) =>
  decodeURIComponent(textFragment(content, at(...locations), content.split(/\s+/).length, wordsIn(headline)).replace('#:~:text=', ''));

describe('the text fragment of a search result', () => {
  test.each([
    [
      'the first body match with three words either side',
      'Talks end Envoys met in Geneva on Monday to agree terms',
      'Talks end',
      [5],
      'Envoys met in Geneva on Monday to',
    ],
    [
      'never the headline, which is at the top of the page anyway',
      'Geneva talks end Envoys met in Geneva on Monday',
      'Geneva talks end',
      [0, 6],
      'Envoys met in Geneva on Monday',
    ],
    ['not reaching back past the headline', 'Talks end Geneva hosts envoys', 'Talks end', [2], 'Geneva hosts envoys'],
    [
      'not reaching past the end of a sentence',
      'Talks end It rained. Geneva hosts envoys today. Then more',
      'Talks end',
      [4],
      // Without the passage's last full stop, which may be one Pagefind added and the page lacks.
      'Geneva hosts envoys today',
    ],
    [
      'not keeping a full stop Pagefind added after a closing quotation mark',
      'Talks end Officials said ISIS “are not jeopardised.”. Then more',
      'Talks end',
      [7],
      'ISIS “are not jeopardised.”',
    ],
    [
      'not keeping the full stop Pagefind added to a paragraph that has none',
      'Talks end Doctors tried to save the mayor’s life. Then more',
      'Talks end',
      [7],
      'to save the mayor’s life',
    ],
    [
      'the earliest of several matches',
      'Talks end Envoys met in Geneva and in Bern',
      'Talks end',
      [8, 5],
      'Envoys met in Geneva and in Bern',
    ],
  ])('is %s', (_, content, headline, locations, passage) => {
    expect(fragmentOf(content, headline, ...locations)).toBe(passage);
  });

  test.each([
    ['the only matches are in the headline', 'Geneva talks end Envoys met', 'Geneva talks end', [0]],
    ['the content does not split into Pagefind word positions', '交通局发布新规定', '交通局', [1]],
    ['there are no matches', 'Talks end Envoys met', 'Talks end', []],
  ])('is empty when %s', (_, content, headline, locations) => {
    expect(textFragment(content, at(...locations), 5, wordsIn(headline))).toBe('');
  });

  test('percent-encodes the characters the directive syntax reserves', () => {
    expect(encodeTextDirectivePart('well-known, fine & dandy')).toBe('well%2Dknown%2C%20fine%20%26%20dandy');
    expect(decodeURIComponent(encodeTextDirectivePart('‘closed the door’'))).toBe('‘closed the door’');
  });
});

describe('the passage a text fragment picks', () => {
  test('is where the most different query words meet, not the first lone match', () => {
    const content = 'Report out Human rights abuses were found. Acts may be crimes against humanity, the report said.';
    const locations = [2, 9, 10, 11];
    expect(fragmentOf(content, 'Report out', ...locations)).toBe('Acts may be crimes against humanity, the report');
  });
});

describe('the text fragment and the excerpt', () => {
  // Two query words eight words apart: no short passage holds both, but a 12-word excerpt does.
  const content =
    'Big news. Alpha rose one two three four five six seven eight nine ten eleven twelve. Later a beta test was run well after the big alpha came. End words here.';
  const words = content.split(' ');
  const locations = words.flatMap((word, location) => (/^(alpha|beta)/i.test(word) ? [{ location, balanced_score: 1 }] : []));

  test('given the excerpt’s length, the link opens the article at a passage the excerpt shows', () => {
    expect(bestExcerpt(content, locations, words.length, 12, 2)).toBe(
      '… Later a <mark>beta</mark> test was run well after the big <mark>alpha</mark> came.\u00a0…',
    );
    expect(decodeURIComponent(textFragment(content, locations, words.length, 2, 12))).toBe('#:~:text=Later a beta test was run');
    // Without it, the earliest passage, which the excerpt does not show.
    expect(decodeURIComponent(textFragment(content, locations, words.length, 2))).toBe('#:~:text=Alpha rose one two');
  });

  test('a closing quotation mark standing alone after a sentence loses the stop Pagefind added, in both', () => {
    const quoted = 'Head x. He said: ‘We leave tomorrow.’ ”. Reportedly he left.';
    const split = quoted.split(' ');
    const at = [{ location: split.indexOf('leave'), balanced_score: 1 }];
    expect(bestExcerpt(quoted, at, split.length, 8, 2)).toBe('… ‘We <mark>leave</mark> tomorrow.’ ” Reportedly he left.');
    expect(decodeURIComponent(textFragment(quoted, at, split.length, 2, 8))).toBe('#:~:text=‘We leave tomorrow.’');
  });
});
