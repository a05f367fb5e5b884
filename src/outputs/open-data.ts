/**
 * The archive's metadata as open data: one CSV and one JSON Lines file per year, a row per
 * article, described by a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/,
 * v1). CSV is written by `csv-stringify` (RFC 4180 quoting); list fields are joined with "; " in
 * CSV and kept as arrays in JSON Lines.
 */
import { stringify } from 'csv-stringify/sync';

/**
 * One column: its name and Table Schema type. What it holds is written in each interface
 * language (`research.data.fields` in src/i18n), so the /data/ page and the descriptor speak the
 * site's language.
 */
export interface DataField {
  name: string;
  type: 'string' | 'datetime' | 'integer';
  format?: 'uri';
  /** Whether it is a list ("; "-separated in CSV, an array in JSON Lines). */
  list?: boolean;
}

/** The columns, in file order. `text` is present only when full text is switched on. */
export const DATA_FIELDS: readonly DataField[] = [
  { name: 'url', type: 'string', format: 'uri' },
  { name: 'headline', type: 'string' },
  { name: 'date', type: 'datetime' },
  { name: 'authors', type: 'string', list: true },
  { name: 'source', type: 'string' },
  { name: 'section', type: 'string' },
  { name: 'topics', type: 'string', list: true },
  { name: 'people', type: 'string', list: true },
  { name: 'places', type: 'string', list: true },
  { name: 'organisations', type: 'string', list: true },
  { name: 'language', type: 'string' },
  { name: 'word_count', type: 'integer' },
];
export const TEXT_FIELD: DataField = { name: 'text', type: 'string' };

/** Separator of list values in CSV cells. */
export const LIST_SEPARATOR = '; ';

export type DataRow = Record<string, string | number | string[]>;

/** The fields of an export, with `text` when full text is included. */
export function dataFields(fullText: boolean): readonly DataField[] {
  return fullText ? [...DATA_FIELDS, TEXT_FIELD] : DATA_FIELDS;
}

/** Rows as CSV with a header line, lists joined with "; ". */
export function toCsv(rows: readonly DataRow[], fields: readonly DataField[]): string {
  const names = fields.map((field) => field.name);
  return stringify(
    rows.map((row) => names.map((name) => (Array.isArray(row[name]) ? row[name].join(LIST_SEPARATOR) : (row[name] ?? '')))),
    { header: true, columns: names, record_delimiter: 'unix' },
  );
}

/** Rows as JSON Lines: one JSON object per line, lists as arrays. */
export function toJsonLines(rows: readonly DataRow[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

/** The two files of a year: `articles-2022.csv` and `articles-2022.jsonl`. */
export function dataFileNames(year: string): { csv: string; jsonl: string } {
  return { csv: `articles-${year}.csv`, jsonl: `articles-${year}.jsonl` };
}

export interface DataPackageOptions {
  /** Package name: lower case letters, digits and `-._/` (the spec's pattern). */
  name: string;
  title: string;
  description: string;
  /** Absolute URL of the /data/ page. */
  homepage: string;
  /** The licence's name and the URL of its text; with no URL, the page that states it. */
  license: { title: string; path: string };
  years: readonly string[];
  fullText: boolean;
  /** Each column's description, by column name; a column missing here is an error. */
  fieldDescriptions: Readonly<Record<string, string>>;
  /** Sentence added to a list column's description: how CSV separates its values. */
  csvSeparatorNote: string;
  /** ISO instant the data was built at (the newest article's date, so rebuilds are identical). */
  created: string;
}

/** The `datapackage.json` descriptor of every year's CSV and JSON Lines file. */
export function dataPackage(options: DataPackageOptions): Record<string, unknown> {
  const fields = dataFields(options.fullText).map(({ name, type, format, list }) => {
    const description = options.fieldDescriptions[name];
    if (description === undefined)
      throw new Error(
        `dataPackage: no description for the column "${name}"; add it to research.data.fields in src/i18n/en.ts and every other dictionary.`,
      );
    return { name, type, ...(format ? { format } : {}), description: list ? `${description} ${options.csvSeparatorNote}` : description };
  });
  return {
    profile: 'data-package',
    name: options.name,
    title: options.title,
    description: options.description,
    homepage: options.homepage,
    created: options.created,
    licenses: [options.license],
    resources: options.years.flatMap((year) => {
      const files = dataFileNames(year);
      return [
        {
          profile: 'tabular-data-resource',
          name: `articles-${year}-csv`,
          path: files.csv,
          title: `Articles published in ${year} (CSV)`,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          schema: { fields },
        },
        {
          name: `articles-${year}-jsonl`,
          path: files.jsonl,
          title: `Articles published in ${year} (JSON Lines)`,
          format: 'jsonl',
          mediatype: 'application/jsonl',
          encoding: 'utf-8',
        },
      ];
    }),
  };
}
