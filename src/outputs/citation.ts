/**
 * Citations of an article: the CSL-JSON item built from our schema, and everything citation-js
 * makes of it (APA 7, MLA 9 and Chicago notes-bibliography text, BibTeX, RIS). We never format a
 * citation ourselves: citation-js runs the Citation Style Language styles through citeproc-js,
 * the engine Zotero uses.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseName } from '@citation-js/name';
// citeproc-js, the CSL engine Zotero and citation-js run; it ships no types.
// @ts-expect-error no declaration file
import CSL from 'citeproc';
// Bundled as text (Vite `?raw`), so the build's output needs no files beside it.
import chicagoStyle from './csl/chicago-notes-bibliography.csl?raw';
import mlaStyle from './csl/modern-language-association.csl?raw';
import type { CalendarParts } from '../content/dates.ts';
import type { ArticleData } from '../content/schema.ts';

/** The citation styles shown on an article, in display order, with citation-js's name for each. */
export const CITATION_STYLES = [
  { key: 'apa', style: 'apa' },
  { key: 'mla', style: 'mla-9' },
  { key: 'chicago', style: 'chicago-notes-bibliography-18' },
] as const;
export type CitationStyleKey = (typeof CITATION_STYLES)[number]['key'];

/**
 * What the formatted text depends on besides the item: the citation-js CSL plugin's major version
 * (its built-in APA style) and the vendored styles' text. A cache of formatted references
 * (src/build/citation-cache.ts) is valid only for the same value.
 */
export const CITATION_ENGINE_VERSION = ['plugin-csl 0.8', mlaStyle, chicagoStyle].join('\n');

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

// citeproc keeps one engine per style and locale for the whole build (see plugin-csl's
// engines.js), so the styles are read and registered only once per process.
let stylesRegistered = false;
function configure(): void {
  if (stylesRegistered) return;
  const config = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } };
  config.styles.add('mla-9', mlaStyle);
  config.styles.add('chicago-notes-bibliography-18', chicagoStyle);
  const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
  // The ASCII-only default drops every character it has no LaTeX command for, so a Chinese
  // headline became `title = {}`; UTF-8 BibTeX is read by biber, Zotero and JabRef. Our item id
  // is the citation key, so it is stable between builds instead of `undefined2023undefined`.
  bibtex.format.asciiOnly = false;
  bibtex.format.useIdAsLabel = true;
  stylesRegistered = true;
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

/** The part of a citeproc-js engine used here (https://citeproc-js.readthedocs.io/en/latest/running.html). */
interface CiteprocEngine {
  setOutputFormat(format: 'text'): void;
  updateItems(ids: string[], nosort?: boolean): void;
  makeBibliography(): [unknown, string[]];
}

/**
 * One citeproc-js engine per style for the whole build, each asking `current` for its item.
 * Through citeproc directly, the engine citation-js itself runs: `Cite#format` also re-parses the
 * item and re-prepares the engine on every call, which measured 4.2 ms per item and style against
 * 1.2 ms here (APA, 300 items) — at 10,000 articles and three styles, about 90 s of build time.
 */
let engines: Map<CitationStyleKey, CiteprocEngine> | undefined;
let current: CslItem | undefined;
function engineFor(key: CitationStyleKey): CiteprocEngine {
  configure();
  if (!engines) {
    const csl = plugins.config.get('@csl') as { styles: Map<string, string>; locales: Map<string, string> };
    engines = new Map(
      CITATION_STYLES.map(({ key: styleKey, style }) => {
        const sys = { retrieveLocale: (lang: string) => csl.locales.get(lang) ?? csl.locales.get('en-US'), retrieveItem: () => current };
        const engine = new CSL.Engine(sys, csl.styles.get(style), 'en-US', true) as CiteprocEngine;
        engine.setOutputFormat('text');
        return [styleKey, engine];
      }),
    );
  }
  return engines.get(key)!;
}

/**
 * The item as a plain-text reference in each style, e.g. `{ apa: 'The Independent. (2022,
 * September 10). …', mla: …, chicago: … }`. Formatting uses the en-US CSL locale: the styles'
 * wording ("Retrieved", month names) follows the style guides' English.
 */
export function formatCitations(item: CslItem): Record<CitationStyleKey, string> {
  current = item;
  return Object.fromEntries(
    CITATION_STYLES.map(({ key }) => {
      const engine = engineFor(key);
      // One item, so nothing to sort (`nosort` skips citeproc's sort pass).
      engine.updateItems([item.id], true);
      return [key, engine.makeBibliography()[1].join('').trim()];
    }),
  ) as Record<CitationStyleKey, string>;
}

/** The download formats of a citation, with the file name each is published under next to the article. */
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

/** The item as a BibTeX entry (`@article{…}`), by citation-js's BibTeX plugin, its text escaped for LaTeX first. */
export function toBibtex(item: CslItem): string {
  configure();
  const escaped: CslItem = {
    ...item,
    title: latexEscape(item.title),
    'container-title': latexEscape(item['container-title']),
    ...(item.author ? { author: item.author.map(latexName) } : {}),
  };
  delete escaped.abstract;
  return String(new Cite(escaped).format('bibtex', { format: 'text' }));
}

/**
 * The item as an RIS record (`TY  - NEWS` … `ER  - `): the tags and values are citation-js's RIS
 * plugin's; only the lines are written here, one per value, because the plugin's text output
 * breaks values every 70 characters, which the RIS specification does not allow and strict
 * readers reject.
 */
export function toRis(item: CslItem): string {
  const records = new Cite(item).format('ris', { format: 'object' }) as Record<string, string | number | (string | number)[]>[];
  return records
    .map(({ TY, ...tags }) => {
      const lines = [`TY  - ${TY}`];
      for (const [tag, value] of Object.entries(tags)) {
        for (const one of [value].flat()) lines.push(`${tag}  - ${String(one).replace(/\s+/g, ' ')}`);
      }
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
