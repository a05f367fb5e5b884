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
});

describe('readingMinutes', () => {
  test('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(1500)).toBe(7);
  });
});
