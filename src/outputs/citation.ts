/**
 * Citations of an article: the CSL-JSON item built from our schema and the reference files
 * citation-js makes of it (BibTeX, RIS, CSL-JSON). The APA, MLA and Chicago text comes from
 * citeproc-js through src/outputs/citation-engine.ts. We never format a citation ourselves.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { type CalendarParts, numericDay } from '../content/dates.ts';
import type { ArticleData } from '../content/schema.ts';
import { type CslName, cslName, risName } from './citation-names.ts';

/** The citation styles shown on an article, in display order (formatted by src/outputs/citation-engine.ts). */
export const CITATION_STYLES = [{ key: 'apa' }, { key: 'mla' }, { key: 'chicago' }] as const;
export type CitationStyleKey = (typeof CITATION_STYLES)[number]['key'];

/** The CSL-JSON fields we fill (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  'container-title': string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  abstract?: string;
  publisher?: string;
}

export interface CitationContext {
  /** Absolute canonical URL of the article. */
  url: string;
  siteTitle: string;
  /** The site's language, for articles without `lang`. */
  lang: string;
  /** Publication day in the site's time zone (the article's calendar parts). */
  day: CalendarParts;
  /** Citation key: stable and unique across the archive, e.g. the permalink's slug. */
  id: string;
}

let bibtexConfigured = false;
function configure(): void {
  if (bibtexConfigured) return;
  const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
  // The ASCII-only default drops every character it has no LaTeX command for, so a Chinese
  // headline became `title = {}`; UTF-8 BibTeX is read by biber, Zotero and JabRef. Our item id
  // is the citation key, so it is stable between builds instead of `undefined2023undefined`.
  bibtex.format.asciiOnly = false;
  bibtex.format.useIdAsLabel = true;
  bibtexConfigured = true;
}

/**
 * Text with every run of breaking white space (line breaks from a YAML block headline, tabs,
 * doubled spaces) as one space, trimmed. No-break spaces stay: French sets U+202F inside « ».
 */
const collapse = (text: string) => text.replace(/[ \t\n\v\f\r\u0085\u2028\u2029]+/g, ' ').replace(/^ | $/g, '');

/**
 * The item with white space collapsed in every text field, names included: a reference is one
 * line in every format, and a line break inside a BibTeX or RIS value breaks readers.
 */
function collapsed(item: CslItem): CslItem {
  const tidy = (value: unknown): unknown =>
    typeof value === 'string'
      ? collapse(value)
      : Array.isArray(value)
        ? value.map(tidy)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, tidy(inner)]))
          : value;
  return tidy(item) as CslItem;
}

/**
 * The CSL-JSON item of an article: its bylined authors (`cslName`: persons split, organisations
 * such as "Reuters Staff" as literals), or else the source as corporate author; the headline;
 * the source (or the site) as the publication; the publication day in the site's time zone; the
 * canonical URL. White space is collapsed in every field. The accessed date is left out on
 * purpose: it is the reader's.
 */
export function cslItem(data: ArticleData, context: CitationContext): CslItem {
  const authors =
    data.authors.length > 0 ? data.authors.map((name) => cslName(name, data)) : data.source ? [{ literal: data.source }] : undefined;
  const { year, month, day } = context.day;
  return collapsed({
    id: context.id,
    type: 'article-newspaper',
    title: data.title,
    ...(authors ? { author: authors } : {}),
    'container-title': data.source ?? context.siteTitle,
    issued: { 'date-parts': [[Number(year), Number(month), Number(day)]] },
    URL: context.url,
    language: data.lang ?? context.lang,
    ...(data.description ? { abstract: data.description } : {}),
  });
}

/** The download formats of a citation: the file name extension and media type of each. */
export const CITATION_FILES = {
  bib: { extension: 'bib', type: 'application/x-bibtex; charset=utf-8' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { extension: 'json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type CitationFormat = keyof typeof CITATION_FILES;

/**
 * The name a browser saves a download under: the item's id (for an article, its permalink's date
 * and slug, unique in the archive) and the format's extension, e.g. `2024-01-10-email-outage.bib`.
 * One name for every article ("cite.bib") made a reader's second download "cite (1).bib".
 */
export function citationFileName(item: CslItem, format: CitationFormat): string {
  return `${item.id}.${CITATION_FILES[format].extension}`;
}

/**
 * The BibTeX citation key of an item id: the id itself when it is made only of ASCII letters,
 * digits and `-_:.` (characters classic BibTeX and biber both accept in a key), else its ASCII
 * part (diacritics dropped) followed by a hash of the whole id, so keys stay distinct and usable
 * under classic BibTeX, which reads keys as bytes. citation-js's own label drops every other character, so the slugs
 * `e-mail-outage` and `email-outage` of one day got the same key, and `über` an 8-bit one.
 * @example bibtexKey('2024-01-10-e-mail-outage') // '2024-01-10-e-mail-outage'
 * @example bibtexKey('2024-01-10-über') // '2024-01-10-uber-' + 8 base-36 characters of the hash
 */
export function bibtexKey(id: string): string {
  if (/^[A-Za-z0-9_:.-]+$/.test(id)) return id;
  // Letters lose their diacritics first (Unicode NFKD, marks removed), so "über" keeps "uber".
  const ascii = id
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_:.-]+/g, '-')
    .replace(/-{2,}/g, '-');
  return `${ascii.replace(/-$/, '')}-${idHash(id)}`;
}

/**
 * Eight base-36 characters that tell ids apart: two 32-bit FNV-1a hashes (http://www.isthe.com/chongo/tech/comp/fnv/,
 * offset bases 0x811c9dc5 and 0x050c5d1f) of the id's UTF-16 code units. Not cryptographic, and
 * not meant to be: it only keeps apart keys whose ASCII parts agree. Ours because this folder is
 * pure (no Node built-ins, so no node:crypto; tests/unit/docs/boundaries.test.ts).
 */
function idHash(id: string): string {
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let i = 0; i < id.length; i++) {
    first = Math.imul(first ^ id.charCodeAt(i), 0x01000193) >>> 0;
    second = Math.imul(second ^ id.charCodeAt(i), 0x01000193) >>> 0;
  }
  return (first % 36 ** 4).toString(36).padStart(4, '0') + (second % 36 ** 4).toString(36).padStart(4, '0');
}

/** The body of one download: BibTeX, RIS or CSL-JSON. */
export function citationFile(item: CslItem, format: CitationFormat): string {
  if (format === 'bib') return toBibtex(item);
  if (format === 'ris') return toRis(item);
  return toCslJson(item);
}

/**
 * One download as a `data:` URL (RFC 2397), the file's UTF-8 bytes in base64 under its media type,
 * for a link with a `download` file name. The article page carries its downloads itself instead of
 * linking three files beside it: at 10,000 articles those 30,000 files cost the build more than
 * every other per-article output together (each a route for Astro and four file-system calls; on
 * this machine's disk 0.3 to 0.7 ms of CPU per small file), and tripled the files to deploy. Base64
 * rather than percent-encoding, since a Chinese headline would grow ninefold percent-encoded and
 * by a third in base64.
 * @example citationDataUrl(item, 'ris') // 'data:application/x-research-info-systems;charset=utf-8;base64,VFkgIC0gTkVXUw0K…'
 */
export function citationDataUrl(item: CslItem, format: CitationFormat): string {
  const bytes = new TextEncoder().encode(citationFile(item, format));
  // btoa takes one code unit per byte; the bytes go in chunks because spreading a large array overflows the stack.
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return `data:${CITATION_FILES[format].type.replace(/;\s+/g, ';')};base64,${btoa(binary)}`;
}

/**
 * Text as BibTeX field content: LaTeX's special characters escaped, every other character kept as
 * UTF-8. Our own because citation-js offers either ASCII-only output, which deletes any character
 * it has no LaTeX command for (a Chinese headline became `{}`), or no escaping at all (`&` and `<`
 * reach LaTeX raw, where `<` prints as ¡); so its escaping is off and this runs first.
 * @example latexEscape('Talks <stall> & 50% off') // 'Talks \\textless{}stall\\textgreater{} \\& 50\\% off'
 */
export function latexEscape(text: string): string {
  const commands: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '<': '\\textless{}',
    '>': '\\textgreater{}',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return text.replace(/[\\<>~^&%$#_{}]/g, (char) => commands[char] ?? `\\${char}`);
}

/** A name with every part escaped for LaTeX; citation-js then writes "van der Berg, Jr., Jan" or a braced literal. */
function latexName(name: CslName): CslName {
  return Object.fromEntries(Object.entries(name).map(([part, text]) => [part, latexEscape(text)])) as CslName;
}

// A word: letters, marks and digits, joined inside by an apostrophe, hyphen or period ("UN’s",
// "COVID-19", "U.S"). Never a LaTeX special character, so a word needs no escaping inside braces.
const TITLE_WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * A headline as a BibTeX `title`: escaped for LaTeX, with every word that holds a capital letter
 * in braces ("{NATO}", "{iPhone}", "{McDonald}", "{Zürich}", "{UN}’s"), wherever it stands, so no
 * style lowers its case. BibTeX's sentence-casing styles (`change.case$ "t"` in plain.bst and
 * its kin; biblatex's `\MakeSentenceCase`) lower every letter outside braces but the first of
 * the title and of a part after a colon, so unprotected they print "Nato", "iphone", "xinjiang".
 * Headlines are written in sentence case, so a capital past the first word marks a proper noun
 * or an acronym; the first word and the one after a colon are protected too, since an acronym
 * there ("NATO: …") loses its later capitals. Ours because citation-js's protection braces only
 * words starting with an ASCII capital after the first word and outside a colon's first word
 * (so "NATO: iPhone …" kept neither) and splits words at non-ASCII letters ("{Z}ürich",
 * "É{LYS}É{E}"). Words are whole Unicode words; no brace ever starts with a backslash, which
 * BibTeX would read as a "special character" whose case it changes.
 * @example bibtexTitle('NATO: iPhone sales & Zürich') // '{NATO}: {iPhone} sales \\& {Zürich}'
 */
export function bibtexTitle(title: string): string {
  let braced = '';
  let end = 0;
  for (const word of title.matchAll(TITLE_WORD)) {
    braced += latexEscape(title.slice(end, word.index)) + (/[\p{Lu}\p{Lt}]/u.test(word[0]) ? `{${word[0]}}` : word[0]);
    end = word.index + word[0].length;
  }
  return braced + latexEscape(title.slice(end));
}

/** BibTeX's month macros, defined by every standard style (btxdoc, "month"). */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The item as a BibTeX entry (`@article{…}`): the fields and their values are citation-js's BibTeX
 * plugin's, its text escaped for LaTeX first; only the lines are written here, because the plugin
 * braces every value and so writes the month as `month = {jan 13}`, which no BibTeX style reads.
 * The day goes out as `year = {2017}`, `month = jan` (the standard macro, unbraced, for classic
 * BibTeX styles) and then `date = {2017-01-13}` (biblatex's field), in that order: Zotero's BibTeX
 * import takes `date` over the parts when it comes last, @retorquere/bibtex-parser reads all three,
 * and classic BibTeX has no `day` field (Zotero's importer ignores one). The plugin's `howpublished`,
 * a copy of `url` for `@misc` readers, is dropped: `@article` has `url`.
 */
export function toBibtex(source: CslItem): string {
  configure();
  const item = collapsed(source);
  const escaped: CslItem = {
    ...item,
    title: latexEscape(item.title),
    'container-title': latexEscape(item['container-title']),
    ...(item.author ? { author: item.author.map(latexName) } : {}),
  };
  delete escaped.abstract;
  const entries = new Cite(escaped).format('bibtex', { format: 'object' }) as {
    type: string;
    label: string;
    properties: Record<string, string>;
  }[];
  const parts = item.issued['date-parts'][0];
  return entries
    .map(({ type, properties }) => {
      const lines = [`@${type}{${bibtexKey(item.id)},`];
      for (const [field, value] of Object.entries(properties)) {
        if (field === 'howpublished') continue;
        if (field === 'month') lines.push(`\tmonth = ${MONTH_MACROS[parts[1] - 1]},`, `\tdate = {${numericDay(parts, '-')}},`);
        else lines.push(`\t${field} = {${field === 'title' ? bibtexTitle(item.title) : value}},`);
      }
      lines.push('}');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/**
 * The item as an RIS record (`TY  - NEWS` … `ER  - `): the tags and values are citation-js's RIS
 * plugin's; only the lines are written here, one per value, because the plugin's text output
 * breaks values every 70 characters, which the RIS specification does not allow and strict
 * readers reject.
 *
 * The authors and the full date are added here: the plugin follows the RIS specification's table
 * for NEWS, where `AU` is the "Reporter" (mapped to CSL `reporter`, not `author`) and the only date
 * is `PY`, the year, so a newspaper article's `author` and `issued` day never reach the file. Zotero
 * and EndNote read `AU` as a newspaper article's author and `DA` (`YYYY/MM/DD/`) as its date, as
 * Zotero's own RIS export writes them; `DA` follows `PY` because readers that take the last date
 * tag (astrocite-ris) would otherwise keep only the year.
 *
 * `ID` is the item's whole id (for an article, its permalink's date and slug, unique in the
 * archive): the plugin's `ID` converter cuts every id to its first 20 characters
 * (`@citation-js/plugin-ris`, converters.js), so two articles of one day whose slugs begin alike
 * shared an ID.
 */
export function toRis(source: CslItem): string {
  const item = collapsed(source);
  const records = new Cite(item).format('ris', { format: 'object' }) as Record<string, string | number | (string | number)[]>[];
  const authors = (item.author ?? []).map(risName);
  const day = numericDay(item.issued['date-parts'][0], '/', '/');
  return records
    .map(({ TY, AU, DA, ...tags }) => {
      const lines = [`TY  - ${TY}`];
      const add = (tag: string, value: string | number | (string | number)[]) => {
        for (const one of [value].flat()) lines.push(`${tag}  - ${collapse(String(one))}`);
      };
      add('AU', AU ?? authors);
      for (const [tag, value] of Object.entries(tags)) add(tag, tag === 'ID' ? item.id : value);
      add('DA', DA ?? day);
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** The item as a CSL-JSON file: an array of one item, as Zotero and Pandoc read it, white space collapsed. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([collapsed(item)], null, 2)}\n`;
}

/**
 * The Wayback Machine's address for the original as it was on the publication day: the archive
 * redirects a `YYYYMMDD` timestamp to the nearest snapshot it holds.
 * @example waybackUrl('https://example.com/a', { year: '2022', month: '09', day: '10' }) // 'https://web.archive.org/web/20220910/https://example.com/a'
 */
export function waybackUrl(sourceUrl: string, day: CalendarParts): string {
  return `https://web.archive.org/web/${day.year}${day.month}${day.day}/${sourceUrl}`;
}
