import { plugins } from '@citation-js/core';
// @ts-expect-error citeproc-js ships no types
import CSL from 'citeproc';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import chicagoStyle from '../../../src/outputs/csl/chicago-notes-bibliography.csl?raw';
import mlaStyle from '../../../src/outputs/csl/modern-language-association.csl?raw';
import { bibliographyOnly, citationLocale, formatCitations } from '../../../src/outputs/citation-engine.ts';
import { type CitationStyleKey, type CslItem, cslItem } from '../../../src/outputs/citation.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';
import { generateArticle } from '../../../tools/corpus/index.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });
const context = {
  url: 'https://news.example/2023/03/15/talks/',
  siteTitle: 'The News Archive',
  lang: 'en',
  day: { year: '2023', month: '03', day: '15' },
  id: 'talks',
};
const article = (fields: Record<string, unknown>, id = 'talks') =>
  cslItem(schema.parse({ title: 'Talks stall', date: '2023-03-15', ...fields }), { ...context, id });

const csl = plugins.config.get('@csl') as { styles: { get(name: string): string }; locales: { get(tag: string): string } };
const fullStyles: Record<CitationStyleKey, string> = { apa: csl.styles.get('apa'), mla: mlaStyle, chicago: chicagoStyle };

const referenceEngines = new Map<
  string,
  { setOutputFormat(format: 'text'): void; updateItems(ids: string[], nosort: boolean): void; makeBibliography(): [unknown, string[]] }
>();
let referenceItem: CslItem | undefined;
let referenceSequence = 0;
/** The reference as the untouched style formats it: the engine set-up the site used before `bibliographyOnly`. */
function fullStyleReference(key: CitationStyleKey, item: CslItem, locale: string): string {
  let engine = referenceEngines.get(`${key}|${locale}`);
  if (!engine) {
    const sys = { retrieveLocale: (tag: string) => csl.locales.get(tag) ?? csl.locales.get('en-US'), retrieveItem: () => referenceItem };
    engine = new CSL.Engine(sys, fullStyles[key], locale, true);
    engine!.setOutputFormat('text');
    referenceEngines.set(`${key}|${locale}`, engine!);
  }
  referenceSequence += 1;
  referenceItem = { ...item, id: `reference-${referenceSequence}` };
  engine!.updateItems([referenceItem.id], true);
  return engine!.makeBibliography()[1].join('').trim();
}

const table: [string, CslItem][] = [
  ['two bylines', article({ authors: ['José Martínez', 'Anna Kowalska'], source: 'Example Wire' })],
  ['no byline: the source as author', article({ source: 'Example Wire' })],
  ['no byline and no source: the site as publication', article({})],
  [
    '25 bylines (past every style’s et-al threshold)',
    article({ authors: Array.from({ length: 25 }, (_, i) => `Reporter${i} Person${i}`) }),
  ],
  ['three bylines (MLA and Chicago et-al edge)', article({ authors: ['Ann Lee', 'Bo Ng', 'Cy Young'] })],
  [
    'non-Latin names and headline',
    article({ title: '联合国人权办公室发布新疆报告', authors: ['王小明', 'Дмитрий Иванов', 'محمد علي'], lang: 'zh' }),
  ],
  ['a one-word name and a particle', article({ authors: ['Plato', 'Ludwig van Beethoven'] })],
  ['punctuation and markup-like text', article({ title: 'R&D: “no deal” <stall> 50% — why?', authors: ['Émilie Dubois'], lang: 'fr' })],
  [
    'a standfirst and corrections (not part of the reference)',
    article({ description: 'A standfirst.', corrections: [{ date: '2023-03-16', text: 'Fixed.' }] }),
  ],
  [
    'an early date',
    cslItem(schema.parse({ title: 'Old news', date: '1901-01-01', source: 'Wire' }), {
      ...context,
      day: { year: '1901', month: '01', day: '01' },
    }),
  ],
];

describe('formatCitations', () => {
  test('APA 7, MLA 9 and Chicago notes-bibliography in en-US', () => {
    expect(formatCitations(table[0]![1])).toEqual({
      apa: 'Martínez, J., & Kowalska, A. (2023, March 15). Talks stall. Example Wire. https://news.example/2023/03/15/talks/',
      mla: 'Martínez, José, and Anna Kowalska. “Talks Stall.” Example Wire, 15 Mar. 2023, https://news.example/2023/03/15/talks/.',
      chicago: 'Martínez, José, and Anna Kowalska. “Talks Stall.” Example Wire, March 15, 2023. https://news.example/2023/03/15/talks/.',
    });
  });

  test('an item edited under the same id gets its new text, not the engine’s remembered one', () => {
    expect(formatCitations(article({ source: 'First Wire' })).apa).toContain('First Wire');
    expect(formatCitations(article({ source: 'Second Wire' })).apa).toContain('Second Wire');
  });

  test('a French locale gives French months and words', () => {
    const fr = formatCitations(table[0]![1], 'fr-FR');
    expect(fr.apa).toContain('mars');
    expect(fr.chicago).toContain('mars');
    expect(fr.chicago).toContain(' et ');
  });

  describe.each(['en-US', 'fr-FR', 'de-DE', 'es-ES'])('in %s, the reduced styles give exactly the full styles’ text', (locale) => {
    test.each(table)('%s', (_, item) => {
      const formatted = formatCitations(item, locale);
      for (const key of ['apa', 'mla', 'chicago'] as const) expect(formatted[key]).toBe(fullStyleReference(key, item, locale));
    });
  });

  test('the same holds for 100 generated articles in turn through the shared engines', () => {
    for (let index = 0; index < 100; index += 1) {
      const frontmatter = generateArticle(index)
        .markdown.split('\n---')[0]!
        .replace(/^---\n/, '');
      const data = schema.parse(parseYaml(frontmatter));
      const item = cslItem(data, { ...context, id: `a${index}`, url: `https://news.example/${index}/` });
      const formatted = formatCitations(item);
      for (const key of ['apa', 'mla', 'chicago'] as const) expect(formatted[key]).toBe(fullStyleReference(key, item, 'en-US'));
    }
  }, 120_000);
});

describe('citationLocale', () => {
  test.each([
    ['en', 'en-US'],
    ['en-GB', 'en-US'],
    ['fr', 'fr-FR'],
    ['fr-CA', 'fr-FR'],
    ['de', 'de-DE'],
    ['es', 'es-ES'],
    ['nl', 'nl-NL'],
    ['ja', 'en-US'],
    ['zh-Hans', 'en-US'],
    ['ar', 'en-US'],
  ])('%s → %s', (lang, locale) => {
    expect(citationLocale(lang)).toBe(locale);
  });
});

describe('bibliographyOnly', () => {
  test.each(Object.entries(fullStyles))('%s keeps the bibliography and macros, drops the sorts and disambiguation', (_, xml) => {
    const style = bibliographyOnly(xml);
    const elements = style.children.filter((child) => typeof child === 'object');
    const bibliography = elements.find((node) => node.name === 'bibliography')!;
    const citation = elements.find((node) => node.name === 'citation')!;
    expect(bibliography.children.some((child) => typeof child === 'object' && child.name === 'layout')).toBe(true);
    expect(bibliography.children.some((child) => typeof child === 'object' && child.name === 'sort')).toBe(false);
    expect(Object.keys(citation.attrs).filter((name) => name.includes('disambiguat'))).toEqual([]);
    expect(elements.filter((node) => node.name === 'macro').length).toBe((xml.match(/<macro /g) ?? []).length);
  });

  test('names the problem when the text is not a CSL style', () => {
    expect(() => bibliographyOnly('<locale xmlns="http://purl.org/net/xbiblio/csl"></locale>')).toThrow(/no <style> element/);
  });
});
