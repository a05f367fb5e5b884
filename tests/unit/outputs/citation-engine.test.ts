import { plugins } from '@citation-js/core';
// @ts-expect-error citeproc-js ships no types
import CSL from 'citeproc';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import chicagoStyle from '../../../src/outputs/csl/chicago-notes-bibliography.csl?raw';
import mlaStyle from '../../../src/outputs/csl/modern-language-association.csl?raw';
import {
  bibliographyOnly,
  type Citeproc,
  type CslNode,
  citationLocale,
  createFormatter,
  formatCitations,
  formatterInputs,
  localeDayOrder,
  localeQuotes,
} from '../../../src/outputs/citation-engine.ts';
import { type CitationStyleKey, type CslItem, citationFile, cslItem } from '../../../src/outputs/citation.ts';
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

/**
 * The reference as the untouched styles format it: the same formatter (the same title markup and
 * locale day order) fed the full styles instead of the `bibliographyOnly` reductions.
 */
const fullStyle = (xml: string) => {
  const style = CSL.parseXml(xml) as CslNode;
  localeDayOrder(style);
  return style;
};
const referenceFormat = createFormatter(CSL as Citeproc, {
  ...formatterInputs(),
  styles: { apa: fullStyle(fullStyles.apa), mla: fullStyle(fullStyles.mla), chicago: fullStyle(fullStyles.chicago) },
});
const fullStyleReference = (key: CitationStyleKey, item: CslItem, locale: string): string => referenceFormat(item, locale)[key];

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
  ['quotations inside quotations', article({ title: 'He said “it’s ‘over’ now” — «\u202fFin\u202f» —„ja“', authors: ['Ann Lee'] })],
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

  describe.each(['en-US', 'fr-FR', 'de-DE', 'es-ES', 'nl-NL'])('in %s, the reduced styles give exactly the full styles’ text', (locale) => {
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

/**
 * The publication day in every CSL locale and style. APA's own order is English ("2017, January
 * 13"); each national adaptation of APA 7 puts the day first, as its language does: French
 * "(2017, 13 janvier)" (Université de Montréal's adaptation), German "(2017, 13. Januar)",
 * Spanish "(2017, 13 de enero)", Dutch "(2017, 13 januari)". MLA and Chicago already took the
 * locale's order.
 */
describe('the publication day follows the CSL locale’s order in every style', () => {
  const dated = (date: string) =>
    cslItem(schema.parse({ title: 'Talks stall', date, source: 'Example Wire' }), {
      ...context,
      day: { year: date.slice(0, 4), month: date.slice(5, 7), day: date.slice(8, 10) },
    });
  test.each([
    ['en-US', '2017-01-13', '(2017, January 13)', '13 Jan. 2017', 'January 13, 2017'],
    ['fr-FR', '2017-01-13', '(2017, 13 janvier)', '13 janvier 2017', '13 janvier 2017'],
    ['de-DE', '2017-01-13', '(2017, 13. Januar)', '13. Januar 2017', '13. Januar 2017'],
    ['es-ES', '2017-01-13', '(2017, 13 de enero)', '13 de enero de 2017', '13 de enero de 2017'],
    ['nl-NL', '2017-01-13', '(2017, 13 januari)', '13 januari 2017', '13 januari 2017'],
    ['en-US', '2023-03-01', '(2023, March 1)', '1 Mar. 2023', 'March 1, 2023'],
    ['fr-FR', '2023-03-01', '(2023, 1 mars)', '1 mars 2023', '1 mars 2023'],
    ['de-DE', '2023-03-01', '(2023, 1. März)', '1. März 2023', '1. März 2023'],
    ['es-ES', '2022-12-31', '(2022, 31 de diciembre)', '31 de diciembre de 2022', '31 de diciembre de 2022'],
    ['nl-NL', '2022-12-31', '(2022, 31 december)', '31 december 2022', '31 december 2022'],
  ])('%s, %s: APA %s, MLA %s, Chicago %s', (locale, date, apa, mla, chicago) => {
    const formatted = formatCitations(dated(date), locale);
    expect(formatted.apa).toContain(`Example Wire. ${apa}. Talks stall.`);
    expect(formatted.mla).toContain(`, ${mla}, https:`);
    expect(formatted.chicago).toContain(`, ${chicago}. https:`);
  });
});

describe('localeDayOrder', () => {
  const parsed = (xml: string) => CSL.parseXml(xml) as CslNode;
  const dateNodes = (node: CslNode): CslNode[] =>
    node.children.flatMap((child) =>
      typeof child === 'string' ? [] : child.name === 'date' ? [child, ...dateNodes(child)] : dateNodes(child),
    );

  test('turns APA’s one month-and-day date into the locale’s text form of those parts, and no other date', () => {
    const style = parsed(fullStyles.apa);
    const before = dateNodes(style).length;
    expect(localeDayOrder(style)).toBe(1);
    const dates = dateNodes(style);
    expect(dates).toHaveLength(before);
    expect(dates.filter((node) => node.attrs['date-parts'] === 'month-day')).toEqual([
      { name: 'date', attrs: { variable: 'issued', form: 'text', 'date-parts': 'month-day' }, children: [] },
    ]);
  });

  test.each([
    ['MLA', fullStyles.mla],
    ['Chicago', fullStyles.chicago],
  ])('leaves %s alone: it already writes dates in the locale’s form', (_, xml) => {
    expect(localeDayOrder(parsed(xml))).toBe(0);
  });

  const style = (date: string) =>
    parsed(`<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><macro name="m">${date}</macro></style>`);
  test.each([
    ['month then day', '<date variable="issued"><date-part name="month"/><date-part name="day" prefix=" "/></date>', 1],
    ['year, month and day', '<date variable="issued"><date-part name="year"/><date-part name="month"/><date-part name="day"/></date>', 0],
    ['year only', '<date variable="issued"><date-part name="year"/></date>', 0],
    ['day then month', '<date variable="issued"><date-part name="day"/><date-part name="month"/></date>', 0],
    ['a localized date already', '<date variable="issued" form="text" date-parts="month-day"/>', 0],
  ])('%s: %s dates changed', (_, date, changed) => {
    expect(localeDayOrder(style(date))).toBe(changed);
  });
});

describe('localeQuotes', () => {
  test.each([
    ['en-US', ['“', '”'], ['‘', '’']],
    ['nl-NL', ['“', '”'], ['‘', '’']],
    ['fr-FR', ['«\u00a0', '\u00a0»'], ['“', '”']],
    ['de-DE', ['„', '“'], ['‚', '‘']],
    ['es-ES', ['«', '»'], ['“', '”']],
  ])('%s: %j outside, %j inside', (tag, outer, inner) => {
    expect(localeQuotes(csl.locales.get(tag))).toEqual({ outer, inner });
  });

  test('names the missing term when a locale defines no quotation marks', () => {
    expect(() => localeQuotes('<locale xmlns="http://purl.org/net/xbiblio/csl"><terms></terms></locale>')).toThrow(/"open-quote" term/);
  });
});

/**
 * A headline's quotations, whatever marks its language uses, come out in the CSL locale's marks
 * and nest: in APA the title stands bare, so its quotations take the locale's first-level marks;
 * MLA and Chicago put the title in quotes, so they take the second level, and a quotation inside
 * one takes the first level again. `[` `]` stand for a quotation in the headline, `{` `}` for one
 * inside it. The items are French, so no style title-cases them.
 */
describe('quotations in a headline nest in the locale’s marks', () => {
  const LOCALES = [
    { locale: 'en-US', outer: ['“', '”'], inner: ['‘', '’'], periodInside: true },
    { locale: 'nl-NL', outer: ['“', '”'], inner: ['‘', '’'], periodInside: false },
    { locale: 'fr-FR', outer: ['«\u00a0', '\u00a0»'], inner: ['“', '”'], periodInside: false },
    { locale: 'de-DE', outer: ['„', '“'], inner: ['‚', '‘'], periodInside: false },
    { locale: 'es-ES', outer: ['«', '»'], inner: ['“', '”'], periodInside: false },
  ];
  const HEADLINES: [string, string][] = [
    ['China says UN has ‘closed the door’ on cooperation', 'China says UN has [closed the door] on cooperation'],
    ['Ministers say “no deal” as talks stall', 'Ministers say [no deal] as talks stall'],
    ['Le gouvernement «\u202fferme la porte\u202f» à la coopération', 'Le gouvernement [ferme la porte] à la coopération'],
    ['Le gouvernement « ferme la porte » à la coopération', 'Le gouvernement [ferme la porte] à la coopération'],
    ['Merkel: „Wir schaffen das“ und ‚mehr‘', 'Merkel: [Wir schaffen das] und [mehr]'],
    ['Abstimmung: «Ja» oder ‹nein›', 'Abstimmung: [Ja] oder [nein]'],
    ['He said “it’s ‘over’ now”', 'He said [it’s {over} now]'],
    ['“‘Over’, he said”', '[{Over}, he said]'],
    ['The UN’s ‘last word’ on Xinjiang', 'The UN’s [last word] on Xinjiang'],
    ['Talks—“no deal”—stall', 'Talks—[no deal]—stall'],
    ['An “unmatched mark stays', 'An “unmatched mark stays'],
    ['Rock ’n’ roll isn’t quoted', 'Rock ’n’ roll isn’t quoted'],
    // Straight quotes, as typed: the same pairs.
    ["China says UN has 'closed the door' on cooperation", 'China says UN has [closed the door] on cooperation'],
    ['Ministers say "no deal" as talks stall', 'Ministers say [no deal] as talks stall'],
    ['He said "it’s \'over\' now"', 'He said [it’s {over} now]'],
    ["Talks—'no deal'—stall", 'Talks—[no deal]—stall'],
    ["Talks ('no deal') stall", 'Talks ([no deal]) stall'],
  ];
  const spell = (template: string, first: string[], second: string[]) =>
    template.replaceAll('[', first[0]!).replaceAll(']', first[1]!).replaceAll('{', second[0]!).replaceAll('}', second[1]!);

  describe.each(LOCALES)('$locale', ({ locale, outer, inner, periodInside }) => {
    test.each(HEADLINES)('%s → %s', (title, template) => {
      const formatted = formatCitations(article({ title, lang: 'fr', source: 'Example Wire' }), locale);
      // American punctuation (en-US `punctuation-in-quote`) sets the period inside a closing mark.
      const bare =
        periodInside && template.endsWith(']')
          ? `${spell(template.slice(0, -1), outer, inner)}.${outer[1]}`
          : `${spell(template, outer, inner)}.`;
      expect(formatted.apa).toContain(`. ${bare} Example Wire.`);
      const quoted = spell(template, inner, outer);
      const period = template.endsWith(']') ? `${spell(template.slice(0, -1), inner, outer)}.${inner[1]}` : `${quoted}.`;
      const wrapped = periodInside ? `${outer[0]}${period}${outer[1]}` : `${outer[0]}${quoted}${outer[1]}.`;
      expect(formatted.mla).toContain(`Example Wire. ${wrapped} Example Wire,`);
      expect(formatted.chicago).toContain(`Example Wire. ${wrapped} Example Wire,`);
    });
  });

  test('MLA and Chicago title-case an English headline inside German marks', () => {
    const formatted = formatCitations(article({ title: 'China says UN has ‘closed the door’', lang: 'en', source: 'Wire' }), 'de-DE');
    expect(formatted.mla).toContain('„China Says UN Has ‚Closed the Door‘“');
    expect(formatted.chicago).toContain('„China Says UN Has ‚Closed the Door‘“');
  });

  test('the downloads keep the headline as written', () => {
    const item = article({ title: 'Le gouvernement «\u202fferme la porte\u202f»', lang: 'fr' });
    formatCitations(item, 'fr-FR');
    expect(item.title).toBe('Le gouvernement «\u202fferme la porte\u202f»');
  });
});

/**
 * An English headline's quotation is title-cased in MLA and Chicago like the rest of the title,
 * whether it is written with curly or straight quotes and wherever it stands; APA keeps the
 * headline's case. Straight single quotes used to reach citeproc as they were, and its title case
 * left the first word after them in lower case ("‘closed the Door’"), as it did after straight
 * markup at the title's start or after a parenthesis ("(‘no Deal’)").
 */
describe('words inside a headline’s quotation marks are title-cased in MLA and Chicago', () => {
  test.each([
    [
      'China says UN has ‘closed the door’ on cooperation',
      'China Says UN Has ‘Closed the Door’ on Cooperation',
      'China says UN has “closed the door” on cooperation',
    ],
    [
      "China says UN has 'closed the door' on cooperation",
      'China Says UN Has ‘Closed the Door’ on Cooperation',
      'China says UN has “closed the door” on cooperation',
    ],
    [
      'China says UN has "closed the door" on cooperation',
      'China Says UN Has ‘Closed the Door’ on Cooperation',
      'China says UN has “closed the door” on cooperation',
    ],
    ["The UN's 'last word' on Xinjiang", 'The UN’s ‘Last Word’ on Xinjiang', 'The UN’s “last word” on Xinjiang'],
    ['Talks (‘no deal’) stall', 'Talks (‘No Deal’) Stall', 'Talks (“no deal”) stall'],
    ["Talks ('no deal') stall", 'Talks (‘No Deal’) Stall', 'Talks (“no deal”) stall'],
    ["Talks—'no deal'—stall", 'Talks—‘No Deal’—Stall', 'Talks—“no deal”—stall'],
    ['‘no deal’ as talks stall', '‘No Deal’ as Talks Stall', '“no deal” as talks stall'],
    ["'no deal' as talks stall", '‘No Deal’ as Talks Stall', '“no deal” as talks stall'],
    ['“last word” from the UN', '‘Last Word’ from the UN', '“last word” from the UN'],
  ])('%s → MLA and Chicago “%s”, APA %s', (title, titleCased, asWritten) => {
    const formatted = formatCitations(article({ title, lang: 'en', source: 'Wire' }));
    expect(formatted.mla).toContain(`Wire. “${titleCased}.” Wire,`);
    expect(formatted.chicago).toContain(`Wire. “${titleCased}.” Wire,`);
    expect(formatted.apa).toContain(`. ${asWritten}. Wire.`);
  });

  test.each([
    ["China says UN has 'closed the door'", '„China Says UN Has ‚Closed the Door‘“'],
    ['Talks "no deal" stall', '„Talks ‚No Deal‘ Stall“'],
  ])('in German marks too: %s → %s', (title, expected) => {
    const formatted = formatCitations(article({ title, lang: 'en', source: 'Wire' }), 'de-DE');
    expect(formatted.mla).toContain(expected);
    expect(formatted.chicago).toContain(expected);
  });
});

describe('right-to-left fields are isolated, so a left-to-right reference keeps their order', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  test.each([
    [
      'Arabic headline, source and byline',
      article({ title: 'الأمم المتحدة تقول إن "الباب" مغلق', authors: ['أحمد الخطيب', 'Reuters Staff'], source: 'الجزيرة', lang: 'ar' }),
      {
        apa: `${FSI}الخطيب${PDI}, أ. & Reuters Staff. (2023, March 15). ${FSI}الأمم المتحدة تقول إن “الباب” مغلق${PDI}. ${FSI}الجزيرة${PDI}.`,
      },
    ],
    [
      'Hebrew source as author',
      article({ title: 'Talks stall', source: 'הארץ' }),
      { apa: `${FSI}הארץ${PDI}. (2023, March 15). Talks stall. ${FSI}הארץ${PDI}.` },
    ],
    [
      'a Latin headline with an Arabic name in it is isolated whole',
      article({ title: 'Talks in الرياض stall', source: 'Example Wire' }),
      { apa: `Example Wire. (2023, March 15). ${FSI}Talks in الرياض stall${PDI}. Example Wire.` },
    ],
  ])('%s', (_what, item, expected) => {
    const formatted = formatCitations(item);
    expect(formatted.apa.startsWith(expected.apa)).toBe(true);
    // Every style gets the isolates, each opened and closed.
    for (const text of Object.values(formatted)) expect(text.split(FSI).length).toBe(text.split(PDI).length);
    expect(formatted.mla).toContain(FSI);
  });

  test.each([
    ['Latin', article({ title: 'Talks stall', authors: ['Ann Lee'], source: 'Example Wire' })],
    ['Chinese and Cyrillic', article({ title: '联合国人权办公室发布新疆报告', authors: ['王小明', 'Дмитрий Иванов'], lang: 'zh' })],
    ['Greek and Devanagari', article({ title: 'Συνομιλίες και वार्ता', source: 'Καθημερινή' })],
  ])('%s text gets none', (_what, item) => {
    for (const text of Object.values(formatCitations(item))) expect(text).not.toMatch(/[\u2068\u2069]/);
  });

  test('the downloads keep the names and headline as written, without isolates', () => {
    const item = article({ title: 'الأمم المتحدة', authors: ['أحمد الخطيب'], source: 'الجزيرة', lang: 'ar' });
    expect(formatCitations(item).apa).toContain('\u2068');
    for (const format of ['bib', 'ris', 'json'] as const) {
      expect(citationFile(item, format)).toContain('الأمم المتحدة');
      expect(citationFile(item, format)).not.toMatch(/[\u2068\u2069]/);
    }
  });
});
