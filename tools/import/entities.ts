/**
 * Suggests people, places and organisations named in an article, for an editor to check.
 * compromise does the recognition; this module turns its matches into clean, merged names:
 * spans are cut at punctuation and grown to the whole capitalised name, honorifics, possessives
 * and quotes are stripped, partial names are merged into full ones, and noise is dropped.
 */
import nlp from 'compromise';
import { slugify, withoutWordHints } from '../../src/content/slug.ts';
import {
  ADMINISTRATIVE_HEADS,
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  EDGE_STOP_WORDS,
  NAME_PARTICLES,
  ORGANISATION_CONNECTORS,
  ORGANISATION_HEADS,
  COUNTRY_ACRONYMS,
  EVENT_LEADS,
  LEADING_ADJECTIVES,
  NON_ENTITY_TAILS,
  PLACE_OF_HEADS,
  SINGLE_WORD_BODIES,
  TITLES,
} from './entity-words.ts';
import { personRuns, standalone } from './entity-people.ts';
import { isTitleCase, LOWER_CASE_WORD, nameSentences } from './entity-sentences.ts';
import { detectLanguage } from '../../src/content/detect-language.ts';
import { bare, EDGE_STOP_TAGS, hasAny, isCapitalised, joined, type Span, spanName, type Token } from './entity-tokens.ts';

export interface EntitySuggestions {
  people: string[];
  places: string[];
  organisations: string[];
}
type Kind = keyof EntitySuggestions;

const PERSON_STOP_TAGS = ['Honorific', 'Actor', 'Place', 'Organization'];
// Organisations' names run longer: "American Society for Biochemistry and Molecular Biology".
const MAX_WORDS = 6;
const MAX_ORGANISATION_WORDS = 8;

/** May `token` be part of a name of this kind (not counting lower-case particles)? */
function fits(kind: Kind, token: Token): boolean {
  if (!isCapitalised(token) || CALENDAR_WORDS.has(bare(token))) return false;
  if (kind === 'people') return hasAny(token, ['Person', 'ProperNoun']) && !hasAny(token, PERSON_STOP_TAGS);
  // "New" starts many places' names and is tagged an adjective: "New South Wales", "New Delhi".
  if (kind === 'places') return (hasAny(token, ['Place', 'ProperNoun']) || token.text === 'New') && !token.tags.has('Person');
  return true;
}

/** Grows a span over neighbouring tokens that continue the name, then trims weak edges. */
function growSpan(tokens: Token[], span: Span, kind: Kind): Span | undefined {
  const grown = growAndTrim(tokens, span, kind);
  // A place or person that runs into an organisation's head word is part of the organisation's name
  // ("United States Department of Justice", "The Washington Post"), which the organisations pass finds.
  const hasHead = (part: Span | undefined) =>
    part !== undefined && tokens.slice(part.start, part.end).some((token) => ORGANISATION_HEADS.has(bare(token)));
  if (kind === 'organisations' || !hasHead(grown)) return grown;
  return undefined;
}

function growAndTrim(tokens: Token[], span: Span, kind: Kind, grow = true): Span | undefined {
  let { start, end } = span;
  const at = (index: number) => tokens[index] as Token;
  const inner = (index: number) => {
    const word = at(index).text.toLowerCase();
    if (kind === 'people') return NAME_PARTICLES.has(word);
    if (kind === 'organisations')
      return ORGANISATION_CONNECTORS.has(word) && tokens.slice(start, index).some((t) => ORGANISATION_HEADS.has(bare(t)));
    return false;
  };
  const continues = (index: number, from: number) => joined(at(Math.min(index, from)), at(Math.max(index, from)));
  // An organisation's name grows left over "of"/"for" after a head word ("Great Orchestra of Christmas
  // Charity") and over "and" between capitalised words when it ends in a head ("House Oversight and
  // Reform Committee", "National Oceanic and Atmospheric Administration").
  const leftConnector = (index: number) => {
    if (kind !== 'organisations' || index < 1 || !ORGANISATION_HEADS.has(bare(at(end - 1)))) return false;
    const word = at(index).text.toLowerCase();
    const left = at(index - 1);
    if (!continues(index, index + 1) || !continues(index - 1, index) || !isCapitalised(left)) return false;
    return word === 'and' || ((word === 'of' || word === 'for') && ORGANISATION_HEADS.has(bare(left)));
  };
  for (;;) {
    if (grow && start > 0 && continues(start - 1, start) && fits(kind, at(start - 1))) start--;
    else if (grow && start > 1 && leftConnector(start - 1)) start -= 2;
    else break;
  }
  while (grow) {
    if (end < tokens.length && continues(end, end - 1) && fits(kind, at(end))) end++;
    else if (end + 1 < tokens.length && inner(end) && continues(end, end - 1) && continues(end + 1, end) && fits(kind, at(end + 1)))
      end += 2;
    else if (
      end + 2 < tokens.length &&
      inner(end) &&
      inner(end + 1) &&
      continues(end + 1, end) &&
      continues(end + 2, end + 1) &&
      fits(kind, at(end + 2))
    )
      end += 3;
    else break;
  }
  const weakEdge = (token: Token) =>
    !isCapitalised(token) ||
    LEADING_ADJECTIVES.has(token.text.toLowerCase()) ||
    hasAny(token, EDGE_STOP_TAGS) ||
    EDGE_STOP_WORDS.has(token.text.toLowerCase().replace(/\.$/, '')) ||
    CALENDAR_WORDS.has(bare(token)) ||
    (kind === 'people' && hasAny(token, PERSON_STOP_TAGS));
  // Titles come off the front of a person's name only: "Governor Vázquez", but "Michel Mayor".
  while (start < end && (weakEdge(at(start)) || (kind === 'people' && TITLES.has(bare(at(start)).replace(/\.$/, ''))))) start++;
  // An organisation does not end in a person's name or title: "Senate President Thomas Rivera Schatz".
  const weakOrganisationEnd = (token: Token) =>
    kind === 'organisations' &&
    hasAny(token, ['Person', 'Honorific', 'Actor']) &&
    !token.tags.has('Organization') &&
    !ORGANISATION_HEADS.has(bare(token));
  while (end > start && (weakEdge(at(end - 1)) || weakOrganisationEnd(at(end - 1)))) end--;
  return end > start ? { sentence: span.sentence, start, end } : undefined;
}

/** Cuts a span at punctuation: compromise sometimes runs over it ("Friday: “The office"). */
function splitAtPunctuation(tokens: Token[], span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (let index = span.start; index < span.end; index++) {
    if (index + 1 === span.end || !joined(tokens[index] as Token, tokens[index + 1] as Token)) {
      pieces.push({ sentence: span.sentence, start, end: index + 1 });
      start = index + 1;
    }
  }
  return pieces;
}

/**
 * Cuts a span at lower-case words that cannot be inside a name of this kind: compromise's places
 * run over descriptions ("Polish city of Gdańsk", "French capital Paris"). Particles of people's
 * names, "of"/"and"… in organisations' names and "of" after "Gulf", "Republic"… stay.
 */
function splitAtLowercase(tokens: Token[], span: Span, kind: Kind): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (let index = span.start; index < span.end; index++) {
    const token = tokens[index] as Token;
    const word = token.text.toLowerCase();
    const previous = tokens[index - 1];
    const inside =
      isCapitalised(token) ||
      (kind === 'people' && NAME_PARTICLES.has(word)) ||
      (kind === 'organisations' && ORGANISATION_CONNECTORS.has(word)) ||
      (kind === 'places' && word === 'of' && previous !== undefined && PLACE_OF_HEADS.has(bare(previous)));
    if (inside) continue;
    if (index > start) pieces.push({ sentence: span.sentence, start, end: index });
    start = index + 1;
  }
  if (span.end > start) pieces.push({ sentence: span.sentence, start, end: span.end });
  return pieces;
}

/**
 * An organisation's name ends before "and the": "European Union and the South American group" is the
 * European Union ("and" alone stays: "National Oceanic and Atmospheric Administration").
 */
function endAtHead(tokens: Token[], span: Span): Span {
  for (let index = span.start + 1; index + 1 < span.end; index++) {
    if ((tokens[index] as Token).text.toLowerCase() === 'and' && (tokens[index + 1] as Token).text.toLowerCase() === 'the')
      return { ...span, end: index };
  }
  return span;
}

// compromise's steps after tokenising (`nlp.hooks()`, the ones `nlp(text)` runs), without those
// `nlp.tokenize` has run and without 'chunks', the noun and verb phrases: 6% of the suggester's
// time, and neither these rules nor compromise's people(), places() and organizations() read them.
const TAGGING = (nlp.hooks() as string[]).filter((hook) => !['contractions', 'alias', 'machine', 'chunks'].includes(hook));

/** `nlp(text)` without the phrase chunker: the same terms and tags. */
const tag = (text: string) => nlp.tokenize(text).compute(TAGGING) as ReturnType<typeof nlp>;

const lexicon = new Map<string, Set<string>>();
/**
 * compromise's tags for a word on its own. In a sentence it may tag "the Cuban military" as an
 * organisation and lose the demonym, or "Frederick, Maryland" as a person's first and last name.
 */
function lexiconTags(word: string): Set<string> {
  let tags = lexicon.get(word);
  if (tags === undefined) {
    tags = new Set((nlp(word).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? []);
    lexicon.set(word, tags);
  }
  return tags;
}
// compromise's lexicon: a word's tag (or tags) as compromise knows the word, before any context.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NAME_TAGS = ['Organization', 'Place', 'Country', 'City', 'Region', 'ProperNoun', 'Acronym', 'Person', 'LastName'];
const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/**
 * Is `words` a run of capitals for emphasis or a subhead ("ONLY", "LATEST NEWS", "RANDY ANDY"),
 * not an acronym? Every word is in capitals and, lower-cased, either an ordinary English word in
 * compromise's lexicon or a given name, with at least one ordinary word. Acronyms are not ordinary
 * words there ("nato", "fbi" are organisations; "unicef", "abc" are unknown), so they stay;
 * country acronyms ("US" is the pronoun "us") are exempt.
 */
function isShouted(words: string[]): boolean {
  let ordinary = 0;
  for (const word of words) {
    if (!/^\p{Lu}{2,}$/u.test(word) || COUNTRY_ACRONYMS.has(word)) return false;
    const entry = LEXICON[word.toLowerCase()];
    if (entry === undefined) return false;
    const tags = typeof entry === 'string' ? [entry] : entry;
    if (tags.some((tag) => GIVEN_NAME_TAGS.includes(tag))) continue;
    if (tags.some((tag) => NAME_TAGS.includes(tag))) return false;
    ordinary++;
  }
  return ordinary > 0;
}

/**
 * A word where three or more lower-case letters run into a capital is two names glued together
 * by link text that lost its spaces ("Ilhan OmarIlhan Omar", "Kristi NoemSouth Dakota"). Names'
 * own inner capitals follow one or two letters: McDonald, MacArthur, DeSantis, LeBron, DiCaprio.
 * Organisations' names are written this way on purpose (SoftBank, BlackRock), so it is not used for them.
 */
const RUN_TOGETHER = /\p{Ll}{3}\p{Lu}/u;

const isDemonym = (word: string) => lexiconTags(word).has('Demonym') && !lexiconTags(word).has('Plural');
const isKnownPlace = (token: Token) => hasAny(token, ['Country', 'Region', 'City']) || lexiconTags(token.text).has('Place');

// "[60]", "[a]", "[citation needed]", "[note 3]": marks of footnotes and editors' notes.
const FOOTNOTE_MARKS = /\[(?:\d{1,4}|\p{Ll}{1,2}|citation needed|clarification needed|note \d{1,4}|nb \d{1,4})\]/giu;

// Letters after a name that belong to the person: "Kama Melly QC", "Jo Cox MP".
const POST_NOMINALS = new Set(['QC', 'KC', 'MP', 'MEP', 'MSP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'JP']);

// A storm's lead word before a name, anywhere in a text ("Hurricane Humberto").
const EVENT_LEAD = new RegExp(`(?:${[...EVENT_LEADS].join('|')})[ \t]+\\p{L}`, 'iu');

// A quoted passage: straight or curly double quotes, on one line.
const QUOTED = /["“]([^"“”\n]{1,300})["”]/gu;

/**
 * Adjectives that start places' names and name no place alone: what is left of "New York-listed" or
 * "North Korea-backed" when the tagger stops at the hyphen. A closed list, not compromise's
 * adjectives: those include "Arctic" and "Antarctic", which are places.
 */
const PLACE_NAME_ADJECTIVES = new Set([
  'new',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'upper',
  'lower',
  'central',
  'greater',
  'great',
  'old',
  'little',
]);
const isPlainAdjective = (word: string) => PLACE_NAME_ADJECTIVES.has(word.toLowerCase());

// A place's name that starts with an abbreviated word (tools/import/entity-tokens.ts `initial`).
const ABBREVIATED_PLACE = /^(?:St|Ste|Mt|Ft|Pt)\. \p{Lu}/u;

// Greetings that open a name in quoted speech: "Hey Siri", "Dear Margaret". Not "Oh", a Korean surname.
const GREETINGS = new Set(['hey', 'hi', 'hello', 'dear', 'thanks', 'bye', 'goodbye']);
// Words an organisation's or a place's name writes in lower case after its first word, whatever
// the text's capitals: "Government Of Spain" in a title-cased line is the Government of Spain.
const NAME_FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to']);

/** `name` with its function words after the first in lower case ("Bank Of America" → "Bank of America"). */
function lowerFunctionWords(name: string): string {
  return name
    .split(' ')
    .map((word, index) => (index > 0 && NAME_FUNCTION_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word))
    .join(' ');
}

/** A name that is certainly not an entity: too long, a weekday, a lone adjective such as "Chinese". */
function isNoise(name: string, tokens: Token[], kind: Kind): boolean {
  const words = name.split(/\s+/);
  if (
    words.length > (kind === 'organisations' ? MAX_ORGANISATION_WORDS : MAX_WORDS) ||
    !/^\p{Lu}/u.test(name) ||
    name.replace(/[^\p{L}\p{N}]/gu, '').length < 2
  )
    return true;
  if (words.every((word) => CALENDAR_WORDS.has(word.toLowerCase())) || isShouted(words)) return true;
  // An abbreviated first word alone: "St" of "St Margaret's at Cliffe", written without its full stop.
  if (words.length === 1 && /^(?:St|Ste|Mt|Ft|Pt)\.?$/u.test(name)) return true;
  // "Hurricane Humberto", "Reproductive Health Care Reform Bill", "Paris Climate Accord" are events and laws.
  if (EVENT_LEADS.has(words[0]?.toLowerCase() ?? '') || (words.length > 1 && NON_ENTITY_TAILS.has(words.at(-1)?.toLowerCase() ?? '')))
    return true;
  // "Jupiter-like", "U.S.-led", "U.S.-Mexican": a name made into a description.
  const suffix = /-([^-\s]+)$/u.exec(name)?.[1];
  if (suffix !== undefined && (/^\p{Ll}/u.test(suffix) || isDemonym(suffix))) return true;
  if (COMMON_ACRONYMS.has(name.replace(/\./g, '').toUpperCase())) return true;
  // A person's name does not end in an acronym other than a numeral: "Mozilla CEO", "ARMv6 CPU", but "Henry VIII".
  const last = words.at(-1) ?? '';
  if (kind === 'people' && words.length > 1 && /^\p{Lu}{2,}$/u.test(last) && !/^[IVXL]+$/.test(last) && !POST_NOMINALS.has(last))
    return true;
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only === undefined) return false;
  // An adjective alone is no place, whatever its context made it: "New" of "New York-listed".
  if (kind === 'places' && isPlainAdjective(only.text)) return true;
  // A nationality alone ("Cuban", "Australian") names no one; "Philippines" is tagged a plural demonym.
  if ((only.tags.has('Demonym') && !only.tags.has('Plural')) || isDemonym(only.text)) return true;
  return only.tags.has('Adjective') && !hasAny(only, ['Person', 'Organization', 'Place']);
}

/**
 * A name after "Secretary of State", "Minister of Foreign Affairs" is a person's, without the
 * department: compromise reads "State Mike Pompeo" as a place.
 */
function afterOffice(tokens: Token[], span: Span, kind: Kind): { span: Span; kind: Kind } {
  const of = tokens[span.start - 1];
  const title = tokens[span.start - 2];
  if (of?.text !== 'of' || title === undefined || !TITLES.has(bare(title))) return { span, kind };
  let start = span.start;
  while (start < span.end - 1 && TITLES.has(bare(tokens[start] as Token))) start++;
  return start === span.start ? { span, kind } : { span: { ...span, start }, kind: 'people' };
}

/** Initials of a name's capitalised words: "United Nations" → "UN". */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
const isAcronym = (name: string) => /^\p{Lu}{2,6}$/u.test(name.replace(/\./g, ''));

interface Candidate {
  name: string;
  votes: Record<Kind, number>;
  mentions: number;
  first: number;
  wordCount: number;
}

/**
 * People, places and organisations named in `text`, most mentioned first; none for a text that
 * reads as another language than English (src/content/detect-language.ts), which compromise cannot tag.
 * @example suggestEntities('Michelle Bachelet spoke in Geneva. Bachelet left.').people // ['Michelle Bachelet']
 */
export function suggestEntities(input: string): EntitySuggestions {
  // Decomposed accents (NFD, as macOS file names and some CMSs write them) split a word in two for compromise.
  // Footnote marks glue onto the word before them ("Dave Mandelin.[60]" in a Wikipedia page).
  // Titles of cited works, in title case, capitalise every word: their runs of capitals are not names.
  // compromise reads English: in another language its guesses are the language's capitalised common
  // nouns (German "Einwilligung", Spanish "Que") and phrases ("Herstellung von Interoperabilität").
  const language = detectLanguage(input);
  if (language !== undefined && language !== 'en') return { people: [], places: [], organisations: [] };
  const text = input
    .normalize('NFC')
    .replace(FOOTNOTE_MARKS, '')
    .replace(QUOTED, (quote, inner: string) => (isTitleCase(inner) ? '""' : quote));
  // Tagging is most of the time; sentences without a capitalised word cannot add a name.
  const doc = tag(nameSentences(text));
  const sentences: Token[][] = (doc.json() as Array<{ terms: Array<{ text: string; pre: string; post: string; tags: string[] }> }>).map(
    (sentence) => sentence.terms.map((term) => ({ text: term.text, pre: term.pre, post: term.post, tags: new Set(term.tags) })),
  );
  const candidates = new Map<string, Candidate>();
  const seen = new Set<string>();
  // `weight` counts a match as several: a cue such as "Town, State" outweighs compromise's guess.
  const add = (found: Span, foundKind: Kind, weight = 1) => {
    const { span, kind } = afterOffice(sentences[found.sentence] ?? [], found, foundKind);
    const key = `${kind}:${span.sentence}:${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    const sentenceTokens = sentences[span.sentence] ?? [];
    const before = sentenceTokens[span.start - 1];
    if (before && isCapitalised(before) && EVENT_LEADS.has(before.text.toLowerCase())) return;
    let start = span.start;
    while (start < span.end - 1 && GREETINGS.has((sentenceTokens[start] as Token).text.toLowerCase())) start++;
    const tokens = sentenceTokens.slice(start, span.end);
    const name = spanName(tokens);
    // "Afghanistan/Pakistan" is two places.
    if (tokens.length === 1 && name.includes('/')) {
      for (const part of name.split('/')) addName(part, tokens, kind, weight);
      return;
    }
    addName(name, tokens, kind, weight);
  };
  const addName = (written: string, tokens: Token[], found: Kind, weight: number) => {
    // "St. Louis" is a place even where compromise reads "Louis" as a given name.
    const kind = found === 'people' && ABBREVIATED_PLACE.test(written) ? 'places' : found;
    const plain = withoutWordHints(written);
    const name = kind === 'people' ? plain : lowerFunctionWords(plain);
    if (isNoise(name, tokens, kind)) return;
    const id = name.toLowerCase();
    const candidate = candidates.get(id) ?? {
      name,
      votes: { people: 0, places: 0, organisations: 0 },
      mentions: 0,
      first: candidates.size,
      wordCount: name.split(/\s+/).length,
    };
    candidate.votes[kind] += weight;
    candidates.set(id, candidate);
  };

  const views: Array<[Kind, { json: () => unknown }]> = [
    ['people', doc.people()],
    ['places', doc.places()],
    ['organisations', doc.organizations()],
  ];
  for (const [kind, view] of views) {
    for (const match of view.json() as Array<{ terms: Array<{ index: [number, number] }> }>) {
      const indexes = match.terms.map((term) => term.index);
      const [sentence, start] = indexes[0] ?? [0, 0];
      const tokens = sentences[sentence] ?? [];
      for (const cut of splitAtPunctuation(tokens, { sentence, start, end: start + indexes.length }))
        for (const piece of splitAtLowercase(tokens, cut, kind)) {
          const grown = growSpan(tokens, piece, kind);
          if (grown) add(kind === 'organisations' ? endAtHead(tokens, grown) : grown, kind);
        }
    }
  }
  // Names compromise does not know as organisations but whose last word says so ("UN Human Rights Office").
  sentences.forEach((tokens, sentence) => {
    tokens.forEach((token, index) => {
      if (!ORGANISATION_HEADS.has(bare(token)) || !isCapitalised(token)) return;
      const grown = growSpan(tokens, { sentence, start: index, end: index + 1 }, 'organisations');
      if (grown && grown.end - grown.start > 1) add(endAtHead(tokens, grown), 'organisations');
      // "the Senate", "Congress": a body by one word, when not the first word of a sentence.
      else if (index > 0 && SINGLE_WORD_BODIES.has(bare(token))) add({ sentence, start: index, end: index + 1 }, 'organisations');
    });
  });
  // Acronyms in capitals are organisations' names ("NPR", "G7"), unless a country's or a common noun's.
  sentences.forEach((tokens, sentence) => {
    tokens.forEach((token, index) => {
      const letters = token.text.replace(/['’]s$/, '');
      // Letters and digits ("G7", "TVN24") only when named twice: "SEK9 million" is an amount.
      const withDigits = /^\p{Lu}{1,5}\d{1,3}$/u.test(letters) && standalone(text, letters) > 1;
      if (!/^\p{Lu}{2,6}$/u.test(letters) && !withDigits) return;
      // Part of a longer name: "EB Games", "BFM TV".
      // Not a person named next to it ("told NPR Hamza bin Laden") or a word capitalised only because
      // it starts the sentence ("Retired FBI agent").
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      const partOfName =
        (before !== undefined && isCapitalised(before) && joined(before, token) && (index > 1 || before.tags.has('ProperNoun'))) ||
        (after !== undefined && isCapitalised(after) && joined(token, after) && !after.tags.has('Person'));
      if (partOfName) return;
      if (COMMON_ACRONYMS.has(letters) || COUNTRY_ACRONYMS.has(letters)) return;
      add({ sentence, start: index, end: index + 1 }, 'organisations');
    });
  });
  // "Frederick, Maryland": an unknown capitalised name right before a comma and a known place is a place.
  sentences.forEach((tokens, sentence) => {
    tokens.forEach((token, index) => {
      const next = tokens[index + 1];
      // Not "Chen Xu, China’s ambassador": a possessive place describes the name before it.
      if (!next || !/^,[ \t]+$/.test(token.post) || !isKnownPlace(next) || /['’]s$/.test(next.text) || !isCapitalised(token)) return;
      let start = index;
      while (
        start > index - 2 &&
        start > 0 &&
        joined(tokens[start - 1] as Token, tokens[start] as Token) &&
        isCapitalised(tokens[start - 1] as Token)
      )
        start--;
      const run = tokens.slice(start, index + 1);
      if (run.every((word) => hasAny(word, ['ProperNoun', 'Place']) && !hasAny(word, ['Organization', 'Demonym']))) {
        const grown = growSpan(tokens, { sentence, start, end: index + 1 }, 'places');
        if (grown) add(grown, 'places', 2);
      }
    });
  });
  for (const span of personRuns(sentences, text)) add(span, 'people');
  // A name that follows "Hurricane" or "Storm" anywhere is the storm's, in every other mention too.
  // Most texts name no storm: one test of the whole text spares a regular expression per candidate.
  if (EVENT_LEAD.test(text))
    for (const [id, candidate] of candidates)
      if (new RegExp(`(?:${[...EVENT_LEADS].join('|')})[ \t]+${candidate.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu').test(text))
        candidates.delete(id);
  // A one-word name the text also writes in lower case is a common noun that starts a sentence, a
  // heading or a table cell ("Blueprint library" beside "the blueprint library").
  const lowerCaseWords = new Set(text.match(LOWER_CASE_WORD));
  for (const [id, candidate] of candidates)
    if (candidate.wordCount === 1 && /^\p{Lu}\p{Ll}/u.test(candidate.name) && lowerCaseWords.has(candidate.name.toLowerCase()))
      candidates.delete(id);
  for (const candidate of candidates.values())
    candidate.mentions = candidate.votes.people + candidate.votes.places + candidate.votes.organisations;
  return mergeCandidates([...candidates.values()], text);
}

/** Is `name` written somewhere right after a lower-case word on the same line ("said Interfax")? */
function inRunningText(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}\\p{M}'’-]*[ \\t]+${escaped}(?![\\p{L}\\p{N}-])`, 'u').test(text);
}

/** The kind most matches gave a name; a name ending in "Office", "Council"… is an organisation. */
function kindOf(candidate: Candidate): Kind {
  const last = candidate.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (candidate.wordCount > 1 && ORGANISATION_HEADS.has(last)) return 'organisations';
  if (candidate.wordCount > 1 && ADMINISTRATIVE_HEADS.has(last)) return 'places';
  if (COUNTRY_ACRONYMS.has(candidate.name.replace(/\./g, ''))) return 'places';
  const order: Kind[] = ['people', 'organisations', 'places'];
  return order.reduce((best, kind) => (candidate.votes[kind] > candidate.votes[best] ? kind : best), order[0] as Kind);
}

/** Merges variants of one entity into its fullest name and drops what is left over. */
function mergeCandidates(candidates: Candidate[], text: string): EntitySuggestions {
  const byKind: Record<Kind, Candidate[]> = { people: [], places: [], organisations: [] };
  for (const candidate of candidates) {
    const kind = kindOf(candidate);
    if (kind === 'organisations' || !RUN_TOGETHER.test(candidate.name)) byKind[kind].push(candidate);
  }
  const absorb = (into: Candidate, from: Candidate, list: Candidate[]) => {
    into.mentions += from.mentions;
    into.first = Math.min(into.first, from.first);
    list.splice(list.indexOf(from), 1);
  };

  // "Zhao" is Zhao Lijian when Zhao Lijian is named in the same text; a lone one-word "person"
  // mentioned once is more often a mis-tagged word than a person, so it is dropped.
  const people = byKind.people;
  for (const single of people.filter((person) => person.wordCount === 1)) {
    const fuller = people.filter(
      (person) => person.wordCount > 1 && person.name.split(/\s+/).some((word) => word === single.name || word.endsWith(`-${single.name}`)),
    );
    if (fuller.length === 1) absorb(fuller[0] as Candidate, single, people);
    else if (fuller.length > 1 || single.mentions < 2) people.splice(people.indexOf(single), 1);
  }
  // "Xinjiang Uyghur Autonomous Region" is Xinjiang when Xinjiang is named too.
  const places = byKind.places;
  for (const long of places.filter((place) => ADMINISTRATIVE_HEADS.has(place.name.split(/\s+/).at(-1)?.toLowerCase() ?? ''))) {
    const short = places.find((place) => place !== long && long.name.startsWith(`${place.name} `));
    if (short) absorb(short, long, places);
  }
  // An acronym joins the organisation or place it abbreviates: "UN" is the United Nations.
  for (const kind of ['organisations', 'places'] as const) {
    const list = byKind[kind];
    for (const acronym of list.filter((candidate) => isAcronym(candidate.name))) {
      const letters = acronym.name.replace(/\./g, '');
      const expansion =
        candidates.find(
          (candidate) =>
            candidate !== acronym &&
            !isAcronym(candidate.name) &&
            initials(candidate.name) === letters &&
            text.includes(`${candidate.name} (${acronym.name})`),
        ) ?? list.find((candidate) => candidate !== acronym && !isAcronym(candidate.name) && initials(candidate.name) === letters);
      if (expansion && list.includes(expansion)) absorb(expansion, acronym, list);
    }
  }
  // One word as an organisation's name must be one: compromise knows it as an organisation
  // ("Google"), or the text writes it capitalised inside running text ("posted on Weibo"). A word
  // capitalised only where every word is (a heading, a menu, a sentence's start) is a common noun:
  // "Progress", "Privacy", "Window".
  byKind.organisations = byKind.organisations.filter(
    (candidate) =>
      candidate.wordCount > 1 ||
      isAcronym(candidate.name) ||
      SINGLE_WORD_BODIES.has(candidate.name.toLowerCase()) ||
      lexiconTags(candidate.name).has('Organization') ||
      inRunningText(text, candidate.name),
  );
  // The same name under two kinds, or spelled with different case or accents, is listed once.
  const taken = new Set<string>();
  const finish = (list: Candidate[]) =>
    list
      .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
      .map((candidate) => candidate.name)
      .filter((name) => {
        const key = slugify(name);
        if (taken.has(key)) return false;
        taken.add(key);
        return true;
      });
  return { people: finish(people), organisations: finish(byKind.organisations), places: finish(places) };
}
