import { describe, expect, test } from 'vitest';
import { buildCatalog, DuplicatePermalinkError, type SourceEntry } from '../../../src/archive/catalog.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';
import { createPaths } from '../../../src/content/paths.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });
const paths = createPaths({ base: '/archive/', siteUrl: 'https://news.example' });
const entry = (id: string, data: Record<string, unknown>): SourceEntry => ({
  id,
  filePath: `content/articles/${id}`,
  data: schema.parse({ title: id, ...data }),
});

describe('buildCatalog', () => {
  test('gives each article a dated permalink from its file name, newest first', () => {
    const articles = buildCatalog([entry('2022/09/older.md', { date: '2022-09-01' }), entry('2022/09/newer.md', { date: '2022-09-10' })], {
      timeZone: 'UTC',
      paths,
    });
    expect(articles.map((article) => article.url)).toEqual(['/archive/2022/09/10/newer/', '/archive/2022/09/01/older/']);
  });

  test('uses the frontmatter slug when present', () => {
    const [article] = buildCatalog([entry('a/file-name.md', { date: '2022-09-10', slug: 'chosen' })], { timeZone: 'UTC', paths });
    expect(article?.url).toBe('/archive/2022/09/10/chosen/');
  });

  test('dates the permalink in the site time zone', () => {
    const [article] = buildCatalog([entry('late.md', { date: '2022-08-31T23:30:00Z' })], { timeZone: 'Asia/Shanghai', paths });
    expect(article?.url).toBe('/archive/2022/09/01/late/');
  });

  test('leaves drafts out', () => {
    const articles = buildCatalog([entry('draft.md', { date: '2022-09-10', draft: true })], { timeZone: 'UTC', paths });
    expect(articles).toEqual([]);
  });

  test('fails naming both files when two articles would share a URL', () => {
    const build = () =>
      buildCatalog([entry('one/same.md', { date: '2022-09-10' }), entry('two/same.md', { date: '2022-09-10T12:00:00Z' })], {
        timeZone: 'UTC',
        paths,
      });
    expect(build).toThrow(DuplicatePermalinkError);
    expect(build).toThrow(/content\/articles\/one\/same\.md and content\/articles\/two\/same\.md/);
  });

  // Pairs of files that are one address on case-insensitive hosts or after slugging.
  test.each([
    ['2022/09/Harbour-Strike-Ends.md', '2022/09/harbour-strike-ends.md', '/archive/2022/09/10/harbour-strike-ends/'],
    ['a/HARBOUR.md', 'b/harbour.md', '/archive/2022/09/10/harbour/'],
    ['a/Zürich-Vote.md', 'b/zürich-vote.md', '/archive/2022/09/10/zürich-vote/'],
    ['a/Αθηνα.md', 'b/αθηνα.md', '/archive/2022/09/10/αθηνα/'],
  ])('reports %s and %s as a collision at %s, in lower case', (first, second, url) => {
    const build = () =>
      buildCatalog([entry(first, { date: '2022-09-10' }), entry(second, { date: '2022-09-10' })], { timeZone: 'UTC', paths });
    expect(build).toThrow(DuplicatePermalinkError);
    expect(build).toThrow(`Two articles would be published at ${encodeURI(url)}: content/articles/${first} and content/articles/${second}`);
  });

  test('gives a mixed-case file name a lower-case URL', () => {
    const [article] = buildCatalog([entry('2022/09/Harbour-Strike-Ends.md', { date: '2022-09-10' })], { timeZone: 'UTC', paths });
    expect(article?.url).toBe('/archive/2022/09/10/harbour-strike-ends/');
  });
});
