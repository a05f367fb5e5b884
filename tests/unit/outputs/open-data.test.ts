import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { DATA_FIELDS, dataFields, dataFileNames, dataPackage, type DataRow, toCsv, toJsonLines } from '../../../src/outputs/open-data.ts';

const row = (over: Partial<DataRow> = {}): DataRow => ({
  url: 'https://news.example/2023/03/15/talks/',
  headline: 'Ministers & envoys say “no deal”, again; "quoted"\nand a new line',
  date: '2023-03-15T02:30:00Z',
  authors: ['José Martínez', 'Anna Kowalska'],
  source: 'Example Wire',
  section: '',
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
});
