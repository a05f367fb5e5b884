/**
 * The allow-list for raw HTML inside articles. Markdown bodies may carry figures, tables,
 * abbreviations and video embeds from a few hosts; everything else (scripts, event handlers,
 * `javascript:` URLs, `srcdoc`, styles, forms) is removed before it reaches a page.
 */
import type { Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Hosts whose players may be embedded with an iframe. */
export const EMBED_HOSTS = ['www.youtube-nocookie.com', 'www.youtube.com', 'player.vimeo.com', 'www.openstreetmap.org'];

/** A URL scheme as the URL Standard parses one (§ 4.4 scheme state); anything without one is relative. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SAFE_SCHEME = /^(?:https?|mailto):/i;

export const articleHtmlSchema: Schema = {
  ...defaultSchema,
  // Keep authors' ids so in-article anchors keep working; clobber protection is not needed
  // because no script on article pages reads named globals.
  clobberPrefix: '',
  clobber: [],
  // Comments cannot run or show anything; keeping them keeps CommonMark's HTML-comment examples intact.
  allowComments: true,
  strip: ['script', 'style', 'template', 'noscript', 'iframe[srcdoc]'],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'iframe',
    'abbr',
    'mark',
    'small',
    'caption',
    'cite',
    'time',
    'aside',
  ],
  attributes: {
    ...defaultSchema.attributes,
    iframe: ['src', 'title', 'width', 'height', 'allowFullScreen', 'loading'],
    time: ['dateTime'],
    abbr: ['title'],
    td: ['colSpan', 'rowSpan'],
    th: ['colSpan', 'rowSpan', 'scope'],
  },
  // URLs are checked by `isSafeUrl` instead (in `sanitiseTree`): one rule for Markdown and raw
  // HTML, and scheme names are case-insensitive (URL Standard § 4.4), which these lists are not.
  protocols: {},
};

/** Attributes holding a URL that a browser may load or follow. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc'] as const;

/**
 * The allow-list for a whole rendered body: the raw-HTML list plus what the archive's own plugins
 * add to Sätteri's output (`class="external"` and `rel` on links to other sites, alignment classes
 * on table cells; src/markdown/plugins.ts). Markdown without raw HTML passes through it unchanged
 * (tests/unit/markdown/sanitise.test.ts checks that on the CommonMark and GFM examples).
 */
export const articleBodySchema: Schema = {
  ...articleHtmlSchema,
  attributes: {
    ...articleHtmlSchema.attributes,
    // One className definition per element: the default list's own (footnote back-links) is widened.
    a: [
      ...(articleHtmlSchema.attributes?.a ?? []).filter((definition) => !(Array.isArray(definition) && definition[0] === 'className')),
      ['className', 'external', 'data-footnote-backref'],
      'rel',
    ],
    td: [...(articleHtmlSchema.attributes?.td ?? []), ['className', 'align-left', 'align-center', 'align-right']],
    th: [...(articleHtmlSchema.attributes?.th ?? []), ['className', 'align-left', 'align-center', 'align-right']],
  },
};

/** True when an iframe `src` points at an allowed embed host over https. */
export function isAllowedEmbed(src: unknown): boolean {
  if (typeof src !== 'string') return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && EMBED_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/** True for URLs a link or image may use: http(s), mailto, fragments and relative paths. */
export function isSafeUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore controls and spaces inside a URL scheme, so they are removed before it is checked.
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  return !SCHEME.test(compact) || SAFE_SCHEME.test(compact);
}

function sanitiseTree(html: string, schema: Schema = articleHtmlSchema): string {
  const tree = sanitize(fromHtml(html, { fragment: true }), schema) as Root;
  const keep = (node: RootContent): boolean => {
    if (node.type !== 'element') return true;
    if (node.tagName === 'iframe' && !isAllowedEmbed(node.properties.src)) return false;
    for (const key of URL_PROPERTIES) {
      const url = node.properties[key];
      if (typeof url === 'string' && !isSafeUrl(url)) delete node.properties[key];
    }
    node.children = node.children.filter(keep);
    return true;
  };
  tree.children = tree.children.filter(keep);
  return toHtml(tree);
}

const LONE_TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>$/s;

/**
 * Sanitises a raw HTML fragment from a Markdown body. Inline HTML arrives as lone tags
 * (`<b class="x">` … `</b>` in separate pieces), so those are cleaned tag by tag.
 */
export function sanitiseHtmlFragment(html: string): string {
  const lone = LONE_TAG.exec(html.trim());
  if (!lone) return sanitiseTree(html);
  const [, closing, rawName] = lone;
  const name = rawName!.toLowerCase();
  if (!(articleHtmlSchema.tagNames ?? []).includes(name) || name === 'iframe') return '';
  if (closing) return `</${name}>`;
  const cleaned = sanitiseTree(`${html.trim()}</${name}>`);
  return cleaned.endsWith(`</${name}>`) ? cleaned.slice(0, -`</${name}>`.length) : cleaned;
}

/**
 * Sanitises a whole rendered article body in one pass, so raw HTML split over several Markdown
 * blocks is read as the browser will read it: a table whose rows stand in blocks of their own
 * (blank lines between them, CommonMark § 4.6 ends an HTML block at a blank line) keeps its cells,
 * which row-by-row cleaning outside a table would lose. Input and output are HTML fragments.
 */
export function sanitiseArticleBody(html: string): string {
  return sanitiseTree(html, articleBodySchema);
}
