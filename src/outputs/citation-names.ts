/**
 * Byline names as CSL-JSON names (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html#name-fields):
 * a person split into given and family names with the particle and suffix kept in their own
 * fields, so each style places them as it should; an organisation, or a name that cannot be
 * split, as a `literal` printed as written.
 */
import { parse as parseName } from '@citation-js/name';
import { type BylineContext, isOrganisationByline } from '../content/bylines.ts';

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
 * and family names (one word, "王小明", "bell hooks") is kept whole as a literal. White space runs
 * are collapsed first.
 * @example cslName('Martin Luther King Jr.') // { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }
 */
export function cslName(name: string, article: BylineContext = {}): CslName {
  const byline = name.replace(/\s+/g, ' ').trim();
  if (isOrganisationByline(byline, article)) return { literal: byline };
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
