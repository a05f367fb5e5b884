import { describe, expect, test } from 'vitest';
import { describeInvisible, hasVisibleText, stripForbidden } from '../../../src/content/text.ts';

// Text that shows nothing on a page: every kind of space and every character Unicode says renders as nothing.
const INVISIBLE: Array<[string, string]> = [
  ['empty', ''],
  ['spaces and tabs', ' \t  '],
  ['no-break space U+00A0', '\u00a0'],
  ['zero-width space U+200B', '\u200b'],
  ['byte-order mark U+FEFF', '\ufeff'],
  ['word joiner U+2060', '\u2060'],
  ['zero-width joiner and non-joiner', '\u200c\u200d'],
  ['soft hyphen U+00AD', '\u00ad'],
  ['left-to-right and right-to-left marks', '\u200e\u200f'],
  ['bidi embedding controls', '\u202a\u202b\u202c'],
  ['ideographic space U+3000', '\u3000'],
  ['em and thin spaces', '\u2003\u2009'],
  ['narrow no-break space U+202F', '\u202f'],
  ['Hangul filler U+3164', '\u3164'],
  ['Mongolian vowel separator U+180E', '\u180e'],
  ['variation selector U+FE0F', '\ufe0f'],
  ['combining grapheme joiner U+034F', '\u034f'],
  ['braille blank U+2800', '\u2800'],
  ['tag characters', '\u{E0020}\u{E0041}'],
  ['the tester’s title', '\u00a0\u200b\ufeff\u2060'],
  ['line and paragraph separators', '\u2028\u2029'],
];

const VISIBLE: Array<[string, string]> = [
  ['a letter', 'a'],
  ['a letter between zero-width spaces', '\u200bA\u200b'],
  ['Chinese', '北京'],
  ['an emoji with its variation selector', '☀\ufe0f'],
  ['a dash', '—'],
  ['a digit', '7'],
  ['Arabic with a right-to-left mark', '\u200fمياه'],
  ['a Devanagari word with a zero-width joiner', 'क्\u200dष'],
];

describe('hasVisibleText', () => {
  test.each(INVISIBLE)('%s shows nothing', (_name, text) => {
    expect(hasVisibleText(text)).toBe(false);
  });
  test.each(VISIBLE)('%s shows something', (_name, text) => {
    expect(hasVisibleText(text)).toBe(true);
  });
});

describe('describeInvisible', () => {
  test('names each invisible code point once, in order of appearance', () => {
    expect(describeInvisible('\u200b\u00a0\u200b\ufeff')).toBe('U+200B, U+00A0, U+FEFF');
  });
  test('names code points beyond the Basic Multilingual Plane with all their digits', () => {
    expect(describeInvisible('\u{E0041}')).toBe('U+E0041');
  });
  test('is empty for text without invisible characters', () => {
    expect(describeInvisible('Geneva')).toBe('');
  });
});

describe('stripForbidden', () => {
  test('keeps invisible but allowed characters: deciding about them is the schema’s job', () => {
    expect(stripForbidden('\u200bA\u0007')).toBe('\u200bA');
  });
});
