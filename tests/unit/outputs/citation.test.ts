import { describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { calendarParts } from '../../../src/content/dates.ts';
import {
  bibtexKey,
  CITATION_FILES,
  type CitationFormat,
  citationDataUrl,
  citationFile,
  bibtexTitle,
  cslItem,
  latexEscape,
  toBibtex,
  toRis,
  waybackUrl,
} from '../../../src/outputs/citation.ts';
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
    expect(bib).toMatch(/^@article\{xinjiang-zh,/);
    expect(JSON.parse(citationFile(zh, 'json'))).toEqual([zh]);
    expect(citationFile(zh, 'ris')).toContain('TI  - 联合国人权办公室发布新疆报告');
  });
});

describe('citationDataUrl', () => {
  const items = {
    English: cslItem(schema.parse({ title: 'Talks stall', date: '2023-03-15', authors: ['Anna Kowalska'] }), context),
    Chinese: cslItem(schema.parse({ title: '联合国人权办公室发布新疆报告', date: '2023-03-02', source: '示例通讯社' }), context),
    Arabic: cslItem(schema.parse({ title: 'الأمم المتحدة تنشر تقريرها', date: '2023-03-02', authors: ['ليلى حداد'] }), context),
    'a very long headline': cslItem(schema.parse({ title: 'Ø '.repeat(40_000), date: '2023-03-02' }), context),
  };
  const cases = Object.entries(items).flatMap(([name, item]) =>
    (Object.keys(CITATION_FILES) as CitationFormat[]).map((format) => [name, format, item] as const),
  );
  test.each(cases)('%s as %s: the exact UTF-8 bytes of the file under its media type', (_name, format, item) => {
    const url = citationDataUrl(item, format);
    const match = /^data:([^,]+);base64,([A-Za-z0-9+/]*={0,2})$/.exec(url);
    expect(match?.[1]).toBe(CITATION_FILES[format].type.replace('; ', ';'));
    expect(Buffer.from(match?.[2] ?? '', 'base64').toString('utf8')).toBe(citationFile(item, format));
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

/**
 * Every kind of byline and date an article can have, with what a reference manager must read back
 * from each download: the names (family, given or the literal) and the day in the site's time zone.
 */
describe('the downloads carry every author and the full date', () => {
  const zone = 'America/New_York';
  const zoned = createArticleSchema({ timeZone: zone });
  const ARTICLES: { name: string; fields: Record<string, unknown>; names: string[]; day: [number, number, number] }[] = [
    {
      name: 'one author',
      fields: { date: '2017-01-13', authors: ['Jeffrey Gettleman'] },
      names: ['Gettleman, Jeffrey'],
      day: [2017, 1, 13],
    },
    {
      name: 'three authors',
      fields: { date: '2017-01-13', authors: ['Jeffrey Gettleman', 'Anna Kowalska', 'José Martínez'] },
      names: ['Gettleman, Jeffrey', 'Kowalska, Anna', 'Martínez, José'],
      day: [2017, 1, 13],
    },
    { name: 'source as author', fields: { date: '2017-01-13', source: 'Reuters' }, names: ['Reuters'], day: [2017, 1, 13] },
    {
      name: 'non-Latin names',
      fields: { date: '2023-03-02', authors: ['王小明', 'Анна Петрова'], source: '示例通讯社' },
      names: ['王小明', 'Петрова, Анна'],
      day: [2023, 3, 2],
    },
    { name: 'date only', fields: { date: '2022-12-31', authors: ['Anna Kowalska'] }, names: ['Kowalska, Anna'], day: [2022, 12, 31] },
    {
      // 03:30 UTC on 1 January is still 31 December in the site's zone: the day readers see.
      name: 'date and time',
      fields: { date: '2023-01-01T03:30:00Z', authors: ['Anna Kowalska'] },
      names: ['Kowalska, Anna'],
      day: [2022, 12, 31],
    },
    { name: 'no byline and no source', fields: { date: '2017-01-13' }, names: [], day: [2017, 1, 13] },
  ];
  const itemOf = (fields: Record<string, unknown>) => {
    const data = zoned.parse({ title: 'Talks stall', ...fields });
    return cslItem(data, { ...context, day: calendarParts(data.date, zone) });
  };
  const nameOf = (name: { family?: string; given?: string; literal?: string }): string | undefined =>
    name.literal ?? (name.given ? `${name.family}, ${name.given}` : name.family);

  test.each(ARTICLES)('RIS, $name: AU per author and DA with the day, read back by astrocite-ris', ({ fields, names, day }) => {
    const ris = toRis(itemOf(fields));
    const lines = ris.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('AU  - '))).toEqual(names.map((name) => `AU  - ${name}`));
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(lines).toContain(`DA  - ${day[0]}/${pad(day[1])}/${pad(day[2])}/`);
    expect(lines).toContain(`PY  - ${day[0]}`);
    const [parsed] = parseRis(ris);
    expect(parsed?.type).toBe('article-newspaper');
    // astrocite-core reads a name without a comma as "Given Family" and drops CJK characters from
    // it (王小明 comes back empty), so one-piece names are checked on the AU lines above; here
    // every author arrives and every person keeps family and given names.
    expect(parsed?.author ?? []).toHaveLength(names.length);
    expect((parsed?.author ?? []).map(nameOf).filter((name: string | undefined) => name?.includes(', '))).toEqual(
      names.filter((name) => name.includes(', ')),
    );
    expect(parsed?.issued?.['date-parts']?.[0]?.map(Number)).toEqual(day);
  });

  test.each(ARTICLES)('BibTeX, $name: standard month macro and biblatex date, one URL field', ({ fields, names, day }) => {
    const bib = toBibtex(itemOf(fields));
    expect(bib).not.toMatch(/month = \{/);
    expect(bib).not.toContain('howpublished');
    const library = parseBibtex(bib);
    expect(library.errors).toEqual([]);
    const entry = library.entries[0]!;
    expect((entry.fields.author ?? []).map((creator) => creator.name ?? `${creator.lastName}, ${creator.firstName}`)).toEqual(names);
    expect([entry.fields.year, entry.fields.month].map(Number)).toEqual(day.slice(0, 2));
    expect(entry.fields.date).toBe(`${day[0]}-${String(day[1]).padStart(2, '0')}-${String(day[2]).padStart(2, '0')}`);
    expect(entry.fields.url).toBe(context.url);
    // Zotero's importer takes `date` only when it comes after `year` and `month`.
    expect(bib.indexOf('date = ')).toBeGreaterThan(bib.indexOf('month = '));
  });
});

/**
 * The RIS `ID` is the item's whole id: citation-js's RIS plugin cuts ids to 20 characters, which
 * gave two articles of one day whose slugs begin alike the same ID.
 */
describe('RIS ID', () => {
  const SAME_DAY = '2022-09-10-china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report';
  const itemWithId = (id: string) =>
    cslItem(schema.parse({ title: 'Talks stall', date: '2022-09-10', source: 'Wire' }), { ...context, id });
  test.each([
    ['a short id', 'talks'],
    ['exactly 20 characters', '2022-09-10-talks-sta'],
    ['21 characters', '2022-09-10-talks-stal'],
    ['a long permalink slug', SAME_DAY],
    ['a slug past 255 characters', `2022-09-10-${'a'.repeat(300)}`],
    ['a non-Latin slug', '2023-03-02-联合国人权办公室发布新疆报告'],
  ])('%s is written whole and read back whole by astrocite-ris', (_, id) => {
    const ris = toRis(itemWithId(id));
    expect(ris.split('\n').filter((line) => line.startsWith('ID  - '))).toEqual([`ID  - ${id}`]);
    expect(parseRis(ris)[0]?.id).toBe(id);
  });

  test('two articles of one day whose slugs share their first 20 characters get different IDs', () => {
    const ids = [SAME_DAY, `${SAME_DAY.slice(0, 30)}-follow-up`].map((id) => /^ID {2}- (.*)$/m.exec(toRis(itemWithId(id)))?.[1]);
    expect(ids[0]!.slice(0, 20)).toBe(ids[1]!.slice(0, 20));
    expect(new Set(ids).size).toBe(2);
  });
});

/**
 * Headlines as BibTeX titles: every word holding a capital is braced wherever it stands (first,
 * after a colon, inside quotes), whatever its script, so BibTeX's sentence-casing styles cannot
 * lower it; the parser reads the title back as written.
 */
describe('bibtexTitle', () => {
  test.each([
    ['UN says NATO must act', '{UN} says {NATO} must act'],
    ['NATO: iPhone sales fall at McDonald’s', '{NATO}: {iPhone} sales fall at {McDonald’s}'],
    ['China says UN has ‘closed the door’ on Xinjiang', '{China} says {UN} has ‘closed the door’ on {Xinjiang}'],
    ['The UN’s ‘last word’', '{The} {UN’s} ‘last word’'],
    ['COVID-19 cases rise in the U.S.', '{COVID-19} cases rise in the {U.S}.'],
    ['Zürich, Élysée and ÉLYSÉE', '{Zürich}, {Élysée} and {ÉLYSÉE}'],
    ['Путин и НАТО', '{Путин} и {НАТО}'],
    ['R&D: 50% of iOS users', '{R}\\&{D}: 50\\% of {iOS} users'],
    ['<b>MacBook</b> {x}', '\\textless{}b\\textgreater{}{MacBook}\\textless{}/b\\textgreater{} \\{x\\}'],
    ['联合国人权办公室发布新疆报告', '联合国人权办公室发布新疆报告'],
    ['all lower case', 'all lower case'],
  ])('%s → %s', (title, expected) => {
    expect(bibtexTitle(title)).toBe(expected);
  });

  const HEADLINES = [
    'China says UN has ‘closed the door’ on cooperation over human rights with Xinjiang report',
    'NATO: iPhone sales fall at McDonald’s as EU fines Apple',
    'Ministers & envoys say “no deal” as talks <stall> in Zürich 🌍 50% {x} a_b ~^ \\ $#',
    'Le gouvernement «\u202fferme la porte\u202f» à l’ONU',
    'eBay and YouTube: the iPad era',
  ];
  test.each(HEADLINES)('%s: every word with a capital is braced, and the parser reads the title back', (title) => {
    const bib = toBibtex(cslItem(schema.parse({ title, date: '2023-03-15', source: 'Example Wire' }), context));
    const field = /^\ttitle = \{(.*)\},$/m.exec(bib)?.[1] ?? '';
    const words = title.match(/[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
    for (const word of words.filter((candidate) => /\p{Lu}/u.test(candidate))) expect(field).toContain(`{${word}}`);
    // No brace group opens on a backslash: BibTeX would take it for a special character and change its case.
    expect(field).not.toMatch(/\{\\/);
    const library = parseBibtex(bib);
    expect(library.errors).toEqual([]);
    expect(library.entries[0]?.fields.title).toBe(title);
  });
});

/**
 * Line breaks, tabs and doubled spaces in any field (a YAML block headline, a pasted byline) come
 * out as single spaces in every download, so each field stays on one line; no-break spaces stay.
 */
describe('white space in every field of every download', () => {
  const FIELDS: [string, Record<string, unknown>, string, string][] = [
    ['a headline over two lines', { title: 'Talks stall\nin Zürich' }, 'title', 'Talks stall in Zürich'],
    ['a headline with tabs and doubled spaces', { title: '  Talks\t\tstall   again ' }, 'title', 'Talks stall again'],
    ['a headline with CRLF line ends', { title: 'Talks\r\nstall' }, 'title', 'Talks stall'],
    ['a source over two lines', { source: 'Example\n  Wire' }, 'container-title', 'Example Wire'],
    ['a standfirst in paragraphs', { description: 'First line.\n\nSecond line.' }, 'abstract', 'First line. Second line.'],
    ['a French headline with no-break spaces', { title: 'Le «\u202fnon\u202f»\nde Paris' }, 'title', 'Le «\u202fnon\u202f» de Paris'],
  ];
  const itemOf = (fields: Record<string, unknown>) =>
    cslItem(schema.parse({ title: 'Talks stall', date: '2023-03-15', authors: ['Anna\n Kowalska', 'Reuters\tStaff'], ...fields }), context);

  test.each(FIELDS)('%s: the CSL-JSON item and file', (_, fields, key, expected) => {
    const item = itemOf(fields);
    expect(item[key as keyof typeof item]).toBe(expected);
    const [file] = JSON.parse(citationFile(item, 'json')) as Record<string, unknown>[];
    expect(file?.[key]).toBe(expected);
    expect(JSON.stringify(file)).not.toMatch(/\\[nrt]| {2}/);
    expect(file?.author).toEqual([{ family: 'Kowalska', given: 'Anna' }, { literal: 'Reuters Staff' }]);
  });

  test.each(FIELDS)('%s: BibTeX, one line per field, read back collapsed', (_, fields, key, expected) => {
    const bib = citationFile(itemOf(fields), 'bib');
    expect(
      bib
        .trimEnd()
        .split('\n')
        .every((line) => /^@article\{\w+,$|^\t\w+ = .*,$|^\}$/.test(line)),
    ).toBe(true);
    const entry = parseBibtex(bib).entries[0]!;
    if (key === 'title') expect(entry.fields.title).toBe(expected);
    if (key === 'container-title') expect(entry.fields.journal).toBe(expected);
    expect(entry.fields.author?.map((creator) => creator.name ?? `${creator.lastName}, ${creator.firstName}`)).toEqual([
      'Kowalska, Anna',
      'Reuters Staff',
    ]);
  });

  test.each(FIELDS)('%s: RIS, one line per value, read back collapsed', (_, fields, key, expected) => {
    const ris = citationFile(itemOf(fields), 'ris');
    expect(
      ris
        .trimEnd()
        .split('\n')
        .every((line) => /^[A-Z][A-Z0-9] {2}- \S/.test(line) || line === 'ER  -'),
    ).toBe(true);
    const [record] = parseRis(ris);
    expect(record?.[key]).toBe(expected);
    expect(ris).toContain('AU  - Kowalska, Anna\nAU  - Reuters Staff\n');
  });
});

describe('bibtexKey', () => {
  test.each([
    ['an ASCII permalink id stays whole, hyphens included', '2024-01-10-e-mail-outage', '2024-01-10-e-mail-outage'],
    ['its neighbour of the same day stays distinct', '2024-01-10-email-outage', '2024-01-10-email-outage'],
    ['underscores, colons and full stops are key characters', '2024-01-10-a_b:c.d', '2024-01-10-a_b:c.d'],
  ])('%s', (_what, id, key) => {
    expect(bibtexKey(id)).toBe(key);
  });

  test.each([
    ['a Chinese slug', '2024-01-10-中国说联合国', /^2024-01-10-[0-9a-z]{8}$/],
    ['a Latin slug with a diacritic keeps its letters', '2024-01-10-über', /^2024-01-10-uber-[0-9a-z]{8}$/],
    ['a mixed slug', '2024-01-10-nato-und-über', /^2024-01-10-nato-und-uber-[0-9a-z]{8}$/],
  ])('%s becomes an ASCII key', (_what, id, pattern) => {
    expect(bibtexKey(id)).toMatch(pattern);
  });

  test('ids that differ only outside ASCII get different keys', () => {
    const keys = ['2024-01-10-中国', '2024-01-10-日本', '2024-01-10-über', '2024-01-10-uber', '2024-01-10-ùber'].map(bibtexKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
