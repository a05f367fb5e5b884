import { describe, expect, test } from 'vitest';
import { formatReport } from '../../../../tools/import/report.ts';
import type { ImportReport } from '../../../../tools/import/types.ts';

const report = (dryRun: boolean): ImportReport => ({
  created: [{ input: 'a.html', path: '2022/09/a.md', title: 'A', markdown: '', backup: '2022/09/a.md.bak-20261201T003305Z' }],
  skipped: [{ input: 'b.html', reason: 'already in the archive (same source URL)', existing: '2022/09/b.md' }],
  failed: [{ input: 'c.html', reason: 'the page has no article text' }],
  unavailableImages: [{ input: 'a.html', url: 'https://img.example/x.jpg', reason: 'downloads are off (--no-download)' }],
  warnings: [
    {
      input: 'a.html',
      message: 'image https://img.example/x.jpg not stored in the archive: downloads are off (--no-download); the original link is kept',
    },
    { input: 'c.html', message: 'image https://img.example/x.jpg not stored in the archive: it is another page’s image' },
    { input: 'a.html', message: 'the text reads as de, not en' },
  ],
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
    ['a dry run', true, '(previous version would be moved to', 'Images that would not be stored in the archive 1'],
    ['a real run', false, '(previous version moved to', 'Images not stored in the archive 1'],
  ])('%s names the backup and the images in its own tense', (_kind, dryRun, backup, images) => {
    const text = formatReport(report(dryRun));
    expect(text).toContain(backup);
    expect(text).toContain(images);
  });

  test('an image listed under images is not listed again under warnings; other warnings stay', () => {
    const lines = formatReport(report(false)).split('\n');
    expect(lines.filter((line) => line.includes('https://img.example/x.jpg'))).toHaveLength(2);
    expect(lines).toContain('Warnings 2:');
    expect(lines).toContain('  a.html: the text reads as de, not en');
    expect(lines).toContain('  c.html: image https://img.example/x.jpg not stored in the archive: it is another page’s image');
  });

  test.each([
    ['created', /\bcreated\b/],
    ['skipped', /^Skipped|\bskipped\b/m],
    ['failed', /^Failed|\bfailed\b/m],
    ['moved', /\bversion moved\b/],
    ['stored', /^Images not stored/m],
  ])('a dry run never says "%s" as if it had happened', (_word, pattern) => {
    expect(formatReport(report(true))).not.toMatch(pattern);
  });
});
