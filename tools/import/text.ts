/**
 * Reader for plain-text articles: headline on the first line, paragraphs separated by blank lines,
 * an optional byline and an optional closing credit line.
 */
import type { Root } from 'mdast';
import { takeDateline } from './dateline.ts';
import { isBlankText, paragraph, plainText } from './markdown.ts';
import { ImportError, type ParsedInput } from './types.ts';

// Closing credit lines as agencies and newspapers write them; kept verbatim (minus brackets).
const CREDIT =
  /^(?:additional\s+reporting\s+by|reporting\s+by|writing\s+by|editing\s+by|with\s+(?:additional\s+)?reporting\s+(?:by|from)|with\s+agencies\b|(?:additional\s+)?reporting\s+from)\b/i;
const CREDIT_MAX_LENGTH = 200;
// "By Jane Doe and John Roe" on its own, short line right under the headline.
const BYLINE = /^[Bb]y\s+(\p{Lu}.{0,120})$/u;

/** Text of a credit line if this paragraph is one, e.g. "Additional reporting by agencies". */
export function creditLine(paragraphText: string): string | undefined {
  const text = paragraphText.trim().replace(/^[([]\s*(.*?)\s*[)\]]$/s, '$1');
  if (text.length > CREDIT_MAX_LENGTH || text.includes('\n')) return undefined;
  return CREDIT.test(text) ? text : undefined;
}

/** Names in a byline such as "By Jane Doe and John Roe", or undefined when it is not a byline. */
export function bylineNames(line: string): string[] | undefined {
  const match = BYLINE.exec(line.trim());
  if (!match?.[1]) return undefined;
  return match[1]
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Splits text into paragraphs on blank lines; lines inside a paragraph are trimmed and kept. A line
 * that shows nothing (no-break or zero-width spaces, or "&#x20;" and "&nbsp;" written out, as
 * exports of empty paragraphs leave them) counts as blank.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => (isBlankText(line) ? '' : line.trim()))
    .join('\n')
    .split(/\n\n/)
    .map((block) => block.split('\n').filter(Boolean).join('\n'))
    .filter(Boolean);
}

/**
 * Reads a plain-text article (already decoded, `\n` line endings).
 * The first paragraph of the body becomes the description; the reader never invents a date.
 */
export function parseText(text: string): ParsedInput {
  const lines = text.split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  const title = lines[titleIndex]?.trim() ?? '';
  if (title === '') throw new ImportError('the file contains no text');
  const paragraphs = splitParagraphs(lines.slice(titleIndex + 1).join('\n'));
  // A headline repeated as the first paragraph (a copy from a page that showed it twice) is not the
  // story's first paragraph, nor its standfirst.
  const comparable = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.!?:;,…]+$/u, '')
      .toLowerCase();
  if (paragraphs.length > 1 && comparable(paragraphs[0] ?? '') === comparable(title)) paragraphs.shift();

  let authors: string[] = [];
  const byline = paragraphs[0] === undefined ? undefined : bylineNames(paragraphs[0]);
  if (byline) {
    authors = byline;
    paragraphs.shift();
  }
  let credit: string | undefined;
  const last = paragraphs.at(-1);
  if (last !== undefined && paragraphs.length > 1) {
    credit = creditLine(last);
    if (credit) paragraphs.pop();
  }
  if (paragraphs.length === 0) {
    throw new ImportError(`the file has a title ("${title}") but no body: expected paragraphs after a blank line`);
  }
  const body: Root = { type: 'root', children: paragraphs.map(paragraph) };
  const dateline = takeDateline(body);
  if (body.children.length === 0) {
    throw new ImportError(`the file has a title ("${title}") and a dateline but no body: expected paragraphs after a blank line`);
  }
  return {
    title,
    description: plainText(body.children[0]!).replace(/\n/g, ' '),
    authors,
    ...(dateline ? { dateline: dateline.place } : {}),
    ...(credit ? { credit } : dateline?.agency ? { credit: dateline.agency } : {}),
    body,
    warnings: [],
  };
}
