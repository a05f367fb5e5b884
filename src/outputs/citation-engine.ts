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
export const CITATION_ENGINE_VERSION = ['plugin-csl 0.8', 'bibliography-only 1', mlaStyle, chicagoStyle].join('\n');

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
}

/** The reduced styles and citation-js's CSL locales. */
export function formatterInputs(): FormatterInputs {
  return {
    styles: Object.fromEntries(CITATION_STYLES.map(({ key }) => [key, bibliographyOnly(styleXml(key))])) as Record<
      CitationStyleKey,
      CslNode
    >,
    locales: Object.fromEntries(cslLocales.list().map((tag) => [tag, cslLocales.get(tag) ?? ''])),
  };
}

/**
 * A function from an item and a CSL locale to its references in each style, with one citeproc
 * engine per style and locale kept for every later call. Through citeproc directly: citation-js's
 * `Cite#format` also re-parses the item and re-prepares the engine on every call (4.2 ms per item
 * and style against 1.2 ms here, APA, 300 items). citeproc keeps an item it has seen under its
 * id, so every call hands it a new one: an article edited during `astro dev` keeps its citation
 * key but must not get its old text.
 *
 * Self-contained on purpose (no imports, nothing from outside its body): src/build/citation-pool.ts
 * runs this very function's source in a worker thread, so both threads format alike.
 */
export function createFormatter(
  citeproc: Citeproc,
  inputs: FormatterInputs,
): (item: CslItem, locale: string) => Record<CitationStyleKey, string> {
  const engines = new Map<string, CiteprocEngine>();
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
    current = { ...item, id: `item-${sequence}` };
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
