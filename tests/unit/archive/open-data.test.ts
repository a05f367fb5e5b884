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

describe('articleDataRow: source URL, storylines, last change and corrections', () => {
  const corrections = [
    { date: '2022-09-12', text: 'A name was misspelt.' },
    { date: '2022-09-14', text: 'A date was wrong.' },
  ];
  test.each([
    ['nothing of the kind', {}, { source_url: null, storylines: [], modified: null, corrections: 0 }],
    [
      'a source URL and two storylines',
      { sourceUrl: 'https://example.com/a', storyline: ['Xinjiang report', 'Geneva talks'] },
      { source_url: 'https://example.com/a', storylines: ['Xinjiang report', 'Geneva talks'], modified: null, corrections: 0 },
    ],
    // An `updated` time on the publication instant is no change, as the page and JSON-LD judge it.
    ['an update at publication', { updated: '2022-09-10' }, { modified: null, corrections: 0 }],
    ['a later update', { updated: '2022-09-11T08:00:00Z' }, { modified: '2022-09-11T08:00:00Z', corrections: 0 }],
    // The latest of the update and the corrections wins.
    ['two corrections after an update', { updated: '2022-09-11', corrections }, { modified: '2022-09-14T00:00:00Z', corrections: 2 }],
  ])('an article with %s', async (_case, data, expected) => {
    expect(await articleDataRow(article(data), false)).toMatchObject(expected);
  });
});
