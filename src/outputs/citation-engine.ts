/**
 * The reference text of an article in APA 7, MLA 9 and Chicago notes-bibliography, formatted by
 * citeproc-js (the CSL engine Zotero and citation-js run) with one engine per style and CSL
 * locale for the whole build. We never format a reference ourselves.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
// citeproc-js ships no types.
// @ts-expect-error no declaration file
import CSL from 'citeproc';
// Bundled as text (Vite `?raw`), so the build's output needs no files beside it.
import chicagoStyle from './csl/chicago-notes-bibliography.csl?raw';
import mlaStyle from './csl/modern-language-association.csl?raw';
import { CITATION_STYLES, type CitationStyleKey, type CslItem } from './citation.ts';

/**
 * What the formatted text depends on besides the item and the locale: the citation-js CSL
 * plugin's major version (its built-in APA style and locales), the vendored styles' text and the
 * reduction `bibliographyOnly` makes. A cache of formatted references
 * (src/build/citation-cache.ts) is valid only for the same value.
 */
export const CITATION_ENGINE_VERSION = [
  'plugin-csl 0.8',
  'bibliography-only 1',
  'locale-day-order 1',
  'locale-quotes 2',
  'bidi-isolates 1',
  mlaStyle,
  chicagoStyle,
].join('\n');

/** The styles' CSL text by key: APA is citation-js's built-in style, the others are vendored (src/outputs/csl/README.md). */
function styleXml(key: CitationStyleKey): string {
  if (key === 'mla') return mlaStyle;
  if (key === 'chicago') return chicagoStyle;
  return (plugins.config.get('@csl') as { styles: { get(name: string): string } }).styles.get('apa');
}

/** citation-js's vendored CSL locales (`@citation-js/plugin-csl`: en-US, de-DE, es-ES, fr-FR, nl-NL). */
const cslLocales = (plugins.config.get('@csl') as { locales: { get(tag: string): string | undefined; list(): string[] } }).locales;

/** The CSL locale every style falls back to, and the one the styles' own wording is written in. */
export const FALLBACK_CSL_LOCALE = 'en-US';

/**
 * The CSL locale to format references in for a site language: the vendored locale of the same
 * language, else en-US. The answer is also the `lang` of the reference text on the page, since
 * the months and terms ("Retrieved", "and") are in that language whatever the site's.
 * @example citationLocale('fr') // 'fr-FR'; citationLocale('ja') // 'en-US'
 */
export function citationLocale(siteLang: string): string {
  const language = siteLang.toLowerCase().split('-')[0];
  return cslLocales.list().find((tag) => tag.toLowerCase().split('-')[0] === language) ?? FALLBACK_CSL_LOCALE;
}

/** A CSL element as citeproc's own XML parser returns it (`CSL.parseXml`), and as its engine accepts a style. */
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

const isNode = (child: CslNode | string): child is CslNode => typeof child === 'object';

/**
 * The style reduced to what a one-entry bibliography needs: the bibliography's `<sort>` dropped
 * and the in-text citation cut to the title, without disambiguation. citeproc-js still sorts the
 * bibliography and renders every item's citation form to check it against the others'
 * (`updateItems` → sort keys, ambiguity keys), which measured 55–60% of the time per article
 * (a CPU profile over 3,000 generated articles; docs/benchmarks.md, "Citations") and cannot
 * change a bibliography of one entry. The entry itself is rendered from the untouched
 * `<bibliography>` and macros; the unit tests compare the output with the full style's.
 */
export function bibliographyOnly(xml: string): CslNode {
  const style = CSL.parseXml(xml) as CslNode;
  if (style.name !== 'style') throw new Error('bibliographyOnly: the CSL text has no <style> element');
  for (const element of style.children.filter(isNode)) {
    if (element.name === 'bibliography')
      element.children = element.children.filter((child: CslNode | string) => !isNode(child) || child.name !== 'sort');
    if (element.name === 'citation') {
      element.attrs = Object.fromEntries(Object.entries(element.attrs).filter(([name]) => !name.includes('disambiguat')));
      element.children = [{ name: 'layout', attrs: {}, children: [{ name: 'text', attrs: { variable: 'title' }, children: [] }] }];
    }
  }
  return style;
}

/**
 * The style with every month-and-day date it writes out part by part (APA's `date-issued-month-day`
 * macro: `<date-part name="month"/><date-part name="day" prefix=" "/>`) turned into the CSL
 * locale's own text form limited to those parts (`<date form="text" date-parts="month-day"/>`).
 * The style's order is English: French APA came out "(2017, janvier 13)". The locale's order is
 * what each national adaptation of APA 7 prints: "(2017, January 13)", "(2017, 13 janvier)"
 * (Université de Montréal's adaptation, the CSL style `universite-de-montreal-apa`), "(2017, 13. Januar)",
 * "(2017, 13 de enero)", "(2017, 13 januari)". Year-only and full dates are left alone. Returns the
 * number of dates changed, so a style update that renames the macro shows in the tests.
 */
export function localeDayOrder(style: CslNode): number {
  let changed = 0;
  const visit = (node: CslNode) => {
    node.children.forEach((child, index) => {
      if (!isNode(child)) return;
      const parts = child.children.filter(isNode).map((part) => (part.name === 'date-part' ? part.attrs.name : part.name));
      if (child.name === 'date' && !child.attrs.form && parts.join() === 'month,day') {
        const { variable } = child.attrs;
        node.children[index] = {
          name: 'date',
          attrs: { ...(variable ? { variable } : {}), form: 'text', 'date-parts': 'month-day' },
          children: [],
        };
        changed += 1;
      } else visit(child);
    });
  };
  visit(style);
  return changed;
}

/** A CSL locale's quotation marks: the first level (`open-quote`, `close-quote`) and the level inside it. */
export interface LocaleQuotes {
  outer: [open: string, close: string];
  inner: [open: string, close: string];
}

/** The quotation marks a CSL locale defines, read with citeproc's own XML parser (entities such as `&#160;` decoded). */
export function localeQuotes(localeXml: string): LocaleQuotes {
  const locale = CSL.parseXml(localeXml) as CslNode;
  const terms = locale.children.filter(isNode).flatMap((node) => (node.name === 'terms' ? node.children.filter(isNode) : []));
  const term = (name: string) => {
    const text = terms.find((node) => node.attrs.name === name && !node.attrs.form)?.children[0];
    if (typeof text !== 'string') throw new Error(`localeQuotes: the CSL locale has no "${name}" term`);
    return text;
  };
  return { outer: [term('open-quote'), term('close-quote')], inner: [term('open-inner-quote'), term('close-inner-quote')] };
}

/** The part of a citeproc-js engine used here (https://citeproc-js.readthedocs.io/en/latest/running.html). */
interface CiteprocEngine {
  setOutputFormat(format: 'text'): void;
  updateItems(ids: string[], nosort?: boolean): void;
  makeBibliography(): [unknown, string[]];
}

/** The part of citeproc-js's module used here. */
export interface Citeproc {
  Engine: new (
    sys: { retrieveLocale(tag: string): string | undefined; retrieveItem(id: string): unknown },
    style: CslNode,
    locale: string,
    forceLocale: boolean,
  ) => CiteprocEngine;
}

/** Everything a formatter needs besides citeproc, as plain data a worker thread can receive. */
export interface FormatterInputs {
  /** The reduced styles (`bibliographyOnly`) by key, in display order. */
  styles: Record<CitationStyleKey, CslNode>;
  /** CSL locale XML by tag. */
  locales: Record<string, string>;
  /** Each locale's quotation marks by tag (`localeQuotes`). */
  quotes: Record<string, LocaleQuotes>;
}

/** The reduced styles with the locale's day order (`bibliographyOnly`, `localeDayOrder`), and citation-js's CSL locales. */
export function formatterInputs(): FormatterInputs {
  const styles = {} as Record<CitationStyleKey, CslNode>;
  for (const { key } of CITATION_STYLES) {
    styles[key] = bibliographyOnly(styleXml(key));
    localeDayOrder(styles[key]);
  }
  const locales = Object.fromEntries(cslLocales.list().map((tag) => [tag, cslLocales.get(tag) ?? '']));
  return { styles, locales, quotes: Object.fromEntries(Object.entries(locales).map(([tag, xml]) => [tag, localeQuotes(xml)])) };
}

/**
 * A function from an item and a CSL locale to its references in each style, with one citeproc
 * engine per style and locale kept for every later call. Through citeproc directly: citation-js's
 * `Cite#format` also re-parses the item and re-prepares the engine on every call (4.2 ms per item
 * and style against 1.2 ms here, APA, 300 items). citeproc keeps an item it has seen under its
 * id, so every call hands it a new one: an article edited during `astro dev` keeps its citation
 * key but must not get its old text. The headline's quotation marks reach citeproc as its
 * quotation markup (see `withCiteprocQuotes` inside), so they nest in the locale's marks.
 *
 * Self-contained on purpose (no imports, nothing from outside its body): src/build/citation-pool.ts
 * runs this very function's source in a worker thread, so both threads format alike.
 */
export function createFormatter(
  citeproc: Citeproc,
  inputs: FormatterInputs,
): (item: CslItem, locale: string) => Record<CitationStyleKey, string> {
  const engines = new Map<string, CiteprocEngine>();
  // The quotation marks a headline may carry: each opening mark and the marks that may close it.
  // Straight quotes too: a headline typed with them ("UN has 'closed the door'") went to citeproc
  // as its own markup, and its title case left the word after an opening ' in lower case
  // ("‘closed the Door’").
  const openers: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '‘': '’', '‚': '‘’', '‹': '›', '"': '"', "'": "'" };
  // The headline with each matched pair of quotation marks, whatever the language's marks (“ ” ‘ ’
  // « » ‹ › „ “ ‚ ‘, or straight " and '), written as quotation markup citeproc reads in every
  // locale: it prints them as the locale's marks one level deeper inside a style's own quotes
  // (MLA, Chicago) and its title case starts each quotation with a capital; any other mark is
  // plain text to it, so French MLA nested « » inside « » and kept English ‘ ’ inside them.
  // When the locale's mark of the pair's level is “ or ‘ (English, Dutch; the inner level of
  // French and Spanish) the pair is written in the locale's marks: citeproc reads those
  // wherever they stand and its title case capitalises the word after them. Otherwise straight
  // quotes, " for a quotation and ' for one inside it, which citeproc reads as opening only at
  // the start, after a space or after a parenthesis; a pair opening elsewhere (after a dash, say)
  // gets the locale's own marks of its level, which it also reads. Measured with citeproc-js
  // 2.4: straight markup at the title's start or after "(" left the next word in lower case in
  // MLA and Chicago ("(‘no Deal’)"), the locale's “ ‘ did not. The spaces French sets inside
  // « » come with the locale's marks. A mark with no partner, or a ’ or ' between letters (an
  // apostrophe), stays as written; a straight quote opens only before a non-space.
  const withCiteprocQuotes = (title: string, quotes: LocaleQuotes): string => {
    if (!/[“„«‘‚‹"']/u.test(title)) return title;
    const chars = [...title];
    const open: { index: number; closers: string }[] = [];
    const replaced = new Map<number, string>();
    chars.forEach((char, index) => {
      const next = chars[index + 1] ?? '';
      // A straight ' before a word opens a quotation unless it follows a letter too ("UN's").
      const apostrophe = /\p{L}/u.test(next) && (char === '’' || (char === "'" && /\p{L}/u.test(chars[index - 1] ?? '')));
      const depth = apostrophe ? -1 : open.findLastIndex((entry) => entry.closers.includes(char));
      // A straight quote closes only after a non-space; the curly closers are closers wherever they stand.
      if (depth >= 0 && ((char !== '"' && char !== "'") || /\S/u.test(chars[index - 1] ?? ' '))) {
        const start = open[depth]!.index;
        open.length = depth;
        const level = depth % 2 === 0 ? quotes.outer : quotes.inner;
        const straight = !/^[“‘]/u.test(level[0]) && (start === 0 || /[\s(]/u.test(chars[start - 1]!));
        replaced.set(start, straight ? (depth % 2 === 0 ? '"' : "'") : level[0]);
        replaced.set(index, straight ? (depth % 2 === 0 ? '"' : "'") : level[1]);
        if (chars[start] === '«' || chars[start] === '‹') {
          for (let i = start + 1; i < index && /\s/u.test(chars[i]!); i += 1) replaced.set(i, '');
          for (let i = index - 1; i > start && /\s/u.test(chars[i]!); i -= 1) replaced.set(i, '');
        }
        return;
      }
      const closers = openers[char];
      const opens = index === 0 || /[\s([{/\-–—«“„‘‚‹"]/u.test(chars[index - 1]!);
      if (closers && opens && (closers !== char || /\S/u.test(next))) open.push({ index, closers });
    });
    return replaced.size === 0 ? title : chars.map((char, index) => replaced.get(index) ?? char).join('');
  };
  // Text in a right-to-left script (Unicode's strong R and AL classes: Arabic, Hebrew, Syriac,
  // Thaana, N'Ko, Samaritan, Mandaic, Adlam, Hanifi Rohingya). A reference is laid out left to
  // right (every CSL locale we format in is), and two such fields with only punctuation between
  // them ("الجزيرة. (2019, March 12). الأمم المتحدة…") became one right-to-left run, shown in
  // reverse order: the publication before the headline, MLA's day inside it. So each such field
  // goes to citeproc between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068, U+2069;
  // Unicode Bidirectional Algorithm, UAX #9, § 2.7), which keeps every field in its own place and
  // lays out its own text in its own direction. Given names are left alone: APA makes initials
  // of them, and an initial must be the name's first letter, not the isolate.
  const rightToLeft =
    /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
  const isolated = (text: string | undefined) => (text !== undefined && rightToLeft.test(text) ? `\u2068${text}\u2069` : text);
  const withIsolates = (item: CslItem): CslItem => ({
    ...item,
    title: isolated(item.title)!,
    'container-title': isolated(item['container-title'])!,
    ...(item.author
      ? {
          author: item.author.map((name) => ({
            ...name,
            ...('literal' in name && name.literal !== undefined ? { literal: isolated(name.literal) } : {}),
            ...('family' in name && name.family !== undefined ? { family: isolated(name.family) } : {}),
          })),
        }
      : {}),
  });
  let current: CslItem | undefined;
  let sequence = 0;
  const engineFor = (key: CitationStyleKey, locale: string) => {
    let engine = engines.get(`${key}|${locale}`);
    if (!engine) {
      const sys = { retrieveLocale: (tag: string) => inputs.locales[tag] ?? inputs.locales['en-US'], retrieveItem: () => current };
      // A copy, since the engine may annotate the tree it is given; `true` forces the locale over the style's `default-locale`.
      engine = new citeproc.Engine(sys, structuredClone(inputs.styles[key]), locale, true);
      engine.setOutputFormat('text');
      engines.set(`${key}|${locale}`, engine);
    }
    return engine;
  };
  return (item, locale) => {
    sequence += 1;
    current = withIsolates({
      ...item,
      id: `item-${sequence}`,
      title: withCiteprocQuotes(item.title, inputs.quotes[locale] ?? inputs.quotes['en-US']!),
    });
    const formatted = {} as Record<CitationStyleKey, string>;
    for (const key of Object.keys(inputs.styles) as CitationStyleKey[]) {
      const engine = engineFor(key, locale);
      // One item, so nothing to sort (`nosort` skips citeproc's sort pass).
      engine.updateItems([current.id], true);
      formatted[key] = engine.makeBibliography()[1].join('').trim();
    }
    return formatted;
  };
}

let format: ReturnType<typeof createFormatter> | undefined;

/**
 * The item as a plain-text reference in each style, in the given CSL locale (see
 * `citationLocale`), e.g. `{ apa: 'The Independent. (2022, September 10). …', mla: …, chicago: … }`.
 * Throws citeproc's error for a locale it cannot load.
 */
export function formatCitations(item: CslItem, locale: string = FALLBACK_CSL_LOCALE): Record<CitationStyleKey, string> {
  format ??= createFormatter(CSL as Citeproc, formatterInputs());
  return format(item, locale);
}
