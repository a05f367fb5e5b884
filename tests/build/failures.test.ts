import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILDS, buildSite, ROOT } from '../support/site.ts';

/** Writes a content folder under .tmp (file names differing only in case cannot live in git on every OS). */
async function contentFolder(name: string, files: Record<string, string>): Promise<string> {
  const dir = join('.tmp/fixtures', name);
  await rm(join(ROOT, dir), { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(ROOT, dir, file, '..'), { recursive: true });
    await writeFile(join(ROOT, dir, file), text);
  }
  return dir;
}

const article = (date: string, extra = '') => `---\ntitle: "Headline"\ndate: ${date}\n${extra}---\n\nBody.\n`;

describe('a build of invalid content', () => {
  test('fails naming the file, each bad field and what was expected', async () => {
    const result = await buildSite({ name: 'broken', contentDir: 'tests/fixtures/broken' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('bad-frontmatter.md');
    expect(result.output).toMatch(/title.*title is required/);
    expect(result.output).toMatch(/date.*expected an ISO date like 2022-09-10.*"last Friday"/);
    expect(result.output).toMatch(/tittle/);
  });

  test('fails naming both files when two articles would get the same URL', async () => {
    const result = await buildSite({ name: 'duplicate', contentDir: 'tests/fixtures/duplicate' });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/Two articles would be published at \/2022\/09\/10\/same-story\//);
    expect(result.output).toContain('a/same-story.md');
    expect(result.output).toContain('b/same-story.md');
  });

  test.each(['Mars/Olympus', 'Europe/Pariss'])('TIME_ZONE=%s stops the build naming the setting, not the articles', async (zone) => {
    const result = await buildSite({ name: 'bad-zone', contentDir: 'tests/fixtures/archive', env: { TIME_ZONE: zone } });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`TIME_ZONE "${zone}" is not an IANA time zone`);
    expect(result.output).not.toContain('no such date or time');
  });

  test('an empty TIME_ZONE builds in UTC', async () => {
    const result = await buildSite({ name: 'empty-zone', contentDir: 'tests/fixtures/dates', env: { TIME_ZONE: '' } });
    expect(result.code, result.output).toBe(0);
    const utc = await buildSite({ name: 'utc-zone', contentDir: 'tests/fixtures/dates', env: { TIME_ZONE: 'UTC' } });
    expect(readdirSync(join(result.outDir, '2022'), { recursive: true }).sort()).toEqual(
      readdirSync(join(utc.outDir, '2022'), { recursive: true }).sort(),
    );
  }, 180_000);

  // [case, files, what the output must say]
  test.each([
    [
      'a date-time without a zone',
      { '2022/09/no-zone.md': article('2022-09-10T14:30:00') },
      ['2022/09/no-zone.md', /date.*a date-time needs its zone, e\.g\. 2022-09-10T14:30:00Z/],
    ],
    [
      'a headline of invisible characters',
      { '2022/09/invisible.md': '---\ntitle: "\\u200B\\u00A0\\u2060"\ndate: 2022-09-10\n---\n\nBody.\n' },
      ['2022/09/invisible.md', /title.*title shows nothing: it holds only invisible characters \(U\+200B.*\); write the headline/],
    ],
    [
      'a byline name of invisible characters',
      { '2022/09/invisible-author.md': article('2022-09-10', 'authors: ["Jane Doe", "\\u200B"]\n') },
      ['2022/09/invisible-author.md', /authors\.1.*each entry of authors shows nothing/],
    ],
    [
      'the year 0000',
      { '2022/09/year-zero.md': article('0000-01-01') },
      ['2022/09/year-zero.md', /date.*the year 0000 is outside 1000–9999/],
    ],
    [
      'a slug longer than a path segment',
      { '2022/09/long.md': article('2022-09-12', `slug: ${'very-long-headline-about-water-rationing'.repeat(9)}\n`) },
      ['2022/09/long.md', /slug.*slug is 360 bytes in UTF-8; a URL path segment must fit in 255 bytes/],
    ],
    [
      'file names that differ only in letter case',
      { '2022/09/Harbour-Strike-Ends.md': article('2022-09-10'), '2022/09/harbour-strike-ends.md': article('2022-09-10') },
      [
        /Two articles would be published at \/2022\/09\/10\/harbour-strike-ends\//,
        'Harbour-Strike-Ends.md',
        '2022/09/harbour-strike-ends.md',
      ],
    ],
  ] as const)('fails on %s, naming the file and field', async (name, files, expected) => {
    const contentDir = await contentFolder(`invalid-${name.replaceAll(' ', '-')}`, files);
    const result = await buildSite({ name: `invalid-${name.replaceAll(' ', '-')}`, contentDir });
    expect(result.code).not.toBe(0);
    expect(result.output).not.toContain('ENAMETOOLONG');
    for (const part of expected) {
      if (typeof part === 'string') expect(result.output).toContain(part);
      else expect(result.output).toMatch(part);
    }
  });
});

describe('publishing a build', () => {
  const leftovers = (name: string) => readdirSync(BUILDS).filter((entry) => entry.startsWith(`${name}.`));

  test('a failed build publishes nothing: the previous site stays as it was, with nothing left beside it', async () => {
    const contentDir = await contentFolder('republish-failed', { '2022/09/a.md': article('2022-09-10') });
    const first = await buildSite({ name: 'republish-failed', contentDir });
    expect(first.code).toBe(0);
    const before = await readFile(join(first.outDir, 'index.html'), 'utf8');
    await writeFile(join(ROOT, contentDir, '2022/09/a.md'), article('last Friday'));
    const second = await buildSite({ name: 'republish-failed', contentDir, keepOutput: true });
    expect(second.code).not.toBe(0);
    expect(second.output).toContain(`Nothing was published: ${first.outDir} is as the last successful build left it.`);
    expect(await readFile(join(first.outDir, 'index.html'), 'utf8')).toBe(before);
    expect(await readFile(join(first.outDir, '2022/09/10/a/index.html'), 'utf8')).toContain('Headline');
    expect(leftovers('republish-failed')).toEqual([]);
  });

  test('a successful build replaces the site whole: the page of a removed article is gone', async () => {
    const contentDir = await contentFolder('republish-ok', {
      '2022/09/a.md': article('2022-09-10'),
      '2022/09/b.md': article('2022-09-11'),
    });
    const first = await buildSite({ name: 'republish-ok', contentDir });
    expect(first.code).toBe(0);
    await rm(join(ROOT, contentDir, '2022/09/b.md'));
    const second = await buildSite({ name: 'republish-ok', contentDir, keepOutput: true });
    expect(second.code).toBe(0);
    // The month keeps its page and the 10th; the 11th, whose only article was removed, is gone.
    expect(readdirSync(join(second.outDir, '2022/09')).sort()).toEqual(['10', 'index.html']);
    expect(leftovers('republish-ok')).toEqual([]);
  });
});
