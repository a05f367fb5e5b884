/**
 * Byline names as CSL-JSON names (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html#name-fields):
 * a person split into given and family names with the particle and suffix kept in their own
 * fields, so each style places them as it should; an organisation, or a name that cannot be
 * split, as a `literal` printed as written.
 */
import { parse as parseName } from '@citation-js/name';
import { type BylineContext, isOrganisationByline } from '../content/bylines.ts';
import { familyFirst } from './family-first.ts';

/** A person as CSL-JSON names one: "Jan van der Berg" is given "Jan", particle "van der", family "Berg". */
export interface CslPerson {
  family: string;
  given?: string;
  /** A particle kept with the family name in every style ("van der" Berg, "wa" Thiong'o, "de" Gaulle). */
  'non-dropping-particle'?: string;
  /** A generational suffix: "Jr.", "Sr.", "III". */
  suffix?: string;
}

/** A CSL-JSON name: a person, or an organisation (or an unsplittable name) as a literal. */
export type CslName = CslPerson | { literal: string };

// A generational suffix after the name, with or without a comma: "Martin Luther King Jr.",
// "Martin Luther King, Jr.", "Smith, John, Jr.", "John Smith III". Ours because @citation-js/name
// 0.4 matches its suffixes with a word boundary after the optional period, which a final "Jr."
// never has, so "Martin Luther King Jr." came back with the family name "Jr.". Only generational
// suffixes: a degree after a byline ("Jane Doe, MD") is not part of a citation's name (APA 7 §9.8).
// An honorific before the name, with its full stop, which the parser reads as part of the given
// name ("Dr. Jane Doe" became "Doe, Dr. J."): references leave titles out (APA 7 §9.8, MLA 9 5.6,
// Chicago 14.73). Only with a full stop or a known word, and only before at least two more words.
const HONORIFIC = /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev|Hon)\.?|Doctor|Professor)\s+(?=\S+\s+\S)/u;
const SUFFIX = /^(.*?\S),?\s+((?:Jr|Sr)\.?|Junior|Senior|II|III|IV|V|VI|2nd|3rd|4th)$/u;

/**
 * A byline name as CSL: an organisation (`isOrganisationByline`, given the article's source and
 * organisations) as a literal; a person through citation-js's name parser, which splits
 * "José Martínez" into given and family names and a lower-case particle into
 * `non-dropping-particle` ("Ngũgĩ wa Thiong'o": given "Ngũgĩ", particle "wa", family "Thiong'o"),
 * with a generational suffix taken off first (`SUFFIX`) and put back as `suffix`. An honorific
 * the parser recognises ("Sir Keir Starmer"; it returns it as a dropping particle) is left out, as
 * APA, MLA and Chicago leave titles out of references. A name the parser cannot split into given
 * and family names (one word, "王小明", "bell hooks") is kept whole as a literal. A Chinese,
 * Japanese or Korean name written with a space ("李 华"), or romanised family name first ("Xi
 * Jinping", "Kim Jong-un"), is split family name first (`familyFirst`). White space runs are
 * collapsed first.
 * @example cslName('Martin Luther King Jr.') // { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }
 */
export function cslName(name: string, article: BylineContext = {}): CslName {
  const byline = name.replace(/\s+/g, ' ').trim();
  if (isOrganisationByline(byline, article)) return { literal: byline };
  // Chinese, Japanese and Korean names are written family name first ("李 华", "Xi Jinping",
  // "Kim Jong-un"); the parser read the last word as the family name, so APA gave "华李" and
  // "Jinping, X.". citeproc prints a name in those scripts family first without a comma.
  const ordered = familyFirst(byline);
  if (ordered) return ordered;
  const [, rest = byline, suffix] = SUFFIX.exec(byline) ?? [];
  const parsed = parseName(rest.replace(HONORIFIC, '')) as Partial<CslPerson>;
  if (!parsed.family || !parsed.given) return { literal: byline };
  const particle = parsed['non-dropping-particle'];
  const ending = suffix ?? parsed.suffix;
  return {
    family: parsed.family,
    given: parsed.given,
    ...(particle ? { 'non-dropping-particle': particle } : {}),
    ...(ending ? { suffix: ending } : {}),
  };
}

/**
 * The text a person's name is filed under in an A–Z index: family name, given names, particle and
 * suffix, so "Charles de Gaulle" files under G and "Ngũgĩ wa Thiong'o" under T, as CSL sorts
 * names by default (`demote-non-dropping-particle="display-and-sort"`, CSL 1.0.2 §Name
 * particles) and the Chicago Manual (17th ed., 16.71) indexes French and Dutch particles. A name
 * `cslName` keeps whole (an organisation, one word, "王毅") is filed as written; a Chinese,
 * Japanese or Korean name written with a space is already family name first.
 * @example filingName('Michelle Bachelet') // 'Bachelet Michelle'
 * @example filingName('Reuters') // 'Reuters'
 */
export function filingName(name: string): string {
  const csl = cslName(name);
  if ('literal' in csl) return csl.literal;
  return [csl.family, csl.given, csl['non-dropping-particle'], csl.suffix].filter(Boolean).join(' ');
}

/** The family name with its particle, as it is sorted and inverted in BibTeX and RIS: "van der Berg". */
export function familyWithParticle(name: CslPerson): string {
  return [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
}

/**
 * An RIS name: "Family, Given, Suffix" as the RIS specification (RefMan 2011, "AU") writes a
 * person, the particle leading the family name ("van der Berg, Jan"); an organisation as written,
 * which Zotero's RIS import keeps as one field because it has no comma.
 * @example risName({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }) // 'King, Martin Luther, Jr.'
 */
export function risName(name: CslName): string {
  if ('literal' in name) return name.literal;
  return [familyWithParticle(name), name.given, name.suffix].filter(Boolean).join(', ');
}
