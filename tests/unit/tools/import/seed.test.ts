import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { buildArticle } from '../../../../tools/import/article.ts';
import { readInput } from '../../../../tools/import/index.ts';
import { parseArticle, plainText, serialiseArticle } from '../../../../tools/import/markdown.ts';
import { createArticleSchema } from '../../../../src/content/schema.ts';
import { fixture, readFixture } from './helpers.ts';

const OPTIONS = { timeZone: 'UTC', date: '2022-09-10', source: 'The Independent' };

describe('the seed article (China, UN, Xinjiang report)', async () => {
  const seed = await readFixture('china-un-xinjiang-report.txt');
  const built = buildArticle(await readInput(fixture('china-un-xinjiang-report.txt')), OPTIONS);
  const { frontmatter, body } = parseArticle(built.markdown);

  test('has the headline, date, source and credit of the published article', () => {
    expect(frontmatter).toMatchObject({
      title: 'China says UN has ‘closed the door’ on cooperation over human rights with Xinjiang report',
      date: '2022-09-10',
      source: 'The Independent',
      credit: 'Additional reporting by agencies',
    });
    expect(built.data.date.toISOString()).toBe('2022-09-10T00:00:00.000Z');
  });
  test('has exactly the seed’s body paragraphs, typography included', () => {
    const expected = seed.trim().split(/\n\n/).slice(1, -1);
    expect(expected).toHaveLength(11);
    expect(body.children.map((node) => node.type)).toEqual(expected.map(() => 'paragraph'));
    expect(body.children.map(plainText)).toEqual(expected);
  });
  test('uses the first paragraph as description', () => {
    expect((frontmatter as { description: string }).description).toBe(seed.split('\n\n')[1]);
  });
  test('goes to 2022/09 under a readable slug cut at a word boundary', () => {
    expect(built.path).toBe('2022/09/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang.md');
  });
  test('validates against the collection schema as written', () => {
    expect(createArticleSchema({ timeZone: 'UTC' }).safeParse(frontmatter).success).toBe(true);
  });
  test('matches the reviewed article file byte for byte (entities off)', async () => {
    const plain = buildArticle(await readInput(fixture('china-un-xinjiang-report.txt')), { ...OPTIONS, entities: false });
    expect(plain.markdown).toBe(await readFile(fixture('expected/china-un-xinjiang-report.md'), 'utf8'));
  });
  test('suggests the people, places and organisations an editor expects', () => {
    expect(frontmatter).toMatchObject({
      people: expect.arrayContaining(['Chen Xu', 'Zhao Lijian', 'Wang Wenbin', 'Michelle Bachelet']),
      places: expect.arrayContaining(['Geneva', 'Xinjiang', 'Beijing']),
      organisations: expect.arrayContaining(['UN Human Rights Office']),
    });
  });
  test('round trip: parsing the file and writing it again changes nothing', () => {
    expect(serialiseArticle(frontmatter as Record<string, string>, body)).toBe(built.markdown);
  });
  test('is equivalent to the archive’s own copy of the article in content/', async () => {
    const archived = parseArticle(
      await readFile(
        'content/articles/2022/09/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report.md',
        'utf8',
      ),
    );
    expect(frontmatter).toMatchObject({
      title: (archived.frontmatter as { title: string }).title,
      credit: (archived.frontmatter as { credit: string }).credit,
      source: (archived.frontmatter as { source: string }).source,
    });
    expect(body.children.map(plainText)).toEqual(archived.body.children.map(plainText));
  });
  test('imports identically from a Windows-saved copy with a byte-order mark', async () => {
    const fromCrlf = buildArticle(await readInput(fixture('crlf-bom.txt')), OPTIONS);
    expect(fromCrlf.markdown).toBe(built.markdown);
  });
});
