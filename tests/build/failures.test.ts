import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/site.ts';

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
});
