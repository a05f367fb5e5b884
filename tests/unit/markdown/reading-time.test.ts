import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../../src/markdown/reading-time.ts';

describe('countWords', () => {
  test('counts words in prose with typographic punctuation', () => {
    expect(countWords('China’s ambassador said: “The office closed the door.”')).toBe(8);
  });

  test('ignores Markdown syntax and link targets', () => {
    expect(countWords('## A heading\n\nSee [the report](https://example.com/a-very-long-url) now.')).toBe(6);
  });

  test('counts Chinese characters as words', () => {
    expect(countWords('联合国人权办公室')).toBe(8);
  });

  // Text with no ideograph takes a shorter path: both paths over the same kinds of text.
  test.each([
    ['Latin only', 'The UN office said no.', 5],
    ['Latin with an ideograph phrase', 'The UN 人权 office', 5],
    ['a Latin word glued to ideographs', 'abc中文', 3],
    ['Japanese kana and kanji', 'ニュース速報', 6],
    ['Cyrillic and Arabic', 'Москва заявила. قال المتحدث', 4],
    ['numbers and contractions', 'It’s 2022, isn’t it?', 4],
    ['only syntax', '## --- **', 0],
  ])('%s', (_kind, text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('readingMinutes', () => {
  test('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(1500)).toBe(7);
  });
});
