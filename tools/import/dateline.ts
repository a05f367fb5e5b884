/**
 * Datelines written into the text, as agencies and newspapers put them at the start of the first
 * paragraph: "VALENCIA —", "GENEVA (Reuters) -", "NEW YORK, July 10 (AP) —",
 * "SPRINGFIELD, Ill. —". The place is in capitals (AP Stylebook, "datelines"); a following region,
 * day and agency are optional; a dash ends it.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { plainText } from './markdown.ts';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.]*";
const DATELINE = new RegExp(
  `^\\s*(?<place>${CAPS_WORD}(?:[ -]${CAPS_WORD})*)` +
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

/** The dateline at the start of `text`, or undefined when it does not start with one. */
export function findDateline(text: string): Dateline | undefined {
  const match = DATELINE.exec(text);
  const place = match?.groups?.place;
  if (!match || !place || place.replace(/[^\p{L}]/gu, '').length < 2 || NOT_PLACES.has(place.replace(/\.$/, ''))) return undefined;
  const region = match.groups?.region;
  return {
    place: titleCase(place) + (region ? `, ${region}` : ''),
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
