import { describe, expect, test } from 'vitest';
import { capDescription, DESCRIPTION_MAX, DESCRIPTION_WARN_LENGTH, descriptionWarning } from '../../../src/content/standfirst.ts';

const length = (text: string) => Array.from(text).length;
const SEED =
  'China has said that the United Nations (UN) has closed its “doors of cooperation” with Beijing after the publication of a report earlier this month on the alleged human rights abuses in the country’s Xinjiang province.';

describe('capDescription', () => {
  test.each([
    ['a short standfirst', 'Delegates met again after a two-year pause.'],
    ['the seed article’s one-sentence lede of 217 characters', SEED],
    ['exactly the limit', 'x'.repeat(DESCRIPTION_MAX)],
  ])('leaves %s unchanged', (_name, text) => {
    expect(capDescription(text)).toBe(text);
  });

  // [what, text, locale, expected]
  test.each([
    [
      'whole sentences when they fill half the limit',
      'One two three. Four five six. Seven eight nine ten.',
      undefined,
      30,
      'One two three. Four five six.',
    ],
    [
      'whole words and an ellipsis when the first sentence is too long',
      'Alpha beta gamma delta epsilon zeta eta theta.',
      undefined,
      20,
      'Alpha beta gamma…',
    ],
    ['no trailing comma or dash before the ellipsis', 'Alpha beta, gamma — delta epsilon zeta.', undefined, 13, 'Alpha beta…'],
    ['Chinese words without spaces', '北京市交通局宣布新能源公交车将开通夜间线路并延长运营时间', 'zh', 10, '北京市交通局宣布新…'],
    ['the parts of an address, as words', 'https://example.com/a/very/long/address/indeed', undefined, 12, 'https://…'],
    ['a single word longer than the limit', 'Donaudampfschifffahrtsgesellschaftskapitän und mehr', 'de', 12, 'Donaudampfs…'],
  ])('cuts at %s', (_what, text, locale, max, expected) => {
    const cut = capDescription(text, max, locale);
    expect(cut).toBe(expected);
    expect(length(cut)).toBeLessThanOrEqual(max);
  });

  test('cuts a 2 MB paragraph to the standfirst length on a word boundary', () => {
    const words = ['river', 'council', 'market', 'report', 'village'];
    const paragraph = Array.from({ length: 330_000 }, (_, i) => words[i % words.length]).join(' ');
    const cut = capDescription(paragraph);
    expect(length(cut)).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(length(cut)).toBeGreaterThan(DESCRIPTION_MAX - 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(words).toContain(cut.slice(0, -1).split(' ').at(-1));
  });

  test('counts characters, not UTF-16 units: emoji count once', () => {
    const text = '🌊 '.repeat(200);
    const cut = capDescription(text, 21);
    expect(length(cut)).toBeLessThanOrEqual(21);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });
});

describe('descriptionWarning', () => {
  test.each([
    ['absent', undefined],
    ['short', 'One sentence.'],
    ['at the warning length', 'x'.repeat(DESCRIPTION_WARN_LENGTH)],
  ])('says nothing about a description that is %s', (_name, description) => {
    expect(descriptionWarning('content/articles/2022/09/a.md', description)).toBeUndefined();
  });
  test('names the file, the field, its length and the fix above the warning length', () => {
    const warning = descriptionWarning('content/articles/2022/09/a.md', 'x'.repeat(2_000_000));
    expect(warning).toMatch(/^content\/articles\/2022\/09\/a\.md: description is 2,000,000 characters/);
    expect(warning).toMatch(/move the rest into the body$/);
  });
});
