import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, test } from 'vitest';
import { type CslName, cslName, familyWithParticle, risName } from '../../../src/outputs/citation-names.ts';
import { type CslItem, cslItem, toBibtex, toRis } from '../../../src/outputs/citation.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';
import { formatCitations } from '../../../src/outputs/citation-engine.ts';

const item = (author: CslName[]): CslItem => ({
  id: 'talks',
  type: 'article-newspaper',
  title: 'Talks stall',
  author,
  'container-title': 'Example Wire',
  issued: { 'date-parts': [[2023, 3, 15]] },
  URL: 'https://news.example/2023/03/15/talks/',
  language: 'en',
});

/**
 * Every kind of byline name: the CSL name it becomes, and the name as BibTeX and RIS must write
 * it ("von Last, Jr, First" for BibTeX, "Last, First, Suffix" for RIS; an organisation braced or
 * as written).
 */
const NAMES: { name: string; csl: CslName; bibtex: string; ris: string }[] = [
  // Plain given and family names, in several scripts.
  { name: 'Anna Kowalska', csl: { family: 'Kowalska', given: 'Anna' }, bibtex: 'Kowalska, Anna', ris: 'Kowalska, Anna' },
  { name: 'José Martínez', csl: { family: 'Martínez', given: 'José' }, bibtex: 'Martínez, José', ris: 'Martínez, José' },
  { name: 'Edgar Allan Poe', csl: { family: 'Poe', given: 'Edgar Allan' }, bibtex: 'Poe, Edgar Allan', ris: 'Poe, Edgar Allan' },
  { name: 'Анна Петрова', csl: { family: 'Петрова', given: 'Анна' }, bibtex: 'Петрова, Анна', ris: 'Петрова, Анна' },
  { name: 'Jane Newsome', csl: { family: 'Newsome', given: 'Jane' }, bibtex: 'Newsome, Jane', ris: 'Newsome, Jane' },
  { name: 'AJ Smith', csl: { family: 'Smith', given: 'AJ' }, bibtex: 'Smith, AJ', ris: 'Smith, AJ' },
  // Particles stay with the family name.
  {
    name: 'Jan van der Berg',
    csl: { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' },
    bibtex: 'van der Berg, Jan',
    ris: 'van der Berg, Jan',
  },
  {
    name: "Ngũgĩ wa Thiong'o",
    csl: { family: "Thiong'o", given: 'Ngũgĩ', 'non-dropping-particle': 'wa' },
    bibtex: "wa Thiong'o, Ngũgĩ",
    ris: "wa Thiong'o, Ngũgĩ",
  },
  {
    name: 'Ludwig van Beethoven',
    csl: { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
    bibtex: 'van Beethoven, Ludwig',
    ris: 'van Beethoven, Ludwig',
  },
  {
    name: 'Ursula von der Leyen',
    csl: { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' },
    bibtex: 'von der Leyen, Ursula',
    ris: 'von der Leyen, Ursula',
  },
  {
    name: 'Jean de La Fontaine',
    csl: { family: 'La Fontaine', given: 'Jean', 'non-dropping-particle': 'de' },
    bibtex: 'de La Fontaine, Jean',
    ris: 'de La Fontaine, Jean',
  },
  {
    name: 'Juan de la Cruz',
    csl: { family: 'Cruz', given: 'Juan', 'non-dropping-particle': 'de la' },
    bibtex: 'de la Cruz, Juan',
    ris: 'de la Cruz, Juan',
  },
  {
    name: 'Osama bin Laden',
    csl: { family: 'Laden', given: 'Osama', 'non-dropping-particle': 'bin' },
    bibtex: 'bin Laden, Osama',
    ris: 'bin Laden, Osama',
  },
  {
    name: 'van der Berg, Jan',
    csl: { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' },
    bibtex: 'van der Berg, Jan',
    ris: 'van der Berg, Jan',
  },
  // Generational suffixes, with and without a period or a comma, in either order of names.
  {
    name: 'Martin Luther King Jr.',
    csl: { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
    bibtex: 'King, Jr., Martin Luther',
    ris: 'King, Martin Luther, Jr.',
  },
  {
    name: 'Martin Luther King, Jr.',
    csl: { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
    bibtex: 'King, Jr., Martin Luther',
    ris: 'King, Martin Luther, Jr.',
  },
  { name: 'John Smith Jr', csl: { family: 'Smith', given: 'John', suffix: 'Jr' }, bibtex: 'Smith, Jr, John', ris: 'Smith, John, Jr' },
  { name: 'John Smith Sr.', csl: { family: 'Smith', given: 'John', suffix: 'Sr.' }, bibtex: 'Smith, Sr., John', ris: 'Smith, John, Sr.' },
  { name: 'John Smith III', csl: { family: 'Smith', given: 'John', suffix: 'III' }, bibtex: 'Smith, III, John', ris: 'Smith, John, III' },
  { name: 'Smith, John, Jr.', csl: { family: 'Smith', given: 'John', suffix: 'Jr.' }, bibtex: 'Smith, Jr., John', ris: 'Smith, John, Jr.' },
  {
    name: 'Robert Downey Junior',
    csl: { family: 'Downey', given: 'Robert', suffix: 'Junior' },
    bibtex: 'Downey, Junior, Robert',
    ris: 'Downey, Robert, Junior',
  },
  {
    name: 'Jan van der Berg Jr.',
    csl: { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der', suffix: 'Jr.' },
    bibtex: 'van der Berg, Jr., Jan',
    ris: 'van der Berg, Jan, Jr.',
  },
  // An honorific is left out, as the styles leave titles out.
  { name: 'Sir Keir Starmer', csl: { family: 'Starmer', given: 'Keir' }, bibtex: 'Starmer, Keir', ris: 'Starmer, Keir' },
  // Organisations and newsroom credits, printed as written.
  { name: 'Reuters Staff', csl: { literal: 'Reuters Staff' }, bibtex: '{Reuters Staff}', ris: 'Reuters Staff' },
  { name: 'Staff writer', csl: { literal: 'Staff writer' }, bibtex: '{Staff writer}', ris: 'Staff writer' },
  { name: 'AP', csl: { literal: 'AP' }, bibtex: '{AP}', ris: 'AP' },
  { name: 'Associated Press', csl: { literal: 'Associated Press' }, bibtex: '{Associated Press}', ris: 'Associated Press' },
  { name: 'The Associated Press', csl: { literal: 'The Associated Press' }, bibtex: '{The Associated Press}', ris: 'The Associated Press' },
  { name: 'BBC News', csl: { literal: 'BBC News' }, bibtex: '{BBC News}', ris: 'BBC News' },
  { name: 'AFP Graphics', csl: { literal: 'AFP Graphics' }, bibtex: '{AFP Graphics}', ris: 'AFP Graphics' },
  {
    name: 'Guardian staff and agencies',
    csl: { literal: 'Guardian staff and agencies' },
    bibtex: '{Guardian staff and agencies}',
    ris: 'Guardian staff and agencies',
  },
  { name: 'The Editorial Board', csl: { literal: 'The Editorial Board' }, bibtex: '{The Editorial Board}', ris: 'The Editorial Board' },
  { name: "O'Brien & Sons", csl: { literal: "O'Brien & Sons" }, bibtex: "{O'Brien \\& Sons}", ris: "O'Brien & Sons" },
  // Names the parser cannot split stay whole.
  { name: 'Plato', csl: { literal: 'Plato' }, bibtex: '{Plato}', ris: 'Plato' },
  { name: '王小明', csl: { literal: '王小明' }, bibtex: '{王小明}', ris: '王小明' },
  { name: 'bell hooks', csl: { literal: 'bell hooks' }, bibtex: '{bell hooks}', ris: 'bell hooks' },
  // White space from the frontmatter (a line break, doubled spaces) is collapsed.
  { name: '  Anna \n  Kowalska ', csl: { family: 'Kowalska', given: 'Anna' }, bibtex: 'Kowalska, Anna', ris: 'Kowalska, Anna' },
];

describe('cslName', () => {
  test.each(NAMES)('$name → $csl', ({ name, csl }) => {
    expect(cslName(name)).toEqual(csl);
  });

  test.each([
    ['the article’s source', 'Example Wire', { source: 'Example Wire' }],
    ['the source in another case and spacing', 'example  wire', { source: 'Example Wire' }],
    ['one of the article’s organisations', 'Human Rights Watch', { organisations: ['UN', 'Human Rights Watch'] }],
  ])('a byline that is %s is a literal', (_, name, article) => {
    expect(cslName(name, article)).toEqual({ literal: name.replace(/\s+/g, ' ') });
  });

  test('a person who shares no name with the source stays a person', () => {
    expect(cslName('Anna Kowalska', { source: 'Example Wire', organisations: ['UN'] })).toEqual({ family: 'Kowalska', given: 'Anna' });
  });
});

describe('familyWithParticle and risName', () => {
  test.each(NAMES)('$name → RIS "$ris"', ({ csl, ris }) => {
    expect(risName(csl)).toBe(ris);
    if (!('literal' in csl)) expect(ris.startsWith(familyWithParticle(csl))).toBe(true);
  });
});

describe('the downloads write each kind of name as their formats expect', () => {
  test.each(NAMES)('BibTeX: $name as "$bibtex", read back by @retorquere/bibtex-parser', ({ name, csl, bibtex }) => {
    const bib = toBibtex(item([cslName(name)]));
    expect(bib).toContain(`\tauthor = {${bibtex}},`);
    const library = parseBibtex(bib);
    expect(library.errors).toEqual([]);
    const [creator] = library.entries[0]?.fields.author ?? [];
    if ('literal' in csl) expect(creator).toEqual({ name: csl.literal });
    else
      expect(creator).toEqual({
        lastName: csl.family,
        firstName: csl.given,
        ...(csl['non-dropping-particle'] ? { prefix: csl['non-dropping-particle'] } : {}),
        ...(csl.suffix ? { suffix: csl.suffix } : {}),
      });
  });

  test.each(NAMES)('RIS: $name as "AU  - $ris", read back by astrocite-ris', ({ name, csl, ris }) => {
    const text = toRis(item([cslName(name)]));
    expect(text.split('\n').filter((line) => line.startsWith('AU  - '))).toEqual([`AU  - ${ris}`]);
    const [author] = parseRis(text)[0]?.author ?? [];
    // astrocite-ris reads a name without a comma as "Given Family" and a third part the BibTeX
    // way ("Last, Jr, First"), where the RIS specification has "Last, First, Suffix"; so each
    // person's family name (and particle) is checked here, the rest on the AU line above.
    if (!('literal' in csl)) {
      // It files a particle it knows ("von") as dropping and one it does not ("wa") into the family name.
      const family = [author?.['dropping-particle'], author?.['non-dropping-particle'], author?.family].filter(Boolean).join(' ');
      expect(family).toBe(familyWithParticle(csl));
    }
  });
});

/**
 * What citeproc makes of each kind of name in the three styles, the particle and suffix placed
 * as each style places them (APA and MLA keep "van der" in front; Chicago's CSL style demotes it
 * after the given name), an organisation as written.
 */
describe('the references place particles, suffixes and organisations as each style does', () => {
  test.each([
    ['Jan van der Berg', 'van der Berg, J.', 'van der Berg, Jan.', 'Berg, Jan van der.'],
    ["Ngũgĩ wa Thiong'o", 'wa Thiong’o, N.', 'wa Thiong’o, Ngũgĩ.', 'Thiong’o, Ngũgĩ wa.'],
    ['Martin Luther King Jr.', 'King, M. L., Jr.', 'King, Martin Luther, Jr.', 'King, Martin Luther, Jr.'],
    ['John Smith III', 'Smith, J., III.', 'Smith, John, III.', 'Smith, John, III.'],
    ['Sir Keir Starmer', 'Starmer, K.', 'Starmer, Keir.', 'Starmer, Keir.'],
    ['Reuters Staff', 'Reuters Staff.', 'Reuters Staff.', 'Reuters Staff.'],
    ['BBC News', 'BBC News.', 'BBC News.', 'BBC News.'],
  ])('%s: APA %s, MLA %s, Chicago %s', (name, apa, mla, chicago) => {
    const formatted = formatCitations(item([cslName(name)]));
    expect(formatted.apa.startsWith(`${apa} (2023, March 15).`)).toBe(true);
    expect(formatted.mla.startsWith(`${mla} “Talks Stall.”`)).toBe(true);
    expect(formatted.chicago.startsWith(`${chicago} “Talks Stall.”`)).toBe(true);
  });
});

describe('cslName: an honorific before a name is left out, as references leave titles out', () => {
  test.each([
    ['Dr. Jane Doe', { family: 'Doe', given: 'Jane' }],
    ['Dr Jane Doe', { family: 'Doe', given: 'Jane' }],
    ['Prof. Mary Beard', { family: 'Beard', given: 'Mary' }],
    ['Mrs. Ann Lee', { family: 'Lee', given: 'Ann' }],
    ['Rev. Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    // Not an honorific: a given name that starts like one, or a two-word name.
    ['Drew Barrymore', { family: 'Barrymore', given: 'Drew' }],
    ['Hon Lee', { family: 'Lee', given: 'Hon' }],
  ])('%s', (byline, expected) => {
    expect(cslName(byline)).toEqual(expected);
  });
});

describe('romanised Chinese and Korean names are family name first; Western names are never turned round', () => {
  test.each([
    // Pinyin: a common family name, then one or two syllables.
    ['Xi Jinping', { family: 'Xi', given: 'Jinping' }],
    ['Zhao Lijian', { family: 'Zhao', given: 'Lijian' }],
    ['Wang Wenbin', { family: 'Wang', given: 'Wenbin' }],
    ['Chen Xu', { family: 'Chen', given: 'Xu' }],
    ['Li Hua', { family: 'Li', given: 'Hua' }],
    ['Ouyang Xiu', { family: 'Ouyang', given: 'Xiu' }],
    ['Lü Xin', { family: 'Lü', given: 'Xin' }],
    ["Li Xi'an", { family: 'Li', given: "Xi'an" }],
    ['XI Jinping', { family: 'XI', given: 'Jinping' }],
    // Hyphenated given names: Korean, Wade–Giles and Cantonese spellings.
    ['Kim Jong-un', { family: 'Kim', given: 'Jong-un' }],
    ['Moon Jae-in', { family: 'Moon', given: 'Jae-in' }],
    ['Ban Ki-moon', { family: 'Ban', given: 'Ki-moon' }],
    ['Tsai Ing-wen', { family: 'Tsai', given: 'Ing-wen' }],
    ['Tung Chee-hwa', { family: 'Tung', given: 'Chee-hwa' }],
    // AFP capitalises the second syllable.
    ['Kim Jong-Un', { family: 'Kim', given: 'Jong-Un' }],
    ['Moon Jae-In', { family: 'Moon', given: 'Jae-In' }],
    ['Yoon Suk-Yeol', { family: 'Yoon', given: 'Suk-Yeol' }],
    // Typeset bylines: tone marks, non-breaking hyphens and typographic apostrophes keep their spelling.
    ['Xí Jìnpíng', { family: 'Xí', given: 'Jìnpíng' }],
    ['Kim Jong\u2011un', { family: 'Kim', given: 'Jong\u2011un' }],
    ['Kim Jong\u2010un', { family: 'Kim', given: 'Jong\u2010un' }],
    ['Li Xi\u2019an', { family: 'Li', given: 'Xi\u2019an' }],
    // Two one-syllable words, as AP and Reuters write Korean names and Singapore writes its own.
    ['Kim Jong Un', { family: 'Kim', given: 'Jong Un' }],
    ['Lee Hsien Loong', { family: 'Lee', given: 'Hsien Loong' }],
    ['Lee Kuan Yew', { family: 'Lee', given: 'Kuan Yew' }],
    // Given name first: the first word is not a family name, or the rest is not a romanised given name.
    ['Michelle Bachelet', { family: 'Bachelet', given: 'Michelle' }],
    ['Andrew Yang', { family: 'Yang', given: 'Andrew' }],
    ['Lin Anderson', { family: 'Anderson', given: 'Lin' }],
    ['Ma Rainey', { family: 'Rainey', given: 'Ma' }],
    ['Kim Jones', { family: 'Jones', given: 'Kim' }],
    ['Lee Child', { family: 'Child', given: 'Lee' }],
    ['Song Kang-Smith', { family: 'Kang-Smith', given: 'Song' }],
    ['Kim Mary-Ann', { family: 'Mary-Ann', given: 'Kim' }],
    ['Lee Anne-Marie', { family: 'Anne-Marie', given: 'Lee' }],
    ['Jean-Pierre Raffarin', { family: 'Raffarin', given: 'Jean-Pierre' }],
    ['Long John Silver', { family: 'Silver', given: 'Long John' }],
    ['Lee Harvey Oswald', { family: 'Oswald', given: 'Lee Harvey' }],
    ['Lee Ann Womack', { family: 'Womack', given: 'Lee Ann' }],
  ])('%s', (name, expected) => {
    expect(cslName(name)).toEqual(expected);
  });

  test('APA files a romanised name under its family name with the given name as an initial', () => {
    const item = cslItem(createArticleSchema({ timeZone: 'UTC' }).parse({ title: 'Talks', date: '2023-03-02', authors: ['Zhao Lijian'] }), {
      url: 'https://news.example/a/',
      siteTitle: 'The News Archive',
      lang: 'en',
      day: { year: '2023', month: '03', day: '02' },
      id: 'a',
    });
    expect(formatCitations(item).apa.startsWith('Zhao, L. (2023, March 2).')).toBe(true);
  });
});

describe('Chinese, Japanese and Korean names written with a space are family name first', () => {
  test.each([
    ['李 华', { family: '李', given: '华' }],
    ['欧阳 修', { family: '欧阳', given: '修' }],
    ['김 정은', { family: '김', given: '정은' }],
    ['山田 太郎', { family: '山田', given: '太郎' }],
    ['王小明', { literal: '王小明' }],
  ])('%s', (name, expected) => {
    expect(cslName(name)).toEqual(expected);
  });

  test('APA, MLA and Chicago print them family name first, without a comma', () => {
    const item = cslItem(createArticleSchema({ timeZone: 'UTC' }).parse({ title: '新疆报告', date: '2023-03-02', authors: ['李 华'] }), {
      url: 'https://news.example/a/',
      siteTitle: 'The News Archive',
      lang: 'zh',
      day: { year: '2023', month: '03', day: '02' },
      id: 'a',
    });
    const formatted = formatCitations(item);
    for (const text of Object.values(formatted)) expect(text.startsWith('李华')).toBe(true);
  });
});
