/**
 * People compromise does not know: runs of capitalised words that read as a person's name because
 * of the words around them (a title, a role, an apposition) or because the text repeats the last
 * word alone, as news writing does with surnames.
 */
import {
  ADMINISTRATIVE_HEADS,
  CALENDAR_WORDS,
  EDGE_STOP_WORDS,
  LEADING_ADJECTIVES,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  ROLES,
  TITLES,
} from './entity-words.ts';
import { bare, EDGE_STOP_TAGS, hasAny, isCapitalised, joined, type Span, type Token } from './entity-tokens.ts';

/**
 * How often `name` stands in `text` as whole words on its own: not right after a capitalised word
 * (with or without "of") or "the", which would make it part of a longer name ("Institution of
 * Oceanography") or a common noun ("the Channel").
 */
export function standalone(text: string, name: string): number {
  // Asked again and again for the same names of one text: each is counted once per text (8% of the
  // suggester's time on long pages before this cache), and a one-word name from an index of the
  // text's words built once, rather than by a regular expression over the whole text per name.
  if (text !== counted.text) counted = { text, counts: new Map(), words: undefined };
  let count = counted.counts.get(name);
  if (count === undefined) {
    count = ONE_WORD.test(name)
      ? countIndexed(text, name)
      : countStandalone(text, new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(name)}(?![\\p{L}\\p{N}-])`, 'gu'));
    counted.counts.set(name, count);
  }
  return count;
}

let counted: { text: string; counts: Map<string, number>; words: Map<string, number[]> | undefined } = {
  text: '',
  counts: new Map(),
  words: undefined,
};
// A word as the boundaries below see it: letters, digits and hyphens, nothing else.
const ONE_WORD = /^[\p{L}\p{N}-]+$/u;
const WORDS = /[\p{L}\p{N}-]+/gu;
const escapeRegExp = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where each word of the text starts: the same matches as the whole-word expression, found in one pass. */
function countIndexed(text: string, name: string): number {
  if (counted.words === undefined) {
    counted.words = new Map();
    for (const match of text.matchAll(WORDS)) {
      const starts = counted.words.get(match[0]);
      if (starts) starts.push(match.index);
      else counted.words.set(match[0], [match.index]);
    }
  }
  return (counted.words.get(name) ?? []).filter((index) => onItsOwn(text, index)).length;
}

function countStandalone(text: string, pattern: RegExp): number {
  let count = 0;
  for (const match of text.matchAll(pattern)) if (onItsOwn(text, match.index)) count++;
  return count;
}

/** Is the word at `index` not right after a capitalised word (with or without "of") or "the"? */
function onItsOwn(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  return !/(?:\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]of)?|\bthe|\bThe)[ \t]$/u.test(before);
}

/**
 * Runs of two to four capitalised words that read as a person's name although compromise does not
 * know it: after a title or a role ("Prime Minister Mateusz Morawiecki", "spokesman Mariusz
 * Ciarka"), or whose last word the text also uses alone, as news writing does with surnames
 * ("Eliud Kipchoge … Kipchoge ran"). Runs with a place, organisation or nationality in them are left out.
 */
export function personRuns(sentences: Token[][], text: string): Span[] {
  const spans: Span[] = [];
  sentences.forEach((tokens, sentence) => {
    const at = (index: number) => tokens[index] as Token;
    const continuesName = (index: number) =>
      joined(at(index - 1), at(index)) &&
      (isCapitalised(at(index)) ||
        (NAME_PARTICLES.has(at(index).text.toLowerCase()) && index + 1 < tokens.length && joined(at(index), at(index + 1))));
    let index = 0;
    while (index < tokens.length) {
      if (!isCapitalised(at(index))) {
        index++;
        continue;
      }
      let end = index + 1;
      while (end < tokens.length && continuesName(end)) end++;
      const previous = index > 0 ? at(index - 1) : undefined;
      let titled = previous !== undefined && (ROLES.has(bare(previous)) || previous.tags.has('Actor') || previous.tags.has('Honorific'));
      let start = index;
      const leading = (token: Token) => TITLES.has(bare(token).replace(/\.$/, '')) || ROLES.has(bare(token));
      // Not a name's first word: a title or role, an acronym ("told MSNBC Cummings"), a common word
      // capitalised at the start of a sentence ("Previous SpaceX pods").
      const notFirst = (token: Token) =>
        leading(token) ||
        EDGE_STOP_WORDS.has(bare(token)) ||
        LEADING_ADJECTIVES.has(bare(token)) ||
        hasAny(token, EDGE_STOP_TAGS) ||
        /^\p{Lu}[\p{Lu}\d.]+$/u.test(token.text) ||
        hasAny(token, ['Adjective', 'Verb', 'Adverb']);
      for (let at_ = index; at_ < end - 1; at_++) if (leading(at(at_))) start = at_ + 1; // "US President Donald Trump"
      if (start > index) titled = true;
      while (start < end && notFirst(at(start))) {
        if (leading(at(start))) titled = true;
        start++;
      }
      const next = tokens[end];
      const after = tokens[end + 1];
      // An apposition names the role: "Jasim Uddin, a spokesperson for the fire service".
      if (
        next &&
        /^,/.test(at(end - 1).post) &&
        (ROLES.has(bare(next)) || (after && /^(?:a|an|the)$/i.test(next.text) && ROLES.has(bare(after))))
      )
        titled = true;
      const run = tokens.slice(start, end);
      const capitalised = run.filter(isCapitalised);
      const last = run.at(-1);
      const plausible =
        last !== undefined &&
        capitalised.length >= 2 &&
        capitalised.length <= 4 &&
        run.every(
          (token) =>
            !CALENDAR_WORDS.has(bare(token)) &&
            !hasAny(token, ['Organization', 'Demonym', 'Date', 'Value']) &&
            !(token.tags.has('Place') && !token.tags.has('Person')),
        ) &&
        !ORGANISATION_HEADS.has(bare(last)) &&
        !ADMINISTRATIVE_HEADS.has(bare(last));
      if (plausible) {
        const surname = last.text.replace(/['’]s$/i, '');
        const repeated = standalone(text, surname) > 0;
        if (titled || repeated) spans.push({ sentence, start, end });
      }
      index = end;
    }
  });
  return spans;
}
