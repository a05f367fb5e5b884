import { describe, expect, test } from 'vitest';
import { formatReport } from '../../../../tools/import/report.ts';
import type { ImportReport } from '../../../../tools/import/types.ts';

const report = (dryRun: boolean): ImportReport => ({
  created: [{ input: 'a.html', path: '2022/09/a.md', title: 'A', markdown: '' }],
  skipped: [{ input: 'b.html', reason: 'already in the archive (same source URL)', existing: '2022/09/b.md' }],
  failed: [{ input: 'c.html', reason: 'the page has no article text' }],
  warnings: [],
  dryRun,
});

describe('formatReport', () => {
  test.each([
    [
      'a dry run',
      true,
      ['Would create 1:', 'Would skip 1:', 'Would fail 1:'],
      'would create 1, would skip 1, would fail 1 (dry run: nothing written)',
    ],
    ['a real run', false, ['Created 1:', 'Skipped 1:', 'Failed 1:'], '1 created, 1 skipped, 1 failed'],
  ])('%s says what it did in its own tense', (_kind, dryRun, headings, total) => {
    const lines = formatReport(report(dryRun)).split('\n');
    for (const heading of headings) expect(lines).toContain(heading);
    expect(lines.at(-1)).toBe(total);
  });
  test.each([
    ['created', /\bcreated\b/],
    ['skipped', /^Skipped|\bskipped\b/m],
    ['failed', /^Failed|\bfailed\b/m],
  ])('a dry run never says "%s" as if it had happened', (_word, pattern) => {
    expect(formatReport(report(true))).not.toMatch(pattern);
  });
});
