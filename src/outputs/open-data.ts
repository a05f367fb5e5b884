/**
 * The archive's metadata as open data: one CSV and one JSON Lines file per year, a row per
 * article, described by a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/,
 * v1). CSV is written by `csv-stringify` (RFC 4180 quoting); list fields are joined with "; " in
 * CSV and kept as arrays in JSON Lines. A missing value (no source, no section) is `null` in JSON
 * Lines and an empty cell in CSV. JSON Lines keeps every text exactly; CSV defuses text that a
 * spreadsheet would run as a formula (`csvText`), so the two differ there and only there.
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
  /** Whether it is a list ("; "-separated in CSV, an array in JSON Lines; empty: `[]` and an empty cell). */
  list?: boolean;
  /** Whether some articles have no value: `null` in JSON Lines, an empty cell in CSV. */
  optional?: boolean;
  /** Whether every row has a non-empty value, never `null` nor an empty cell (Table Schema's `required`). */
  required?: boolean;
}

/** The columns, in file order. `text` is present only when full text is switched on. */
export const DATA_FIELDS: readonly DataField[] = [
  { name: 'url', type: 'string', format: 'uri', required: true },
  { name: 'headline', type: 'string', required: true },
  { name: 'date', type: 'datetime', required: true },
  { name: 'authors', type: 'string', list: true },
  { name: 'source', type: 'string', optional: true },
  { name: 'section', type: 'string', optional: true },
  { name: 'topics', type: 'string', list: true },
  { name: 'people', type: 'string', list: true },
  { name: 'places', type: 'string', list: true },
  { name: 'organisations', type: 'string', list: true },
  { name: 'language', type: 'string', required: true },
  { name: 'word_count', type: 'integer', required: true },
  // Added after the first release's columns, so a script that reads columns by position still works.
  { name: 'source_url', type: 'string', format: 'uri', optional: true },
  { name: 'storylines', type: 'string', list: true },
  { name: 'modified', type: 'datetime', optional: true },
  { name: 'corrections', type: 'integer', required: true },
];
export const TEXT_FIELD: DataField = { name: 'text', type: 'string' };

/** Separator of list values in CSV cells. */
export const LIST_SEPARATOR = '; ';

/** One article's values by column name; `null` where the article has none (an `optional` column). */
export type DataRow = Record<string, string | number | string[] | null>;

/** The fields of an export, with `text` when full text is included. */
export function dataFields(fullText: boolean): readonly DataField[] {
  return fullText ? [...DATA_FIELDS, TEXT_FIELD] : DATA_FIELDS;
}

/**
 * Characters that make Excel, LibreOffice Calc or Google Sheets read a cell beginning with them
 * as a formula, after OWASP's CSV Injection page (https://owasp.org/www-community/attacks/CSV_Injection):
 * equals, plus, minus, at, tab and carriage return.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A text value as CSV writes it: with a leading apostrophe when it begins with a formula trigger,
 * which spreadsheets read as "this is text" and do not show, as OWASP's CSV Injection page
 * advises (https://owasp.org/www-community/attacks/CSV_Injection). Headlines, names and topics
 * come from writers and imported feeds, and a researcher who opens the CSV in a spreadsheet must
 * not run `=HYPERLINK(…)` or `=cmd|…` from them. JSON Lines keeps the exact text.
 * @example csvText('=1+1') // "'=1+1"
 * @example csvText('-40 °C in Oymyakon') // "'-40 °C in Oymyakon"
 * @example csvText('Trade') // 'Trade'
 */
export function csvText(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}

/**
 * One CSV cell: text defused by `csvText` (each value of a list too, so splitting a list cell on
 * "; " in a spreadsheet gives no formula either), a number as written, a missing value empty.
 */
function csvCell(value: DataRow[string] | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(csvText).join(LIST_SEPARATOR);
  return typeof value === 'string' ? csvText(value) : value;
}

/**
 * Rows as CSV with a header line, lists joined with "; ", text defused by `csvText`. A cell
 * holding ";" is quoted too: OWASP's page warns that a reader whose spreadsheet splits on ";"
 * would otherwise get a new cell, and a formula, in the middle of a value.
 */
export function toCsv(rows: readonly DataRow[], fields: readonly DataField[]): string {
  const names = fields.map((field) => field.name);
  return stringify(
    rows.map((row) => names.map((name) => csvCell(row[name]))),
    { header: true, columns: names, record_delimiter: 'unix', quoted_match: ';' },
  );
}

/** Rows as JSON Lines: one JSON object per line, lists as arrays, text exactly as written, a missing value `null`. */
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
  /** Sentence added to an optional column's description: how a missing value is written. */
  missingNote: string;
  /** Each CSV resource's description: why some of its text starts with an apostrophe (`csvText`). */
  csvFormulaNote: string;
  /** ISO instant the data was built at (the newest article's date, so rebuilds are identical). */
  created: string;
}

/** A Table Schema field (https://specs.frictionlessdata.io/table-schema/) for one format's file. */
function schemaField(field: DataField, description: string, format: 'csv' | 'jsonl', options: DataPackageOptions) {
  const notes = [description];
  if (field.list && format === 'csv') notes.push(options.csvSeparatorNote);
  if (field.optional) notes.push(options.missingNote);
  return {
    name: field.name,
    // A list is one "; "-joined string in CSV and a JSON array in JSON Lines.
    type: field.list && format === 'jsonl' ? 'array' : field.type,
    ...(field.format ? { format: field.format } : {}),
    description: notes.join(' '),
    ...(field.required ? { constraints: { required: true } } : {}),
  };
}

/**
 * The `datapackage.json` descriptor of every year's CSV and JSON Lines file, each with a Table
 * Schema: in CSV an empty cell is a missing value (`missingValues: [""]`); in JSON Lines only
 * `null` is, and an empty string is text (`missingValues: []`).
 */
export function dataPackage(options: DataPackageOptions): Record<string, unknown> {
  const columns = dataFields(options.fullText).map((field) => {
    const description = options.fieldDescriptions[field.name];
    if (description === undefined)
      throw new Error(
        `dataPackage: no description for the column "${field.name}"; add it to research.data.fields in src/i18n/en.ts and every other dictionary.`,
      );
    return { field, description };
  });
  const schema = (format: 'csv' | 'jsonl') => ({
    fields: columns.map(({ field, description }) => schemaField(field, description, format, options)),
    missingValues: format === 'csv' ? [''] : [],
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
          description: options.csvFormulaNote,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          schema: schema('csv'),
        },
        {
          name: `articles-${year}-jsonl`,
          path: files.jsonl,
          title: `Articles published in ${year} (JSON Lines)`,
          format: 'jsonl',
          mediatype: 'application/jsonl',
          encoding: 'utf-8',
          schema: schema('jsonl'),
        },
      ];
    }),
  };
}
