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

/** Frontmatter fields in the order editors expect to read them. */
export const FIELD_ORDER = [
  'title',
  'date',
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
  'draft',
] as const;

export type Frontmatter = Partial<
  Record<(typeof FIELD_ORDER)[number], string | string[] | boolean | { src: string; alt: string; credit?: string }>
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

/** Replaces, in place, every node the stringifier cannot write by a text node with its text. */
export function knownNodesOnly(tree: Root): Root {
  const walk = (node: Nodes) => {
    if (!('children' in node)) return;
    node.children = (node.children as Nodes[]).map((child) => {
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

/** Splits an article file into its frontmatter (parsed YAML) and its body tree. */
export function parseArticle(markdown: string): { frontmatter: unknown; body: Root } {
  const tree = processor.parse(markdown);
  const first = tree.children[0];
  if (first?.type !== 'yaml') return { frontmatter: undefined, body: tree };
  return { frontmatter: parseYaml(first.value), body: { type: 'root', children: tree.children.slice(1) } };
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
  return body.children.map(plainText).filter(Boolean).join('\n\n');
}
