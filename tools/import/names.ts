/**
 * Person names out of bylines as pages write them: "By Jane Doe and John Roe", "JANE DOE, Staff
 * Writer", "Jane Doe | July 10, 2015", "Jane Doe & John Roe, Associated Press".
 */

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

/** Names in one byline text, cleaned; an empty list when it holds none. */
export function bylineNames(byline: string): string[] {
  const text = byline
    .replace(/\s+/g, ' ')
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
      withoutRole(part.replace(BY, '').trim())
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

const titleCaseName = (caps: string) =>
  caps.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());

/** `names` without repeats, compared case-insensitively with spaces collapsed; the first spelling is kept. */
export function uniqueNames(names: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    const key = trimmed.toLocaleLowerCase('en');
    if (trimmed && !seen.has(key)) seen.set(key, trimmed);
  }
  return [...seen.values()];
}
