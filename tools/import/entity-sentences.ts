/**
 * The part of a text worth giving compromise's tagger, which is most of the entity suggester's
 * time: only the sentences that can hold a name, and not headlines in title case, whose capitals
 * mislead it. Every rule of the suggester needs a capitalised
 * word (a name's words, an acronym, a title before a name), so a sentence without one adds nothing
 * but tagging time. Measured on the 311 saved pages of docs/importing.md: see "Both cores" there.
 */
import nlp from 'compromise';

// A word as the suggester's capitalisation test sees it: it starts with a capital letter.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
/**
 * A word written in lower case: a common word where the text also capitalises it to start a
 * sentence or a heading. Not inside an address or a handle: "twitter.com", "github.com/mozilla",
 * "@google" say nothing of "Twitter".
 */
export const LOWER_CASE_WORD = /(?<![\p{L}\p{N}./@_#-])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{N}/@_-])(?!\.[\p{L}\p{N}])/gu;

// Words a title writes in lower case unless it is in title case.
const FUNCTION_WORDS = new Set([
  'of',
  'from',
  'to',
  'in',
  'for',
  'and',
  'the',
  'a',
  'an',
  'on',
  'with',
  'at',
  'by',
  'as',
  'or',
  'into',
  'over',
]);

/**
 * Is this quoted text a title in title case ("Brendan Eich Steps Down as Mozilla CEO", the title of
 * a cited page)? At least 80% of its words besides function words capitalised, and either a
 * capitalised function word ("The Hypocrisy Of Sam Yagan") or five such words; no sentence break
 * inside. Quoted speech is in sentence case, and a quoted nickname ("the Kim Kardashian of
 * Pakistan") or sign ("Where is David Cameron? Danny Dyer for PM") fails one of these, so its names stay.
 */
export function isTitleCase(quoted: string): boolean {
  if (/[.?!]\s+\S/u.test(quoted)) return false;
  const words = quoted.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? [];
  const capitalised = (word: string) => /^\p{Lu}/u.test(word);
  const content = words.filter((word) => !FUNCTION_WORDS.has(word.toLowerCase()));
  const functionWord = words.slice(1).some((word) => capitalised(word) && FUNCTION_WORDS.has(word.toLowerCase()));
  return (functionWord || content.length >= 5) && content.filter(capitalised).length >= content.length * 0.8;
}

/**
 * compromise's own sentence splitter (`methods().one.tokenize.splitSentences`, its documented
 * extension point), so the sentences kept are the ones the tagger would have seen. The pieces it
 * returns put together give the text back: each carries the white space after it.
 */
const splitSentences = (text: string): string[] =>
  (nlp.methods() as { one: { tokenize: { splitSentences: (text: string, world: unknown) => string[] } } }).one.tokenize.splitSentences(
    text,
    nlp.world(),
  );

/**
 * Can this sentence hold a name? It can when a word after its first is capitalised ("said Bachelet"),
 * or when its first word is capitalised and the text never writes that word in lower case ("Bachelet
 * left."); "The talks ended." cannot. A lone "I" is no name.
 */
function mayHoldName(sentence: string, lowerCase: Set<string>): boolean {
  const words = sentence.match(WORD) ?? [];
  return words.some(
    (word, index) =>
      CAPITALISED.test(word) && word !== 'I' && (index > 0 || !lowerCase.has(word.toLowerCase().replace(/['’]s$|[.'’-]+$/u, ''))),
  );
}

// compromise's lexicon tags of verbs that a headline has and a list of names does not.
const VERB_TAGS = new Set(['Infinitive', 'PastTense', 'Gerund', 'Modal', 'Copula']);
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
const isVerb = (word: string) => [LEXICON[word.toLowerCase()] ?? []].flat().some((tag) => VERB_TAGS.has(tag));
const isAdverb = (word: string) => [LEXICON[word.toLowerCase()] ?? []].flat().some((tag) => tag === 'Adverb' || tag === 'Negative');

/**
 * A headline or heading in title case: a line of its own without a full stop, in title case
 * (isTitleCase), with a capitalised function word ("Story Of Metroid") or a verb ("United States to
 * Lift Sudan Sanctions", "Facebook Is Tracking Me"). Its capitals say nothing of names:
 * compromise made "Lift Sudan Sanctions" a place. A line of names alone ("Frank Sinatra, Bob
 * Marley, Bruno Mars", a table of venues) has neither and stays. The names a headline carries are
 * in the story under it, in running text.
 */
function isTitleCaseLine(sentence: string, lowerCase: Set<string>): boolean {
  const line = sentence.trim();
  if (/[.!?:;,]["”’)]*$/u.test(line)) return false;
  const words = line.match(WORD) ?? [];
  // A short headline ("Floods Hit Valencia Again", "Others Never Make It") is too short for
  // isTitleCase, which asks five capitalised words of a quoted title. On a line of its own, every
  // word capitalised and two of them ordinary words say the same: a verb, an adverb or a negation
  // as compromise's lexicon knows the word alone, or a word the text also writes in lower case
  // ("floods"). A line of names ("Frank Sinatra, Bob Marley") or a venue has no such two.
  if (words.length >= 3 && words.every((word) => CAPITALISED.test(word) || /^\p{N}/u.test(word))) {
    const ordinary = words.filter((word) => {
      const lower = word.toLowerCase();
      return !FUNCTION_WORDS.has(lower) && (lowerCase.has(lower) || isVerb(word) || isAdverb(word));
    });
    if (ordinary.length >= 2) return true;
  }
  if (!isTitleCase(line)) return false;
  return words.slice(1).some((word) => CAPITALISED.test(word) && (FUNCTION_WORDS.has(word.toLowerCase()) || isVerb(word)));
}

/**
 * Is this headline in title case ("Floods Hit Valencia Again", "Michelle Bachelet Visits Xinjiang")?
 * Three words or more, and every word but the function words ("of", "the"…) capitalised. Its
 * capitals say nothing of names, and the names it carries are in the story under it, so entity
 * suggestions read such a headline not at all. A headline in sentence case ("China says UN has
 * 'closed the door'") is read as any sentence.
 */
export function isTitleCaseHeadline(title: string): boolean {
  const words = title.match(WORD) ?? [];
  return (
    words.length >= 3 &&
    words.every((word, index) => CAPITALISED.test(word) || /^\p{N}/u.test(word) || (index > 0 && FUNCTION_WORDS.has(word)))
  );
}

/**
 * The sentences of `text` that can hold a name, in order and with their own spacing, e.g.
 * "Bachelet spoke. The talks ended. Geneva was calm." → "Bachelet spoke. Geneva was calm.".
 * Left out: sentences without a capitalised word that could start a name, and headlines and
 * headings in title case. Offsets change; the words and the line breaks that end each kept
 * sentence do not.
 */
export function nameSentences(text: string): string {
  const sentences = splitSentences(text);
  const lowerCase = new Set(text.match(LOWER_CASE_WORD));
  return sentences.filter((sentence) => mayHoldName(sentence, lowerCase) && !isTitleCaseLine(sentence, lowerCase)).join('');
}
