/**
 * Person names out of bylines as pages write them: "By Jane Doe and John Roe", "JANE DOE, Staff
 * Writer", "Jane Doe | July 10, 2015", "Jane Doe & John Roe, Associated Press".
 */
import { hasVisibleText } from '../../src/content/text.ts';

// Job titles and desks that follow a name in a byline; they are not names.
const ROLE =
  /^(?:(?:senior|chief|staff|special|contributing|political|foreign|business|science|technology|health|sports?|associate|deputy|managing|executive)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|producer|critic|analyst|journalist|photographer|staff|intern|fellow|guest author|author)s?$/i;
const MAX_NAME_WORDS = 6;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// A date or time after the name: "March 25, 2015", "22 Dec 2016", "7/10/2015", "3:46 PM".
const DATE_TAIL = new RegExp(
  `\\s*(?:[,|•·-]\\s*)?(?:on\\s+)?(?:\\d{1,2}\\s*${MONTH}|${MONTH}\\s+\\d|\\d{1,2}[/.]\\d{1,2}[/.]\\d|\\d{1,2}:\\d{2}).*$`,
  'is',
);
// A job title run into the name without punctuation: "Ben Silverman Games Editor".
const roleTail = (words: number) =>
  new RegExp(
    `\\s+(?:(?:\\p{Lu}\\p{Ll}+|[A-Z]+)\\s+){${words}}(?:Editor|Writer|Correspondent|Reporter|Contributor|Columnist|Technologist|Producer|Critic)s?$`,
    'u',
  );
const ROLE_TAILS = [roleTail(2), roleTail(1), roleTail(0)];
/** `part` without a job title at its end, keeping at least two words of name. */
const withoutRole = (part: string) =>
  ROLE_TAILS.map((tail) => part.replace(tail, '')).find((name) => name !== part && name.split(' ').length >= 2) ?? part;
// "By" in the languages of the archive's sources, and a second credit such as "Edited by".
const BY = /^\s*(?:(?:written|posted|words|story|text|reporting)\s+)?(?:by|par|von|por|di|door|af|av)[:\s]+/i;

// News agencies that sign after the reporters' names ("…, Associated Press", a title line under the
// names): a credit, not a person. Short acronyms only in capitals, so no surname ending "Ap" is cut.
const AGENCY_NAMES =
  '(?:the\\s+)?(?:associated\\s+press|reuters|agence\\s+france-presse|bloomberg(?:\\s+news)?|press\\s+association|pa\\s+media|canadian\\s+press|kyodo(?:\\s+news)?|xinhua|tribune\\s+news\\s+service|agencia\\s+efe|deutsche\\s+presse-agentur)';
const AGENCY_TAIL = new RegExp(`(?:^|[\\s,])(${AGENCY_NAMES})\\.?$`, 'i');
const ACRONYM_TAIL = /(?:^|[\s,])(AP|AFP|EFE|ANSA|dpa|PA|UPI)\.?$/;
/** `part` without an agency at its end, and the agency it had. */
const splitAgency = (part: string): [string, string | undefined] => {
  const match = AGENCY_TAIL.exec(part) ?? ACRONYM_TAIL.exec(part);
  return match ? [part.slice(0, match.index).trim(), match[1]!.replace(/\s+/g, ' ')] : [part, undefined];
};
// A name in capitals followed by its title line in ordinary case ("ERIC TUCKER White House
// Correspondent"): the change of case is where the name ends, as the page's block boundary was.
const CAPS_THEN_TITLE = /^((?:\p{Lu}[\p{Lu}\p{M}'’.-]*\s+)+\p{Lu}[\p{Lu}\p{M}'’.-]*)\s+\p{Lu}\p{Ll}.*$/u;
// Co-authors in brackets after the first name, in the archive's languages: "Martin Untersinger (avec
// Damien Leloup et Morgane Tual)", "(with Jane Doe and John Roe)", "(con Ana Pérez y Luis Gil)".
const WITH_GROUP = /\s*\(\s*(?:with|avec|mit|con|com)\s+([^()]+)\)/giu;
// Only inside that group: "y" and "e" are also particles of names elsewhere ("Ortega y Gasset").
const GROUP_SEPARATOR = /\s*(?:,|;|&)\s*|\s+(?:and|et|und|y|e)\s+/iu;

/**
 * The news agency a byline names after its people ("LISA MASCARO and ERIC TUCKER Associated
 * Press" → "Associated Press"), as written; undefined when there is none.
 */
export function bylineAgency(byline: string): string | undefined {
  const parts = byline
    .replace(/\s+/g, ' ')
    .trim()
    .split(/\s*(?:,|;|&|\band\b|\bet\b|\bund\b)\s*/i);
  return splitAgency(parts.at(-1) ?? '')[1];
}

/**
 * Names in one byline text, cleaned; an empty list when it holds none. Names in capitals come
 * back in title case (see titleCaseName); an agency or job title after the names is dropped.
 * @example bylineNames('Martin Untersinger (avec Damien Leloup et Morgane Tual)') // ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']
 */
export function bylineNames(byline: string): string[] {
  const text = byline
    .replace(/\s+/g, ' ')
    .replace(WITH_GROUP, (_group, names: string) => `, ${names.split(GROUP_SEPARATOR).join(', ')}`)
    // A web address or e-mail after the name, as feeds and meta tags write it: "Jane Doe (https://…)", "Jane Doe <jane@…>".
    .replace(/\s*[(<][^()<>]*(?:https?:|www\.|@)[^()<>]*[)>]/gi, '')
    .split(/\s[|•·]\s/)[0]!
    .replace(BY, '')
    .replace(/\s+(?:edited|photographs?|photos?|illustrations?|graphics?)\s+by\b.*$/i, '')
    .replace(/\b(?:updated|published|posted|last updated)\b.*$/i, '')
    .replace(DATE_TAIL, '')
    .trim();
  return text
    .split(/\s*(?:,|;|&|\band\b|\bet\b|\bund\b|\bwith\b)\s*/i)
    .map((part) =>
      withoutRole(splitAgency(part.replace(BY, '').trim())[0].replace(CAPS_THEN_TITLE, '$1'))
        // A link label on the author's page: "Jane Doe’s Discussions", "Jane Doe's posts".
        .replace(/['’]s\s+(?:discussions|posts|articles|stories|profile|blog|page)$/i, '')
        .replace(/[.\s]+$/, '')
        .trim(),
    )
    .filter(
      (part) =>
        part !== '' &&
        !ROLE.test(part) &&
        // Digits, an address or a label ("Author:", "作者：") are not part of a name.
        !/[\d@:：]|^follow\b|^\S+\.\S+$/i.test(part) &&
        part.split(' ').length <= MAX_NAME_WORDS &&
        !/^(?:the|a)\s/i.test(part),
    )
    .map((part) => (part === part.toUpperCase() && /\p{Lu}{2}/u.test(part) ? titleCaseName(part) : part));
}

// Particles written in lower case inside a name (Chicago Manual of Style 8.5–8.12): "Ludwig van
// Beethoven", "Charles de Gaulle", "José Ortega y Gasset"; the first and last words keep their capital.
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'di',
  'do',
  'dos',
  'del',
  'della',
  'der',
  'den',
  'du',
  'la',
  'le',
  'van',
  'von',
  'y',
  'e',
  'ter',
  'ten',
]);
// "Mac" starts a Scottish surname before these letters (MacDonald, MacGregor, MacLeod, MacMillan,
// MacNeil, MacPherson, MacRae); before others it is usually part of the name (Machado, Macias, Mack).
const MAC = /^(Mac)([dglmnpr])/u;

/**
 * A name written in capitals in title case: "MARY CLARE JALONICK" → "Mary Clare Jalonick",
 * "PATRICK MCDONALD" → "Patrick McDonald", "SEAN O'BRIEN" → "Sean O'Brien", "JEAN-PAUL DE LA
 * FONTAINE" → "Jean-Paul de la Fontaine". A rule of thumb: the capitals lost the true spelling.
 */
export function titleCaseName(caps: string): string {
  const words = caps
    .toLowerCase()
    .split(' ')
    .map((word) =>
      word
        .replace(/(^|[-'’])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase())
        .replace(/^(Mc)(\p{L})/u, (_match, mc: string, letter: string) => mc + letter.toUpperCase())
        .replace(MAC, (_match, mac: string, letter: string) => mac + letter.toUpperCase()),
    );
  return words
    .map((word, index) => (index > 0 && index < words.length - 1 && PARTICLES.has(word.toLowerCase()) ? word.toLowerCase() : word))
    .join(' ');
}

/**
 * `names` without repeats, compared case-insensitively with spaces collapsed; the first spelling is
 * kept. A name that shows nothing (only zero-width or other invisible characters) is no name and is left out.
 */
export function uniqueNames(names: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    const key = trimmed.toLocaleLowerCase('en');
    if (hasVisibleText(trimmed) && !seen.has(key)) seen.set(key, trimmed);
  }
  return [...seen.values()];
}
