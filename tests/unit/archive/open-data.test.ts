import { describe, expect, test } from 'vitest';
import { articleDataRow } from '../../../src/archive/open-data.ts';
import { buildCatalog } from '../../../src/archive/catalog.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';
import { paths } from '../../../src/content/site-paths.ts';
import { toCsv, toJsonLines, DATA_FIELDS } from '../../../src/outputs/open-data.ts';

const FILE = 'tests/fixtures/archive/2022/09/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report.md';
const schema = createArticleSchema({ timeZone: 'UTC' });

/** An article built from frontmatter, its body read from a fixture file (for the word count). */
function article(data: Record<string, unknown>) {
  const [built] = buildCatalog([{ id: 'a.md', filePath: FILE, data: schema.parse({ title: 'A', date: '2022-09-10', ...data }) }], {
    timeZone: 'UTC',
    paths,
  });
  return built!;
}

describe('articleDataRow', () => {
  test.each([
    ['no source and no section', {}, { source: null, section: null }],
    ['a source but no section', { source: 'The Independent' }, { source: 'The Independent', section: null }],
    ['a section but no source', { section: 'World' }, { source: null, section: 'World' }],
    ['both', { source: 'The Independent', section: 'World' }, { source: 'The Independent', section: 'World' }],
  ])('an article with %s gives null for each field it leaves out, never ""', async (_case, data, expected) => {
    const row = await articleDataRow(article(data), false);
    expect(row).toMatchObject({ ...expected, authors: [], topics: [] });
    expect(Object.values(row)).not.toContain('');
    expect(toJsonLines([row])).not.toContain('""');
    // The CSV keeps an empty cell for a missing value.
    const csv = toCsv([row], DATA_FIELDS);
    expect(csv.split('\n')[1]?.split(',').slice(4, 6)).toEqual([expected.source ?? '', expected.section ?? '']);
  });
});
