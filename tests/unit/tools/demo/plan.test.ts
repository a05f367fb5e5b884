import { describe, expect, test } from 'vitest';
import { demoPlan, REAL_DEMO_DIR } from '../../../../tools/demo/plan.ts';

describe('demoPlan', () => {
  test('builds the shipped real archive when no count is given', () => {
    expect(demoPlan({})).toMatchObject({ kind: 'real', contentDir: REAL_DEMO_DIR });
  });
  test.each([
    [{ generated: '5000' }, 5000, 1],
    [{ generated: '20', seed: '3' }, 20, 3],
    [{ articles: '300' }, 300, 1],
    [{ generated: '10', articles: '99' }, 10, 1],
  ])('generates synthetic articles for %o', (values, count, seed) => {
    expect(demoPlan(values)).toMatchObject({ kind: 'generated', count, seed, contentDir: '.tmp/demo-content' });
  });
  test.each([{ generated: '0' }, { generated: 'many' }, { generated: '2.5' }, { generated: '10', seed: 'x' }])(
    'rejects %o with a usage line',
    (values) => {
      expect(() => demoPlan(values)).toThrow(/usage: npm run demo/);
    },
  );
});
