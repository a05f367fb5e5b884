/**
 * Person names out of bylines as pages write them: "By Jane Doe and John Roe", "JANE DOE, Staff
 * Writer", "Jane Doe | July 10, 2015", "Jane Doe & John Roe, Associated Press".
 */

// Job titles and desks that follow a name in a byline; they are not names.
const ROLE =
  /^(?:(?:senior|chief|staff|special|contributing|political|foreign|business|science|technology|health|sports?|associate|deputy|managing|executive)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|producer|critic|analyst|journalist|photographer|staff|intern|fellow|guest author|author)s?$/i;
const MAX_NAME_WORDS = 6;

/** Names in one byline text, cleaned; an empty list when it holds none. */
export function bylineNames(byline: string): string[] {
  const text = byline
    .replace(/\s+/g, ' ')
    .split(/\s[|•·]\s|\n/)[0]!
    .replace(/^\s*(?:written\s+|posted\s+|words\s+)?by[:\s]+/i, '')
    .replace(/\b(?:updated|published|posted)\b.*$/i, '')
    .trim();
  return text
    .split(/\s*(?:,|;|&|\band\b|\bwith\b)\s*/i)
    .map((part) =>
      part
        .replace(/^by\s+/i, '')
        .replace(/[.\s]+$/, '')
        .trim(),
    )
    .filter(
      (part) =>
        part !== '' && !ROLE.test(part) && !/\d/.test(part) && part.split(' ').length <= MAX_NAME_WORDS && !/^(?:the|a)\s/i.test(part),
    )
    .map((part) => (part === part.toUpperCase() && /\p{Lu}{2}/u.test(part) ? titleCaseName(part) : part));
}

const titleCaseName = (caps: string) =>
  caps.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());

/** `names` without repeats, compared without case or accents-insensitive spacing; first spelling kept. */
export function uniqueNames(names: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    const key = trimmed.toLocaleLowerCase('en');
    if (trimmed && !seen.has(key)) seen.set(key, trimmed);
  }
  return [...seen.values()];
}
