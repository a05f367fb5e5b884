/**
 * Whole archives: RSS 2.0 and Atom feeds and WordPress exports (WXR, which is RSS 2.0 with the
 * `wp:` namespace), read as a stream with htmlparser2 in XML mode, so a 50 MB export never sits in
 * memory whole: items are handed on after each chunk of the file.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Parser } from 'htmlparser2';
import { fromHtml } from 'hast-util-from-html';
import { textOf } from './hast.ts';
import { parseHtmlFragment } from './html.ts';
import { uniqueNames } from './names.ts';
import { expandShortcodes } from './shortcodes.ts';
import { ImportError, type ParsedInput } from './types.ts';

/** One `<item>` or `<entry>` as found, before it becomes an article. */
export interface FeedItem {
  /** 1-based position in the file. */
  index: number;
  title?: string;
  /** `html` when the title is markup (Atom `type="html"`); RSS titles may carry escaped tags too. */
  link?: string;
  guid?: string;
  /** Publication date as written: RSS pubDate, Atom published/updated, dc:date, WXR post_date(_gmt). */
  dates: { gmt?: string; local?: string; written?: string };
  authors: string[];
  categories: string[];
  tags: string[];
  /** Full text (content:encoded, Atom content) as HTML. */
  content?: string;
  /** Summary (RSS description, Atom summary) as HTML. */
  summary?: string;
  /** WXR `wp:status` (publish, draft, pending, private…) and `wp:post_type` (post, page, attachment…). */
  status?: string;
  postType?: string;
}

/** The first `length` bytes of `file` (fewer when it is shorter). */
async function readHead(file: string, length = 4096): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The encoding an XML file's bytes declare, as a WHATWG label Node's TextDecoder accepts: a
 * byte-order mark first (UTF-8, UTF-16LE, UTF-16BE), then the XML declaration's `encoding`
 * (XML 1.0 §4.3.3), else UTF-8, XML's default. Throws ImportError naming `file`, the encoding and
 * the fix when the declared encoding is one no decoder here knows.
 * @example xmlEncoding(new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>'), 'a.xml') // 'iso-8859-1'
 */
export function xmlEncoding(head: Uint8Array, file: string): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  // The declaration is ASCII in every ASCII-compatible encoding, so a byte-per-character reading finds it.
  const declared = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(Buffer.from(head).toString('latin1'))?.[1];
  if (!declared) return 'utf-8';
  try {
    // Node's decoder knows every label of the WHATWG Encoding Standard (ISO-8859-1 maps to windows-1252, as browsers do).
    const encoding = new TextDecoder(declared).encoding;
    // A declaration readable a byte per character is not UTF-16, which spends two bytes on each and
    // must start with a byte-order mark (XML 1.0 §4.3.3): the file was saved as UTF-8 under that label.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    throw new ImportError(
      `${file}: the XML declaration says encoding="${declared}", which is not an encoding this importer can decode: convert the file to UTF-8 (for example \`iconv -f ${declared} -t UTF-8\`), change the declaration to encoding="UTF-8", and import it again`,
    );
  }
}

/** The text of an XML file in chunks of about `chunkSize` bytes, decoded by the encoding it declares (see xmlEncoding). */
async function* xmlText(file: string, chunkSize: number): AsyncGenerator<string> {
  const decoder = new TextDecoder(xmlEncoding(await readHead(file), file));
  for await (const chunk of createReadStream(file, { highWaterMark: chunkSize })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** True when the start of a file is an RSS, Atom or WXR document, in whatever encoding it declares. */
export async function isFeedFile(file: string): Promise<boolean> {
  const bytes = await readHead(file);
  let encoding = 'utf-8';
  try {
    encoding = xmlEncoding(bytes, file);
  } catch {
    // An unknown encoding still shows its root element in ASCII; reading it then reports the encoding.
  }
  const head = new TextDecoder(encoding).decode(bytes);
  return /^\s*(?:\uFEFF)?(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const FIELDS = new Set([
  'title',
  'link',
  'guid',
  'id',
  'pubdate',
  'published',
  'updated',
  'dc:date',
  'dc:creator',
  'author',
  'category',
  'description',
  'summary',
  'content:encoded',
  'content',
  'wp:status',
  'wp:post_type',
  'wp:post_date_gmt',
  'wp:post_date',
]);

/** How many items a feed file holds, by one streaming pass, so long imports can show a total. */
export async function countFeedItems(file: string): Promise<number> {
  let count = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'item' || name === 'entry') count++;
      },
    },
    { xmlMode: true },
  );
  for await (const text of xmlText(file, 256 * 1024)) parser.write(text);
  parser.end();
  return count;
}

/**
 * Items of a feed or WXR file, in file order, read in chunks of `chunkSize` bytes. XML that is not
 * well formed is read as far as it goes (htmlparser2 is forgiving); a file with no items yields none.
 */
export async function* readFeedItems(file: string, chunkSize = 64 * 1024): AsyncGenerator<FeedItem> {
  const ready: FeedItem[] = [];
  const wpAuthors = new Map<string, string>();
  let wpAuthor: { login?: string; name?: string } | undefined;
  let item: FeedItem | undefined;
  let field: { name: string; attributes: Record<string, string>; text: string; depth: number; child?: string } | undefined;
  let count = 0;
  let channelText = '';

  const parser = new Parser(
    {
      onopentag(rawName, attributes) {
        const name = rawName.toLowerCase();
        if (field?.name === 'author') {
          // Atom: <author><name>…</name><email>…</email></author>; only the name counts.
          field.depth++;
          field.child = name;
          return;
        }
        if (field) {
          // Markup inside a field (Atom type="xhtml"): kept as markup.
          field.depth++;
          const attrs = Object.entries(attributes)
            .map(([key, value]) => ` ${key}="${escapeXml(value).replace(/"/g, '&quot;')}"`)
            .join('');
          field.text += `<${rawName}${attrs}>`;
          return;
        }
        if (name === 'item' || name === 'entry') {
          item = { index: ++count, dates: {}, authors: [], categories: [], tags: [] };
          return;
        }
        if (name === 'wp:author' && !item) wpAuthor = {};
        if (!item) {
          channelText = '';
          return;
        }
        if (name === 'link' && attributes.href && (!attributes.rel || attributes.rel === 'alternate')) item.link ??= attributes.href;
        if (name === 'category' && attributes.term) item.categories.push(attributes.label ?? attributes.term);
        if (FIELDS.has(name)) field = { name, attributes, text: '', depth: 0 };
      },
      ontext(text) {
        if (field?.name === 'author') {
          if (field.depth === 0 || field.child === 'name') field.text += text;
        } else if (field) field.text += field.depth > 0 ? escapeXml(text) : text;
        else channelText += text;
      },
      onclosetag(rawName) {
        const name = rawName.toLowerCase();
        if (field && field.depth > 0) {
          field.depth--;
          if (field.name !== 'author') field.text += `</${rawName}>`;
          return;
        }
        if (!item) {
          if (wpAuthor && name === 'wp:author_login') wpAuthor.login = channelText.trim();
          if (wpAuthor && name === 'wp:author_display_name') wpAuthor.name = channelText.trim();
          if (wpAuthor && name === 'wp:author') {
            if (wpAuthor.login && wpAuthor.name) wpAuthors.set(wpAuthor.login, wpAuthor.name);
            wpAuthor = undefined;
          }
          return;
        }
        if (field && field.name === name) {
          store(item, field.name, field.attributes, field.text.trim(), wpAuthors);
          field = undefined;
        }
        if (name === 'item' || name === 'entry') {
          ready.push(item);
          item = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );

  for await (const text of xmlText(file, chunkSize)) {
    parser.write(text);
    yield* ready.splice(0);
  }
  parser.end();
  yield* ready.splice(0);
}

/** Puts one field's text where it belongs on the item. */
function store(item: FeedItem, name: string, attributes: Record<string, string>, text: string, wpAuthors: Map<string, string>): void {
  if (text === '' && name !== 'link') return;
  switch (name) {
    case 'title':
      item.title = attributes.type === 'text' ? escapeXml(text) : text;
      break;
    case 'link':
      if (text) item.link ??= text;
      break;
    case 'guid':
    case 'id':
      item.guid = text;
      break;
    case 'pubdate':
    case 'published':
    case 'dc:date':
      item.dates.written ??= text;
      break;
    case 'updated':
      item.dates.written ??= text;
      break;
    case 'wp:post_date_gmt':
      if (!text.startsWith('0000')) item.dates.gmt = text;
      break;
    case 'wp:post_date':
      if (!text.startsWith('0000')) item.dates.local = text;
      break;
    case 'dc:creator':
      item.authors.push(wpAuthors.get(text) ?? text);
      break;
    case 'author': {
      // RSS: "jane@example.com (Jane Doe)" or a name.
      const named = /\(([^)]+)\)\s*$/.exec(text)?.[1] ?? (text.includes('@') ? undefined : text);
      if (named) item.authors.push(named.trim());
      break;
    }
    case 'category':
      if (attributes.domain === 'post_tag') item.tags.push(text);
      else item.categories.push(text);
      break;
    case 'description':
    case 'summary':
      item.summary = attributes.type === 'text' ? escapeXml(text) : text;
      break;
    case 'content:encoded':
    case 'content':
      item.content = attributes.type === 'text' ? escapeXml(text) : text;
      break;
    case 'wp:status':
      item.status = text;
      break;
    case 'wp:post_type':
      item.postType = text;
      break;
  }
}

/** Text of an HTML string: tags dropped, entities decoded, spaces collapsed. */
const htmlText = (html: string) => textOf(fromHtml(html, { fragment: true }));

// WordPress stores post bodies without <p>: its wpautop() adds them when a page is shown, making
// each blank-line-separated block a paragraph unless it already starts with a block element.
const BLOCK_START = /^(?:<!--[\s\S]*?-->\s*)*<(?:p|div|h[1-6]|ul|ol|dl|table|blockquote|pre|figure|section|article|hr|iframe)\b/i;
const autop = (html: string) =>
  html
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (BLOCK_START.test(block) ? block : `<p>${block.replace(/\n/g, '<br>')}</p>`))
    .join('\n');

/** How an item is named in the report: its position and the start of its headline as text. */
export function itemLabel(item: FeedItem): string {
  const title = item.title ? htmlText(item.title) : '';
  return `#${item.index}${title ? ` (${title.length > 60 ? `${title.slice(0, 59)}…` : title})` : ''}`;
}

/**
 * An item as the importer's other readers give an input. WXR's GMT date wins over its local one;
 * categories and tags both become topics ("Uncategorized" is WordPress's placeholder, left out).
 * Throws ImportError when the item has no text.
 */
export function feedItemInput(item: FeedItem): ParsedInput & { draft: boolean } {
  const title = item.title ? htmlText(item.title) : undefined;
  const { html: body, warnings } = expandShortcodes(item.content ?? item.summary ?? '');
  const parsed = parseHtmlFragment(autop(body), { baseUrl: item.link, title });
  parsed.warnings.push(...warnings);
  const summary = item.content && item.summary ? htmlText(item.summary) : undefined;
  const date = item.dates.gmt ? `${item.dates.gmt.replace(' ', 'T')}Z` : (item.dates.written ?? item.dates.local);
  const topics = uniqueNames([...item.categories, ...item.tags].map((name) => htmlText(name)).filter((name) => name !== 'Uncategorized'));
  const link =
    item.link && /^https?:\/\//i.test(item.link) ? item.link : item.guid && /^https?:\/\//i.test(item.guid) ? item.guid : undefined;
  return {
    ...parsed,
    title,
    date,
    description: summary || parsed.description,
    authors: uniqueNames(item.authors.map((name) => htmlText(name))),
    topics,
    sourceUrl: link,
    draft: item.status !== undefined && item.status !== 'publish',
  };
}
