/**
 * compromise's terms as the entity rules see them, and the small tests on them that every rule
 * shares: capitalisation, tags, and whether two neighbouring words belong to one name.
 */

/** One term: its text, the spacing and punctuation around it, and compromise's tags. */
export interface Token {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Terms `start` (inclusive) to `end` (exclusive) of one sentence. */
export interface Span {
  sentence: number;
  start: number;
  end: number; // exclusive
}

// Tags that never start or end a name even when capitalised (sentence-initial "The", "Last", titles).
export const EDGE_STOP_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Date', 'Value', 'Verb', 'QuestionWord'];

export const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
export const hasAny = (token: Token, tags: string[]) => tags.some((tag) => token.tags.has(tag));
export const bare = (token: Token) => token.text.replace(/['’]s$/i, '').toLowerCase();
// A hyphen between two words keeps them one word of a name: "Gallego-Lazo", "al-Eryani", "Al-Qaeda";
// not between two names or a name and a nationality ("Trump-Ukraine", "U.S.-Mexican", "United-States-based").
export const hyphenated = (left: Token, right: Token) =>
  /^[-‐]$/.test(left.post) &&
  right.pre === '' &&
  /^\p{Lu}/u.test(right.text) &&
  !(hasAny(right, ['Place', 'Demonym', 'Country']) && hasAny(left, ['Place', 'Person', 'Acronym', 'Country']));
// Abbreviated first words of places' names, written with a full stop: "St. Louis", "Mt. Everest",
// "Ft. Worth", "Ste. Genevieve", "Pt. Reyes".
const NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
// A middle initial keeps its full stop inside a name: "Jessie K. Liu", "Pedro R. Pierluisi"; so does
// an abbreviated first word: "St. Louis" is one place, not "St" and "Louis".
export const initial = (left: Token) => (/^\p{Lu}$/u.test(left.text) || NAME_ABBREVIATIONS.has(left.text)) && /^\.[ \t]+$/.test(left.post);
// Punctuation or a line break between two tokens, or a possessive, ends a name: "Chen Xu, China’s ambassador".
export const joined = (left: Token, right: Token) =>
  (hyphenated(left, right) || initial(left) || (!/\S|\n/.test(left.post) && !/\S|\n/.test(right.pre))) && !/['’]s$/i.test(left.text);

/** The display form of a span: possessive, quotes and brackets removed. */
export function spanName(tokens: Token[]): string {
  return tokens
    .map((token, index) => {
      if (index === tokens.length - 1) return token.text.replace(/['’]s$/i, '');
      if (hyphenated(token, tokens[index + 1] as Token)) return `${token.text}-`;
      return initial(token) ? `${token.text}. ` : `${token.text} `;
    })
    .join('')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .normalize('NFC');
}
