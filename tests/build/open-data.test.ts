import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { csvText, FORMULA_TRIGGERS } from '../../src/outputs/open-data.ts';
import { builtDir, fixtureBuilds, readPage } from '../support/site.ts';
import { $, $$, jsonLdOf, parseHtml, text } from '../support/html.ts';

const BUILDS = [
  {
    name: fixtureBuilds.root.name,
    base: '/',
    fullText: false,
    licence: { title: 'Same terms as The News Archive', path: 'https://news.example/data/' },
  },
  {
    name: fixtureBuilds.sub.name,
    base: '/archive/',
    fullText: true,
    licence: { title: 'CC BY 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
  },
];
// The Data Package v1 profile, vendored from https://specs.frictionlessdata.io/schemas/data-package.json
// (frictionlessdata/datapackage, public/profiles/1.0/datapackage.json at 6a201af).
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/data-package.schema.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

describe.each(BUILDS)('open data in $name', ({ name, base, fullText, licence }) => {
  const dir = () => join(builtDir(name), 'data');

  test('datapackage.json is a valid Data Package whose every resource file exists', () => {
    const descriptor = JSON.parse(readFileSync(join(dir(), 'datapackage.json'), 'utf8'));
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    const paths = (descriptor.resources as { path: string }[]).map((resource) => resource.path);
    expect(paths).toEqual(['articles-2022.csv', 'articles-2022.jsonl', 'articles-2023.csv', 'articles-2023.jsonl']);
    expect(
      readdirSync(dir())
        .filter((file) => file !== 'index.html')
        .sort(),
    ).toEqual([...paths, 'datapackage.json'].sort());
    expect(descriptor.licenses).toEqual([licence]);
  });

  test('every CSV parses with a CSV parser into the declared columns, one row per article, and agrees with its JSON Lines', () => {
    const descriptor = JSON.parse(readFileSync(join(dir(), 'datapackage.json'), 'utf8'));
    const columns = descriptor.resources[0].schema.fields.map((field: { name: string }) => field.name);
    const counts: Record<string, number> = { 2022: 1, 2023: 2 };
    for (const year of ['2022', '2023']) {
      const rows = parseCsv(readFileSync(join(dir(), `articles-${year}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
      const lines = readFileSync(join(dir(), `articles-${year}.jsonl`), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(rows).toHaveLength(counts[year]!);
      expect(lines).toHaveLength(counts[year]!);
      rows.forEach((row, i) => {
        expect(Object.keys(row)).toEqual(columns);
        expect(row.url).toBe(lines[i].url);
        expect(String(row.url).startsWith(`https://news.example${base}${year}/`)).toBe(true);
        expect(row.headline).toBe(lines[i].headline);
        expect(row.authors).toBe(lines[i].authors.join('; '));
        expect(Number(row.word_count)).toBe(lines[i].word_count);
        expect(Number(row.word_count)).toBeGreaterThan(5);
      });
    }
    const rows2023 = readFileSync(join(dir(), 'articles-2023.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows2023.map((row) => [row.headline.slice(0, 20), row.language, row.authors, row.places])).toEqual([
      ['联合国人权办公室发布新疆报告', 'zh-Hans', [], ['新疆', '北京']],
      ['Ministers & envoys s', 'en-GB', ['José Martínez', 'Anna Kowalska'], ['Zürich', 'São Paulo']],
    ]);
    // Full text only when the site opts in (DATA_FULL_TEXT=1), as the body's Markdown.
    if (fullText)
      expect(rows2023[1].text).toMatch(/^Talks in Zürich ended without a deal on Tuesday night, delegates said\.\n\n## What was agreed/);
    else for (const row of rows2023) expect(row).not.toHaveProperty('text');
  });

  test('source URL, storylines, last change and corrections agree with the article page', async () => {
    const lines = readFileSync(join(dir(), 'articles-2023.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const pick = (row: Record<string, unknown>) => [row.source_url, row.storylines, row.corrections];
    expect(lines.map(pick)).toEqual([
      [null, ['Xinjiang report'], 0],
      ['https://example.com/news/zurich-talks', ['Zürich talks'], 1],
    ]);
    // `modified` is JSON-LD's dateModified when the article changed after publication, else missing.
    const changed = jsonLdOf(await readPage(name, '2023/03/15/zurich-talks-stall/'));
    expect(lines[1]!.modified).toBe(changed.dateModified);
    expect(lines[0]!.modified).toBeNull();
    const csv = parseCsv(readFileSync(join(dir(), 'articles-2023.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv.map((row) => [row.source_url, row.storylines, row.modified, row.corrections])).toEqual([
      ['', 'Xinjiang report', '', '0'],
      ['https://example.com/news/zurich-talks', 'Zürich talks', changed.dateModified, '1'],
    ]);
  });

  test('a missing value is null in JSON Lines and an empty cell in CSV; CSV text is JSON Lines text defused for spreadsheets', () => {
    const descriptor = JSON.parse(readFileSync(join(dir(), 'datapackage.json'), 'utf8'));
    const [csvSchema, jsonlSchema] = [descriptor.resources[0].schema, descriptor.resources[1].schema];
    expect(csvSchema.missingValues).toEqual(['']);
    expect(jsonlSchema.missingValues).toEqual([]);
    expect(descriptor.resources[0].description).toBe(en.research.data.formulaNote);
    for (const year of ['2022', '2023']) {
      const rows = parseCsv(readFileSync(join(dir(), `articles-${year}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
      const lines = readFileSync(join(dir(), `articles-${year}.jsonl`), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      rows.forEach((row, i) => {
        for (const field of jsonlSchema.fields as { name: string; type: string; constraints?: { required: boolean } }[]) {
          const value = lines[i]![field.name];
          // JSON Lines never writes "" for a missing value; a required column is never missing.
          if (field.name !== 'text') expect(value, field.name).not.toBe('');
          if (field.constraints?.required) expect(value, field.name).not.toBeNull();
          const expected =
            value === null
              ? ''
              : Array.isArray(value)
                ? value.map(csvText).join('; ')
                : typeof value === 'string'
                  ? csvText(value)
                  : String(value);
          expect(row[field.name], field.name).toBe(expected);
          for (const part of row[field.name]!.split('; '))
            expect(
              FORMULA_TRIGGERS.some((trigger) => part.startsWith(trigger)),
              part,
            ).toBe(false);
        }
      });
    }
  });

  test('/data/ links every file and explains the fields and the licence', async () => {
    const html = await readPage(name, 'data/');
    const links = $$(parseHtml(html), 'main a').map((a) => a.properties.href);
    for (const file of ['articles-2022.csv', 'articles-2022.jsonl', 'articles-2023.csv', 'articles-2023.jsonl', 'datapackage.json']) {
      expect(links).toContain(`${base}data/${file}`);
    }
    expect(html).toContain('<code>word_count</code>');
    // The field table scrolls inside a region the keyboard can reach, named by the Fields heading.
    const tree = parseHtml(html);
    const region = $(tree, '.data-table-scroll');
    // A <section> named by a heading is a region landmark (HTML-AAM), so no role attribute is needed.
    expect(region?.tagName).toBe('section');
    expect(region?.properties).toMatchObject({ tabIndex: 0, ariaLabelledBy: ['data-fields'] });
    expect(text($(tree, '#data-fields'))).toBe(en.research.data.fieldsHeading);
    const types = Object.fromEntries($$(region!, 'tbody tr').map((tr) => [text($(tr, 'th')), text($$(tr, 'td')[0])]));
    expect(types).toMatchObject({ source: 'string, optional', section: 'string, optional', topics: 'string (list)', headline: 'string' });
    const notes = $$(tree, '.data-page p').map(text);
    expect(notes).toContain(en.research.data.missingNote);
    expect(notes).toContain(en.research.data.formulaNote);
    expect(html).toContain(fullText ? 'The data is published under CC BY 4.0.' : 'The same terms as the rest of The News Archive.');
  });
});
