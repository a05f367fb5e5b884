import { describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { citationFile, cslItem, cslName, latexEscape, toBibtex, toRis, waybackUrl } from '../../../src/outputs/citation.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });
const context = {
  url: 'https://news.example/2023/03/15/talks/',
  siteTitle: 'The News Archive',
  lang: 'en',
  day: { year: '2023', month: '03', day: '15' },
  id: 'talks',
};

describe('cslItem', () => {
  test.each([
    [
      { authors: ['José Martínez', 'Plato'], source: 'Example Wire' },
      [{ family: 'Martínez', given: 'José' }, { literal: 'Plato' }],
      'Example Wire',
    ],
    [{ source: 'Example Wire' }, [{ literal: 'Example Wire' }], 'Example Wire'],
    [{}, undefined, 'The News Archive'],
  ])('credits %o as %o in %s', (fields, author, container) => {
    const item = cslItem(schema.parse({ title: 'Talks stall', date: '2023-03-15', ...fields }), context);
    expect(item.author).toEqual(author);
    expect(item['container-title']).toBe(container);
    expect(item.issued).toEqual({ 'date-parts': [[2023, 3, 15]] });
    expect(item).not.toHaveProperty('accessed');
  });

  test('takes the article’s language over the site’s and keeps the standfirst as abstract', () => {
    const item = cslItem(schema.parse({ title: 'x', date: '2023-03-15', lang: 'fr', description: 'Un chapeau.' }), context);
    expect(item).toMatchObject({ language: 'fr', abstract: 'Un chapeau.', URL: context.url, id: 'talks', type: 'article-newspaper' });
  });
});

describe('cslName', () => {
  test.each([
    ['Anna Kowalska', { family: 'Kowalska', given: 'Anna' }],
    ['Ludwig van Beethoven', expect.objectContaining({ given: 'Ludwig' })],
    ['Reuters', { literal: 'Reuters' }],
  ])('%s → %o', (name, expected) => {
    expect(cslName(name)).toEqual(expected);
  });
});

describe('reference files', () => {
  test('RIS has one line per value even for long ones, and ends each record', () => {
    const long = cslItem(schema.parse({ title: 'A '.repeat(80).trim(), date: '2023-03-15', source: 'Example Wire' }), context);
    const lines = toRis(long).trimEnd().split('\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines.at(-1)).toBe('ER  -');
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line) || line === 'ER  -')).toBe(true);
    expect(lines).toContain(`TI  - ${'A '.repeat(80).trim()}`);
  });

  test('BibTeX keeps non-Latin text and uses the item id as key; CSL-JSON is the item itself', () => {
    const zh = cslItem(schema.parse({ title: '联合国人权办公室发布新疆报告', date: '2023-03-02', source: '示例通讯社' }), {
      ...context,
      id: 'xinjiang-zh',
    });
    const bib = citationFile(zh, 'bib');
    expect(bib).toContain('title = {联合国人权办公室发布新疆报告}');
    expect(bib).toContain('journal = {示例通讯社}');
    expect(bib).toMatch(/^@article\{xinjiangzh,/);
    expect(JSON.parse(citationFile(zh, 'json'))).toEqual([zh]);
    expect(citationFile(zh, 'ris')).toContain('TI  - 联合国人权办公室发布新疆报告');
  });
});

test('waybackUrl asks for the snapshot nearest the publication day', () => {
  expect(waybackUrl('https://example.com/a?b=1', { year: '2022', month: '09', day: '10' })).toBe(
    'https://web.archive.org/web/20220910/https://example.com/a?b=1',
  );
});

describe('BibTeX escaping', () => {
  const hostile = 'Ministers & envoys say “no deal” as talks <stall> in Zürich </script><b>x</b> 🌍 50% {x} a_b ~^ \\ $#';
  test.each([
    ['<stall>', '\\textless{}stall\\textgreater{}'],
    ['R&D 50% $5 #1 a_b {x}', 'R\\&D 50\\% \\$5 \\#1 a\\_b \\{x\\}'],
    ['~^\\', '\\textasciitilde{}\\textasciicircum{}\\textbackslash{}'],
    ['联合国 Zürich', '联合国 Zürich'],
  ])('latexEscape(%s) → %s', (input, expected) => {
    expect(latexEscape(input)).toBe(expected);
  });

  test('a hostile headline and names survive a BibTeX parser unchanged', () => {
    const library = parseBibtex(
      toBibtex({
        ...cslItem(schema.parse({ title: hostile, date: '2023-03-15', authors: ['José Martínez'] }), context),
        author: [{ family: 'Martínez', given: 'José' }, { literal: 'R&D Desk' }],
      }),
    );
    expect(library.errors).toEqual([]);
    expect(library.entries[0]?.fields.title).toBe(hostile);
    expect(library.entries[0]?.fields.author?.map((creator) => creator.name ?? `${creator.lastName}, ${creator.firstName}`)).toEqual([
      'Martínez, José',
      'R&D Desk',
    ]);
  });
});
