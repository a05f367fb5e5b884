import { describe, expect, test } from 'vitest';
import { allowedEdits, editDistance, suggestSpelling } from '../../../src/search/client/did-you-mean.ts';
import { VocabularyCounter, vocabularyWords } from '../../../src/search/vocabulary.ts';

describe('the vocabulary of headlines and names', () => {
  test('keeps words of four letters or more, not numbers, with inner apostrophes and hyphens', () => {
    expect(vocabularyWords('UN’s 48-page report: O’Neill met Abu-Dhabi envoys in 2022, Geneva')).toEqual([
      'UN’s',
      '48-page',
      'report',
      'O’Neill',
      'Abu-Dhabi',
      'envoys',
      'Geneva',
    ]);
  });

  test('counts spellings that differ only in case as one word, shown as most often written, most frequent first', () => {
    const counter = new VocabularyCounter();
    counter.add(['Geneva talks', 'talks in Geneva', 'TALKS resume', 'Bachelet']);
    expect(counter.vocabulary()).toEqual([
      ['talks', 3],
      ['Geneva', 2],
      ['Bachelet', 1],
      ['resume', 1],
    ]);
    expect(counter.vocabulary(2)).toHaveLength(2);
  });
});

describe('editDistance', () => {
  test.each([
    ['bachelte', 'bachelet', 1],
    ['genva', 'geneva', 1],
    ['abdusatorov', 'abdusattorov', 1],
    ['governmnt', 'government', 1],
    ['xinjaing', 'xinjiang', 1],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  test('stops early once the limit is passed', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  test('allows one edit up to five letters and two beyond, none below four', () => {
    expect([3, 4, 5, 6, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('suggestSpelling', () => {
  const vocabulary: [string, number][] = [
    ['government', 50],
    ['Geneva', 12],
    ['Bachelet', 9],
    ['Abdusattorov', 3],
    ['general', 20],
    ['Genoa', 2],
  ];

  test.each([
    ['Bachelte', 'Bachelet'],
    ['Genva', 'Geneva'],
    ['Abdusatorov', 'Abdusattorov'],
    ['governmnt', 'government'],
    ['Bachelte in Genva', 'Bachelet in Geneva'],
  ])('offers “%s” → “%s”', (query, expected) => {
    expect(suggestSpelling(query, vocabulary)).toBe(expected);
  });

  test.each([
    ['a known word, in any case', 'GENEVA'],
    ['a word too short to guess', 'Gen'],
    ['a word with no close neighbour', 'qwxzvbk'],
  ])('offers nothing for %s', (_, query) => {
    expect(suggestSpelling(query, vocabulary)).toBeUndefined();
  });

  test('prefers the more frequent of two equally close words', () => {
    expect(
      suggestSpelling('Genev', [
        ['Genea', 1],
        ['Geneva', 5],
      ]),
    ).toBe('Geneva');
  });
});
