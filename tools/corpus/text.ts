/**
 * English copy for the synthetic corpus: headlines, standfirsts, subheadings and paragraphs in the
 * shape of wire reporting (attributed quotes in curly marks, datelines, figures), filled from the
 * Zipf-ordered vocabulary so word frequencies follow the long-tailed curve of real news.
 */
import { ADJECTIVES, ADVERBS, BASE_VERBS, HEADLINE_VERBS, MONTHS, NOUNS, NUMBER_WORDS, PAST_VERBS, PLURALS } from './vocabulary.ts';
import { ORGANISATIONS, PLACES } from './names.ts';
import { chance, intBetween, pick, weightedPick, zipfTable, type Random } from './random.ts';

/** What one article writes about, and the stream it draws from. */
export interface Writer {
  random: Random;
  people: readonly string[];
  places: readonly string[];
  organisations: readonly string[];
  /** Weekday of publication, for "said on Friday". */
  weekday: string;
  /** Year of publication, for "since 2014". */
  year: number;
}

const nouns = zipfTable(NOUNS, 1.05);
const plurals = zipfTable(PLURALS, 1.05);
const adjectives = zipfTable(ADJECTIVES, 1);
const pastVerbs = zipfTable(PAST_VERBS, 1);
const baseVerbs = zipfTable(BASE_VERBS, 1);
const headlineVerbs = zipfTable(HEADLINE_VERBS, 0.9);
const adverbs = zipfTable(ADVERBS, 1);

const n = (w: Writer) => weightedPick(w.random, nouns);
const ns = (w: Writer) => weightedPick(w.random, plurals);
const adj = (w: Writer) => weightedPick(w.random, adjectives);
const past = (w: Writer) => weightedPick(w.random, pastVerbs);
const base = (w: Writer) => weightedPick(w.random, baseVerbs);
const hv = (w: Writer) => weightedPick(w.random, headlineVerbs);
const adv = (w: Writer) => weightedPick(w.random, adverbs);
const otherPlaces = zipfTable(PLACES, 1.1);
const otherOrganisations = zipfTable(ORGANISATIONS, 1.1);

const person = (w: Writer) => pick(w.random, w.people);
/** Mostly the article's own places; now and then another, as stories mention neighbours and capitals. */
const place = (w: Writer) =>
  w.places.length > 0 && chance(w.random, 0.75) ? pick(w.random, w.places) : weightedPick(w.random, otherPlaces);
const month = (w: Writer) => pick(w.random, MONTHS);
const period = (w: Writer) => pick(w.random, ['week', 'month', 'year', 'year']);
const num = (w: Writer) => (chance(w.random, 0.6) ? pick(w.random, NUMBER_WORDS) : String(intBetween(w.random, 10, 99)));
const pct = (w: Writer) => `${intBetween(w.random, 2, 64)}%`;
const pastYear = (w: Writer) => String(w.year - intBetween(w.random, 1, 15));
const bigNum = (w: Writer) =>
  pick(w.random, [
    `${intBetween(w.random, 1, 9)},${intBetween(w.random, 100, 999)}`,
    `${intBetween(w.random, 11, 95)},000`,
    `${intBetween(w.random, 2, 9)} million`,
  ]);

/** "a"/"an" before a word, by its first sound (close enough for generated copy). */
export function withArticle(word: string): string {
  const vowelSound = /^(?:[aeio]|u(?![bcfhjkqrstn][aeiou])|hour|honest|heir)/i.test(word) && !/^(?:one|eu|uni)/i.test(word);
  return `${vowelSound ? 'an' : 'a'} ${word}`;
}

const an = (word: string) => withArticle(word);
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Organisation names that read without "the" ("Nato said", but "the Kremlin said"). */
const BARE_ORGANISATION =
  /^(?:Nato|Unicef|Unesco|UNHCR|Oxfam|Greenpeace|Amnesty|Human Rights Watch|Interpol|Fifa|Uefa|Nasa|Cern|Asean|Opec|OECD|G7|G20|Downing Street|Save the|Médecins|Mercy Corps|CARE|Reporters|Friends|Doctors|Northwind|Meridian|Atlas|Halcyon|Brightline|Kestrel|Orbis|Cobalt|Verity|Hartley|Ross|Société|Fundación|Østbank|Banco|Nordlicht|Sakura|Lotus|Baobab|Cedar|Riverside|Harbourview|Wikimedia)/;

/** An organisation of the article, written as it reads in a sentence. */
function org(w: Writer): string {
  const own = w.organisations.length > 0 && chance(w.random, 0.8);
  if (!own && chance(w.random, 0.4)) return pick(w.random, ['the government', 'the ministry', 'officials', 'the authorities']);
  const name = own ? pick(w.random, w.organisations) : weightedPick(w.random, otherOrganisations);
  return BARE_ORGANISATION.test(name) ? name : `the ${name}`;
}

const Org = (w: Writer) => cap(org(w));

function role(w: Writer): string {
  const roles = [
    () => `a spokesperson for ${org(w)}`,
    () => `a senior official at ${org(w)}`,
    () => `the head of ${org(w)}`,
    () => `an analyst at ${org(w)}`,
    () => `${place(w)}’s ambassador to the UN`,
    () => `${place(w)}’s foreign minister`,
    () => `a researcher based in ${place(w)}`,
    () => `a resident of ${place(w)}`,
    () => `the chair of the ${adj(w)} committee`,
  ];
  return pick(w.random, roles)();
}

const STATEMENTS: ReadonlyArray<(w: Writer) => string> = [
  (w) => `The ${adj(w)} ${n(w)} ${past(w)} the ${n(w)} in ${place(w)} on ${w.weekday}, according to ${org(w)}.`,
  (w) => `${Org(w)} ${adv(w)} ${past(w)} the ${adj(w)} ${n(w)} after ${num(w)} ${ns(w)} were ${past(w)} in ${place(w)}.`,
  (w) => `Officials in ${place(w)} said the ${n(w)} would ${base(w)} ${an(adj(w))} ${n(w)} by ${month(w)}.`,
  (w) => `The ${n(w)} comes as ${ns(w)} across ${place(w)} ${past(w)} ${ns(w)} over the ${adj(w)} ${n(w)}.`,
  (w) => `${person(w)}, ${role(w)}, ${past(w)} the ${n(w)} and called for ${an(adj(w))} ${n(w)} into the ${n(w)}.`,
  (w) =>
    `It is the ${pick(w.random, ['second', 'third', 'fourth', 'fifth'])} time this ${period(w)} that ${org(w)} has ${past(w)} ${an(adj(w))} ${n(w)}.`,
  (w) => `Critics say the ${n(w)} has ${past(w)} ${ns(w)} and ${past(w)} the ${n(w)} of ${ns(w)} in ${place(w)}.`,
  (w) => `More than ${bigNum(w)} ${ns(w)} have been ${past(w)} since the ${n(w)} began in ${pastYear(w)}.`,
  (w) =>
    `The ${intBetween(w.random, 12, 120)}-page ${n(w)} ${past(w)} that ${adj(w)} ${ns(w)} had been ${past(w)} in the name of ${adj(w)} ${n(w)}.`,
  (w) => `${cap(ns(w))} in ${place(w)} are expected to ${base(w)} the ${n(w)} next ${period(w)}.`,
  (w) => `${Org(w)} did not respond to a request for comment.`,
  (w) => `${person(w)} had ${adv(w)} ${past(w)} the ${n(w)}, saying it ${hv(w)} ${ns(w)} and ${ns(w)}.`,
  (w) => `The ${adj(w)} ${n(w)} was ${past(w)} on ${w.weekday} despite ${n(w)} from ${place(w)}.`,
  (w) => `According to ${org(w)}, ${pct(w)} of ${ns(w)} in ${place(w)} ${past(w)} the ${n(w)} last ${period(w)}.`,
  (w) => `While ${place(w)} has ${past(w)} the ${n(w)}, the ${n(w)} is expected to be ${past(w)} at the ${adj(w)} ${n(w)} next week.`,
  (w) => `Last ${period(w)}, ${org(w)} ${past(w)} ${an(adj(w))} ${n(w)} meant to ${base(w)} ${ns(w)} in ${place(w)}.`,
  (w) => `The ${n(w)} has ${adv(w)} ${past(w)} ${ns(w)} between ${place(w)} and ${place(w)}.`,
  (w) => `Analysts said the ${n(w)} could ${base(w)} the ${adj(w)} ${n(w)} for years.`,
  (w) => `In ${place(w)}, ${ns(w)} ${past(w)} ${an(adj(w))} ${n(w)} of ${ns(w)} and ${ns(w)}.`,
  (w) => `The ${n(w)} follows ${an(adj(w))} ${n(w)} by ${org(w)} into ${adj(w)} ${ns(w)}.`,
  (w) => `${cap(adj(w))} ${ns(w)} have long ${past(w)} the ${n(w)}, which ${hv(w)} ${adj(w)} ${ns(w)}.`,
  (w) =>
    `Figures published by ${org(w)} show ${ns(w)} ${pick(w.random, ['rose', 'fell', 'climbed', 'dropped'])} by ${pct(w)} in ${pastYear(w)}.`,
  (w) => `The ${n(w)} is ${adv(w)} ${adj(w)}, and ${ns(w)} in ${place(w)} have ${past(w)} it.`,
  (w) => `${person(w)} is due to ${base(w)} the ${n(w)} with ${org(w)} in ${place(w)} later this ${period(w)}.`,
  (w) => `No ${ns(w)} were ${past(w)}, but the ${n(w)} ${past(w)} ${num(w)} ${ns(w)}.`,
  (w) => `${Org(w)} estimates that ${bigNum(w)} ${ns(w)} were ${past(w)} in ${month(w)}.`,
  (w) => `The ${adj(w)} ${n(w)} ${past(w)} ${place(w)}’s ${n(w)}, ${org(w)} said.`,
  (w) => `Since ${pastYear(w)}, ${place(w)} has ${past(w)} ${num(w)} ${ns(w)} and ${past(w)} its ${n(w)}.`,
  (w) => `${place(w)} ${past(w)} the ${n(w)} in ${month(w)} and ${adv(w)} ${past(w)} the ${adj(w)} ${n(w)}.`,
  (w) => `The ${n(w)} was ${past(w)} at the end of the ${n(w)} of ${person(w)}, who had ${past(w)} the ${adj(w)} ${n(w)}.`,
  (w) => `${cap(ns(w))} and ${ns(w)} ${adv(w)} ${past(w)} the ${n(w)}, ${w.year - 1} figures show.`,
  (w) => `The ${n(w)} is likely to ${base(w)} ${ns(w)} in ${place(w)}, where ${ns(w)} ${past(w)} ${an(adj(w))} ${n(w)}.`,
];

const QUOTES: ReadonlyArray<(w: Writer) => string> = [
  (w) => `the ${n(w)} ${past(w)} the door of ${n(w)} by ${past(w)} the so-called ${n(w)}`,
  (w) => `we firmly oppose the ${n(w)} of the so-called ${adj(w)} ${n(w)}`,
  (w) => `this ${n(w)} is ${an(adj(w))} ${n(w)} ${past(w)} by a small number of ${adj(w)} ${ns(w)}`,
  (w) => `we will not ${base(w)} the ${n(w)} until the ${ns(w)} are ${past(w)}`,
  (w) => `the ${n(w)} of ${adj(w)} ${n(w)} may ${base(w)} ${adj(w)} ${ns(w)}, in particular ${ns(w)} against ${ns(w)}`,
  (w) => `it is ${adv(w)} ${adj(w)} that the ${n(w)} has ${past(w)} ${ns(w)} in ${place(w)}`,
  (w) => `there is no ${n(w)} for ${adj(w)} ${ns(w)}, and ${ns(w)} must ${base(w)} the ${n(w)}`,
  (w) => `our ${ns(w)} have ${past(w)} this ${n(w)} for ${num(w)} ${pick(w.random, ['weeks', 'months', 'years'])}`,
  (w) => `the ${ns(w)} deserve ${an(adj(w))} ${n(w)}, not ${an(adj(w))} ${n(w)}`,
  (w) => `we have ${adv(w)} ${past(w)} the ${n(w)} and we will ${base(w)} the ${ns(w)}`,
  (w) => `${ns(w)} in ${place(w)} need ${adj(w)} ${n(w)} now`,
  (w) => `nobody expected the ${n(w)} to ${base(w)} the ${ns(w)} so ${adv(w)}`,
];

const quote = (w: Writer) => pick(w.random, QUOTES)(w);

const QUOTE_FRAMES: ReadonlyArray<(w: Writer) => string> = [
  (w) => `“${cap(quote(w))},” said ${person(w)}, ${role(w)}.`,
  (w) => `“${cap(quote(w))},” ${person(w)} said.`,
  (w) => `${person(w)} said: “${cap(quote(w))}.”`,
  (w) => `${person(w)}, ${role(w)}, told reporters in ${place(w)} on ${w.weekday}: “${cap(quote(w))}.”`,
  (w) => `“${cap(quote(w))},” ${person(w)} said. “${cap(quote(w))}.”`,
  (w) => `${person(w)} described the ${n(w)} as “${adj(w)}” and ${an(adj(w))} “${n(w)}”.`,
  (w) => `“${cap(quote(w))} … ${quote(w)},” the ${n(w)} said.`,
  (w) => `The ${n(w)} was “${adj(w)}”, ${person(w)} said, adding: “${cap(quote(w))}.”`,
];

/** One sentence of reporting. */
export function statement(w: Writer): string {
  return pick(w.random, STATEMENTS)(w);
}

/** A paragraph: one to three sentences, often a quote from one of the article's people. */
export function paragraph(w: Writer, maxSentences = 3): string {
  const sentences = Math.min(maxSentences, pick(w.random, [1, 1, 2, 2, 2, 3, 3]));
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    parts.push(w.people.length > 0 && chance(w.random, i === 0 ? 0.35 : 0.15) ? pick(w.random, QUOTE_FRAMES)(w) : statement(w));
  }
  return parts.join(' ');
}

const SUBHEADINGS: ReadonlyArray<(w: Writer) => string> = [
  (w) => `${cap(adj(w))} ${n(w)}`,
  () => 'What happens next',
  () => 'Background',
  (w) => `Reaction in ${place(w)}`,
  (w) => `The ${n(w)} in ${place(w)}`,
  (w) => `‘${cap(adj(w))} ${n(w)}’`,
];

/** A `##` subheading's text. */
export function subheading(w: Writer): string {
  return pick(w.random, SUBHEADINGS)(w);
}

const TITLES: ReadonlyArray<(w: Writer, topic: string) => string> = [
  (w) => `Officials in ${place(w)} say ${ns(w)} will ${base(w)} ${adj(w)} ${n(w)}`,
  (w) => `${Org(w)} warns of ${adj(w)} ${n(w)} over ${n(w)} in ${place(w)}`,
  (w) => `${person(w)} ${hv(w)} ‘${adj(w)} ${n(w)}’ as ${ns(w)} ${past(w)} in ${place(w)}`,
  (w) => `${place(w)}: ${ns(w)} ${past(w)} as ${n(w)} talks stall`,
  (w) => `“${cap(adj(w))} ${n(w)}”: ${person(w)} on the ${n(w)} & the ${n(w)}`,
  (w) => `Q&A: what the ${n(w)} report means for ${place(w)}`,
  (w) => `${place(w)} says ${org(w)} has ‘closed the door’ on ${n(w)}`,
  (w) => `${intBetween(w.random, 2, 90)} ${ns(w)} ${past(w)} in ${place(w)} as ${org(w)} ${hv(w)} ${n(w)}`,
  (w) => `Why ${ns(w)} in ${place(w)} are ${adj(w)} about the ${n(w)}`,
  (w) => `${person(w)} ${hv(w)} ${adj(w)} ${n(w)} in ${place(w)}`,
  (w, topic) => `${topic} & the ${n(w)}: the ${adj(w)} ${n(w)} facing ${place(w)}`,
  (w) => `The ${adj(w)} ${n(w)} that ${past(w)} ${place(w)}`,
  (w) => `${Org(w)} to ${base(w)} ${n(w)} amid ${adj(w)} ${n(w)}`,
  (w) => `“We will not ${base(w)} the ${n(w)},” says ${person(w)}`,
  (w, topic) => `${topic}: ${place(w)} ${hv(w)} ${adj(w)} ${n(w)}`,
  (w) => `${Org(w)} ${hv(w)} ${n(w)} after ${adj(w)} ${n(w)} in ${place(w)}`,
];

const OPINION_TITLES: ReadonlyArray<(w: Writer) => string> = [
  (w) => `${place(w)} must ${base(w)} its ${n(w)} – and soon`,
  (w) => `The ${n(w)} ${place(w)} needs is ${an(adj(w))} ${n(w)}`,
  (w) => `We should not ${base(w)} the ${n(w)}. Here is why`,
];

/** A headline in sentence case; `topic` is the article's main topic, as written in its metadata. */
export function headline(w: Writer, section: string, topic: string): string {
  if (section === 'Opinion' && chance(w.random, 0.6)) return pick(w.random, OPINION_TITLES)(w);
  return cap(pick(w.random, TITLES)(w, topic));
}

/** A one-sentence standfirst. */
export function standfirst(w: Writer): string {
  return chance(w.random, 0.4) && w.people.length > 0
    ? `${person(w)}, ${role(w)}, said the ${n(w)} would ${base(w)} ${an(adj(w))} ${n(w)}.`
    : statement(w);
}

const CLOSING =
  'The inquiry is expected to report its findings later this year and officials said further details would be published once the review had been completed by the independent panel'.split(
    ' ',
  );

/** A sentence of exactly `words` words (at least one), to land a body on its length. */
export function sentenceOfLength(words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < Math.max(1, words); i++) parts.push(CLOSING[i % CLOSING.length] as string);
  return `${parts.join(' ')}.`;
}

/** The text of a published correction. */
export function correctionText(w: Writer): string {
  return pick(w.random, [
    `An earlier version of this article misstated the ${n(w)} of ${place(w)}.`,
    `An earlier version of this article gave the wrong figure for ${ns(w)} in ${place(w)}.`,
    `This article has been amended to clarify the role of ${org(w)}.`,
    `A quote was wrongly attributed to ${person(w)}; it has been removed.`,
  ]);
}
