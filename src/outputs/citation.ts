/**
 * Citations of an article: the CSL-JSON item built from our schema and the reference files
 * citation-js makes of it (BibTeX, RIS, CSL-JSON). The APA, MLA and Chicago text comes from
 * citeproc-js through src/outputs/citation-engine.ts. We never format a citation ourselves.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseName } from '@citation-js/name';
import { type CalendarParts, numericDay } from '../content/dates.ts';
import type { ArticleData } from '../content/schema.ts';

/** The citation styles shown on an article, in display order (formatted by src/outputs/citation-engine.ts). */
export const CITATION_STYLES = [{ key: 'apa' }, { key: 'mla' }, { key: 'chicago' }] as const;
export type CitationStyleKey = (typeof CITATION_STYLES)[number]['key'];

/** A CSL-JSON name: a person split into family and given names, or an organisation as a literal. */
export type CslName = { family: string; given?: string } | { literal: string };

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
 * A byline name as CSL: citation-js's name parser splits "José Martínez" into given and family
 * names so styles can invert and abbreviate it ("Martínez, J."). A name it cannot split (one
 * word, say) is kept whole as a literal, which styles print as written.
 */
export function cslName(name: string): CslName {
  const parsed = parseName(name) as { family?: string; given?: string };
  if (!parsed.family || !parsed.given) return { literal: name };
  return { family: parsed.family, given: parsed.given };
}

/**
 * The CSL-JSON item of an article: its bylined authors, or else the source as corporate author;
 * the headline; the source (or the site) as the publication; the publication day in the site's
 * time zone; the canonical URL. The accessed date is left out on purpose: it is the reader's.
 */
export function cslItem(data: ArticleData, context: CitationContext): CslItem {
  const authors = data.authors.length > 0 ? data.authors.map(cslName) : data.source ? [{ literal: data.source }] : undefined;
  const { year, month, day } = context.day;
  return {
    id: context.id,
    type: 'article-newspaper',
    title: data.title,
    ...(authors ? { author: authors } : {}),
    'container-title': data.source ?? context.siteTitle,
    issued: { 'date-parts': [[Number(year), Number(month), Number(day)]] },
    URL: context.url,
    language: data.lang ?? context.lang,
    ...(data.description ? { abstract: data.description } : {}),
  };
}

/** The download formats of a citation, with the file name a browser saves each under. */
export const CITATION_FILES = {
  bib: { file: 'cite.bib', type: 'application/x-bibtex; charset=utf-8' },
  ris: { file: 'cite.ris', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { file: 'cite.json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type CitationFormat = keyof typeof CITATION_FILES;

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

function latexName(name: CslName): CslName {
  return 'literal' in name
    ? { literal: latexEscape(name.literal) }
    : { family: latexEscape(name.family), ...(name.given ? { given: latexEscape(name.given) } : {}) };
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
export function toBibtex(item: CslItem): string {
  configure();
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
    .map(({ type, label, properties }) => {
      const lines = [`@${type}{${label},`];
      for (const [field, value] of Object.entries(properties)) {
        if (field === 'howpublished') continue;
        if (field === 'month') lines.push(`\tmonth = ${MONTH_MACROS[parts[1] - 1]},`, `\tdate = {${numericDay(parts, '-')}},`);
        else lines.push(`\t${field} = {${value}},`);
      }
      lines.push('}');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/**
 * An RIS name: "Family, Given" as the RIS specification asks for persons, an organisation as written.
 */
function risName(name: CslName): string {
  return 'literal' in name ? name.literal : name.given ? `${name.family}, ${name.given}` : name.family;
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
 */
export function toRis(item: CslItem): string {
  const records = new Cite(item).format('ris', { format: 'object' }) as Record<string, string | number | (string | number)[]>[];
  const authors = (item.author ?? []).map(risName);
  const day = numericDay(item.issued['date-parts'][0], '/', '/');
  return records
    .map(({ TY, AU, DA, ...tags }) => {
      const lines = [`TY  - ${TY}`];
      const add = (tag: string, value: string | number | (string | number)[]) => {
        for (const one of [value].flat()) lines.push(`${tag}  - ${String(one).replace(/\s+/g, ' ')}`);
      };
      add('AU', AU ?? authors);
      for (const [tag, value] of Object.entries(tags)) add(tag, value);
      add('DA', DA ?? day);
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** The item as a CSL-JSON file: an array of one item, as Zotero and Pandoc read it. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/**
 * The Wayback Machine's address for the original as it was on the publication day: the archive
 * redirects a `YYYYMMDD` timestamp to the nearest snapshot it holds.
 * @example waybackUrl('https://example.com/a', { year: '2022', month: '09', day: '10' }) // 'https://web.archive.org/web/20220910/https://example.com/a'
 */
export function waybackUrl(sourceUrl: string, day: CalendarParts): string {
  return `https://web.archive.org/web/${day.year}${day.month}${day.day}/${sourceUrl}`;
}
