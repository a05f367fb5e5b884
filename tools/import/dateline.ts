/**
 * Datelines written into the text, as agencies and newspapers put them at the start of the first
 * paragraph: "VALENCIA —", "GENEVA (Reuters) -", "NEW YORK, July 10 (AP) —",
 * "SPRINGFIELD, Ill. —". The place is in capitals (AP Stylebook, "datelines") or, as many sites and
 * plain-text exports write it, in title case ("Valencia —", "Geneva (Reuters) -"); a following
 * region, day and agency are optional; a dash ends it.
 */
import nlp from 'compromise';
import type { Nodes, Root, RootContent } from 'mdast';
import { plainText } from './markdown.ts';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.]*";
// "Valencia", "Port-au-Prince", "Rio de Janeiro", "St. Louis": at most four words.
const TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’.]*(?:-\\p{L}[\\p{Ll}\\p{M}'’.]*)*";
const PARTICLE = '(?:de|del|da|do|dos|das|du|la|le|al|el|es|sur)';
const TITLE_PLACE = `${TITLE_WORD}(?: (?:${PARTICLE} )?${TITLE_WORD}){0,3}`;
const DATELINE = new RegExp(
  `^\\s*(?<place>${CAPS_WORD}(?:[ -]${CAPS_WORD})*|${TITLE_PLACE})` +
    `(?:,\\s*(?!${MONTH}\\s+\\d)(?<region>\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?))?` +
    `(?:,\\s*(?<day>${MONTH}\\s+\\d{1,2}))?` +
    '\\s*(?:\\((?<agency>[^()]{2,40})\\))?' +
    '\\s*(?:—|–|--?)\\s+(?=\\S)',
  'u',
);
// Capitals followed by a dash that are labels, not places.
const NOT_PLACES = new Set([
  'BREAKING',
  'UPDATE',
  'UPDATED',
  'EXCLUSIVE',
  'ANALYSIS',
  'OPINION',
  'WATCH',
  'VIDEO',
  'PHOTOS',
  'LIVE',
  'NOTE',
]);

export interface Dateline {
  /** The place as a reader writes it: "Geneva", "New York", "Springfield, Ill.". */
  place: string;
  /** The agency named in brackets, e.g. "Reuters", when there is one. */
  agency?: string;
  /** How many characters of the text the dateline and its dash take up. */
  length: number;
}

const titleCase = (caps: string) =>
  caps.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());

// compromise's tags of words that are no place: "But —", "Meanwhile —", "Update —", "Today —".
const NOT_PLACE_TAGS = '#Conjunction|#Adverb|#Verb|#Date|#Determiner|#Pronoun|#Preposition|#Adjective|#QuestionWord|#Value';

/**
 * May a place written in title case start a dateline? Capitals are the dateline style itself, but
 * a title-case word before a dash may be any sentence's first word ("But — he said"). It is taken
 * when compromise knows it as a place ("Valencia", "Rio de Janeiro"), or when an agency, a region or
 * a day follows ("Ouagadougou (AFP) —"), unless it reads as a common word or a person's name.
 */
function titleCasePlace(place: string, groups: Record<string, string | undefined>): boolean {
  const doc = nlp(place);
  if (doc.has(NOT_PLACE_TAGS) || (doc.has('#Person') && !doc.has('#Place'))) return false;
  return doc.has('#Place') || Boolean(groups.agency || groups.region || groups.day);
}

/**
 * The dateline at the start of `text`, or undefined when it does not start with one. A place in
 * capitals is taken as it is; one in title case only when it reads as a place (see titleCasePlace).
 */
export function findDateline(text: string): Dateline | undefined {
  const match = DATELINE.exec(text);
  const place = match?.groups?.place;
  if (!match || !place || place.replace(/[^\p{L}]/gu, '').length < 2 || NOT_PLACES.has(place.replace(/\.$/, '').toUpperCase()))
    return undefined;
  const capitals = place === place.toUpperCase();
  if (!capitals && !titleCasePlace(place, match.groups ?? {})) return undefined;
  const region = match.groups?.region;
  return {
    place: (capitals ? titleCase(place) : place) + (region ? `, ${region}` : ''),
    ...(match.groups?.agency ? { agency: match.groups.agency.trim() } : {}),
    length: match[0].length,
  };
}

/** Removes the first `count` characters of a node's text, leaving its markup. */
function dropLeading(node: Nodes, count: number): number {
  let left = count;
  if ('value' in node && node.type === 'text') {
    const taken = Math.min(left, node.value.length);
    node.value = node.value.slice(taken);
    return left - taken;
  }
  if ('children' in node) {
    const taken = new Set<Nodes>();
    for (const child of node.children as Nodes[]) {
      if (left === 0) break;
      // plainText counts a line break as one character ("\n"); one inside the dateline goes with it.
      if (child.type === 'break') {
        taken.add(child);
        left--;
      } else left = dropLeading(child, left);
    }
    node.children = (node.children as Nodes[]).filter(
      (child) => !taken.has(child) && (plainText(child) !== '' || child.type === 'image'),
    ) as never;
  }
  return left;
}

/**
 * Takes a dateline off the start of the body's first paragraph (in place) and returns it; the
 * paragraph goes when nothing else was in it.
 */
export function takeDateline(body: Root): Dateline | undefined {
  const index = body.children.findIndex((node) => node.type === 'paragraph');
  const first = body.children[index] as RootContent | undefined;
  if (!first) return undefined;
  const dateline = findDateline(plainText(first));
  if (!dateline) return undefined;
  dropLeading(first, dateline.length);
  if (plainText(first).trim() === '') body.children.splice(index, 1);
  return dateline;
}
