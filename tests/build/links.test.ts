import { describe, expect, test } from 'vitest';
import { checkLinks } from '../support/link-checker.ts';
import { builtDir, corpusBuild, demoBuild, fixtureBuilds } from '../support/site.ts';

describe.each([...Object.values(fixtureBuilds), corpusBuild, demoBuild])('links in the $name build (base $basePath)', (build) => {
  test('every internal link, image and fragment resolves', () => {
    const report = checkLinks(builtDir(build.name), { base: build.basePath, siteUrl: 'https://news.example' });
    expect(report.pages).toBeGreaterThan(3);
    expect(report.links).toBeGreaterThan(20);
    expect(report.problems).toEqual([]);
  });
});
