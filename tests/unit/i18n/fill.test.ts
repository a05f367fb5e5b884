import { describe, expect, test } from 'vitest';
import { fill } from '../../../src/i18n/index.ts';

describe('fill', () => {
  test.each([
    ['Articles by {name}', { name: 'Ann Lee' }, 'Articles by Ann Lee'],
    ['{count} of {total}', { count: 3, total: 12 }, '3 of 12'],
    ['{name} and {name}', { name: 'A' }, 'A and A'],
    ['Part of {storyline}', {}, 'Part of {storyline}'],
    ['no slots', { name: 'x' }, 'no slots'],
  ])('%s with %o → %s', (template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
  });
});
