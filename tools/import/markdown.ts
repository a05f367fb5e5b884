/**
 * Markdown in and out through remark: the article file is YAML frontmatter plus a body that
 * remark-stringify writes, so escaping follows CommonMark rather than hand-written rules.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';

/** Frontmatter fields in the order editors expect to read them. */
export const FIELD_ORDER = [
  'title',
  'date',
  'updated',
  'slug',
  'description',
  'authors',
  'source',
  'sourceUrl',
  'dateline',
  'credit',
  'image',
  'section',
  'topics',
  'people',
  'places',
  'organisations',
  'storyline',
  'lang',
  'corrections',
  'draft',
] as const;

export type Frontmatter = Partial<
  Record<
    (typeof FIELD_ORDER)[number],
    string | string[] | boolean | { src: string; alt: string; credit?: string } | Array<{ date: string; text: string }>
  >
>;

// remark-stringify escapes only what CommonMark would otherwise read as syntax; it leaves curly
// quotes, dashes and `...` alone, so typography survives byte for byte.
const STRINGIFY: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  resourceLink: true,
};

// GFM as the site renders it: tables, footnotes, strikethrough and autolinks are written as such.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkStringify, STRINGIFY);

// Every node type the stringifier above can write; anything else (from a future rehype-remark, or
// a handler we did not expect) is turned into its text so that no input aborts an import.
const KNOWN = new Set([
  'root',
  'yaml',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'html',
  'code',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
]);

// Characters that show nothing: white space (no-break and typographic spaces included), zero-width
// spaces and joiners, the word joiner and the byte-order mark.
const INVISIBLE = /[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/gu;
// Character references written out as text ("&#x20;" in a plain-text export, "&nbsp;").
const REFERENCE = /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(nbsp|ensp|emsp|thinsp|zwnj|zwj|NewLine|Tab));/giu;

/**
 * Is this text blank to a reader: only white space, no-break or zero-width spaces, or character
 * references to them ("&#x20;", "&nbsp;", "&#8203;")? Such a paragraph is what an editor's empty
 * line or a CMS spacer leaves; it would become a stray "&#x20;" paragraph in the Markdown.
 */
export function isBlankText(text: string): boolean {
  const decoded = text.replace(REFERENCE, (reference, hex?: string, decimal?: string) => {
    const code = hex ? Number.parseInt(hex, 16) : decimal ? Number(decimal) : undefined;
    if (code === undefined) return ' ';
    return code <= 0x10ffff && String.fromCodePoint(code).replace(INVISIBLE, '') === '' ? ' ' : reference;
  });
  return decoded.replace(INVISIBLE, '') === '';
}

// Nodes that show something without any text.
const SHOWN_WITHOUT_TEXT = new Set(['image', 'imageReference', 'html', 'code', 'thematicBreak', 'footnoteReference', 'table']);
// Blocks that are dropped when nothing in them shows.
const DROPPED_WHEN_BLANK = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem']);

/** Does this node show anything: text that is not blank, an image, a rule, code…? */
function shows(node: Nodes): boolean {
  if (SHOWN_WITHOUT_TEXT.has(node.type)) return true;
  if ('children' in node) return (node.children as Nodes[]).some(shows);
  return 'value' in node && typeof node.value === 'string' && !isBlankText(node.value);
}

/**
 * Replaces, in place, every node the stringifier cannot write by a text node with its text, and
 * drops blocks that show nothing (a paragraph of "&nbsp;", an empty list item), which
 * remark-stringify would write as "&#x20;" or "**&#xA0;**" paragraphs.
 */
export function knownNodesOnly(tree: Root): Root {
  const walk = (node: Nodes) => {
    if (!('children' in node)) return;
    node.children = (node.children as Nodes[])
      .filter((child) => !DROPPED_WHEN_BLANK.has(child.type) || shows(child))
      .map((child) => {
        if (KNOWN.has(child.type)) {
          walk(child);
          return child;
        }
        return { type: 'text', value: plainText(child) };
      }) as never;
  };
  walk(tree);
  return tree;
}

/**
 * YAML for the frontmatter, fields in FIELD_ORDER, empty ones left out.
 * Stringified as YAML 1.1 so that anything a 1.1 reader would take for a date, number or boolean is
 * quoted: `date: '2022-09-10'` stays a string, which the schema reads in the site's time zone.
 */
export function frontmatterYaml(data: Frontmatter): string {
  const ordered: Record<string, NonNullable<Frontmatter[keyof Frontmatter]>> = {};
  for (const key of FIELD_ORDER) {
    const value = data[key];
    if (value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0)) continue;
    ordered[key] = value;
  }
  return stringifyYaml(ordered, { version: '1.1', lineWidth: 0, singleQuote: true }).trimEnd();
}

/** The complete article file: frontmatter, a blank line, then the body. */
export function serialiseArticle(data: Frontmatter, body: Root): string {
  const root: Root = knownNodesOnly({
    type: 'root',
    children: [{ type: 'yaml', value: frontmatterYaml(data) } as RootContent, ...body.children],
  });
  return processor.stringify(root);
}

/** Markdown body alone, as remark-stringify writes it. */
export function stringifyBody(body: Root): string {
  return processor.stringify(knownNodesOnly(body));
}

// A body alone: no frontmatter rule, so a body that happens to open with a "---" block keeps it.
const bodyProcessor = unified().use(remarkParse).use(remarkGfm);

/** A Markdown body without frontmatter as a tree, read as GFM (tables, footnotes…) as the site renders it. */
export function parseMarkdownBody(markdown: string): Root {
  return bodyProcessor.parse(markdown);
}

/** Splits an article file into its frontmatter (parsed YAML) and its body tree. */
export function parseArticle(markdown: string): { frontmatter: unknown; body: Root } {
  const tree = processor.parse(markdown);
  const first = tree.children[0];
  if (first?.type !== 'yaml') return { frontmatter: undefined, body: tree };
  return { frontmatter: parseYaml(first.value), body: { type: 'root', children: tree.children.slice(1) } };
}

/**
 * The frontmatter of an article file, parsed as YAML, or undefined without one: what
 * `parseArticle(markdown).frontmatter` gives, without parsing the body (the Markdown parse was 10%
 * of an import's time when every article was read back to be validated). The block is found by the
 * build's own rule (`splitFrontmatter`), so the importer validates what the build will read.
 */
export function readFrontmatter(markdown: string): unknown {
  const { yaml } = splitFrontmatter(markdown);
  return yaml === undefined ? undefined : parseYaml(yaml);
}

/** A paragraph holding exactly this text; remark-stringify adds whatever escapes it needs. */
export function paragraph(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

/** Plain text of a Markdown node, e.g. a paragraph's words without emphasis or link syntax. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'yaml' || node.type === 'html' ? '' : node.value;
  // A line break separates words as a space does: "Interlagos<br>Curitiba" is two words, not one.
  if (node.type === 'break') return '\n';
  // Blocks and table cells are separate words; inline nodes run on ("**un**believable").
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join(BLOCK_PARENTS.has(node.type) ? '\n' : '');
  return '';
}

/** The body's blocks as plain text separated by blank lines, e.g. for entity recognition. */
export function bodyText(body: Root): string {
  return body.children
    .map(plainText)
    .filter((text) => !isBlankText(text))
    .join('\n\n');
}
