/**
 * The build shows progress instead of Astro's line per page, counts towards the number of files
 * it really writes, and ends with a summary.
 */
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../../tools/fs.ts';
import { buildSite } from '../support/site.ts';

describe('the build console', () => {
  test('counts to exactly the files the build writes, in a few lines, and ends with a summary', async () => {
    const build = await buildSite({ name: 'progress', contentDir: 'tests/fixtures/archive' });
    expect(build.code, build.output).toBe(0);
    const lines = build.output.trim().split('\n');
    const written = [...filesUnder(build.outDir, { skip: ['pagefind', '_astro'] })].filter(
      // Pages, feeds, and the citation and open-data files beside them.
      (path) => /\.(html|xml|txt|bib|ris|json|csv|jsonl)$/.test(path) && !/sitemap-(index|\d+)\.xml$/.test(path),
    ).length;
    expect(build.output).toContain(`Rendering ${written} pages…`);
    expect(build.output).toContain(`Rendered ${written} / ${written} pages (100%)`);
    expect(build.output).not.toMatch(/[├└]─ \//);
    expect(lines.length).toBeLessThan(80);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^Built ${written} pages and feeds from 3 articles in \\d+ s · peak memory \\d+\\.\\d\\d GiB · search index [\\d.]+ MiB in \\d+ files`,
      ),
    );
  });
});
