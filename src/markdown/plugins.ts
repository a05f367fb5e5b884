/**
 * Hast plugins for Astro's native Markdown processor (Sätteri). They run inside rendering, so
 * they are written as Sätteri visitors rather than rehype plugins (see README › Markdown).
 */
import { defineHastPlugin } from 'satteri';
import { isSafeUrl, sanitiseHtmlFragment } from './sanitise.ts';

/** Markdown links and images lose a URL that could run script (`javascript:`, `data:`). */
const unsafeUrls = {
  filter: ['a', 'img'],
  visit(node, ctx) {
    const key = node.tagName === 'a' ? 'href' : 'src';
    const url = node.properties[key];
    if (typeof url === 'string' && !isSafeUrl(url)) ctx.setProperty(node, key, undefined);
  },
} satisfies Parameters<typeof defineHastPlugin>[0]['element'];

/**
 * Raw HTML passes only through the article allow-list, one block or inline tag at a time; unsafe
 * link and image URLs are dropped. For a renderer that cannot clean the whole body afterwards.
 */
export const sanitiseArticleHtml = defineHastPlugin({
  name: 'news-archive:sanitise',
  raw(node, ctx) {
    const clean = sanitiseHtmlFragment(node.value);
    if (clean !== node.value) ctx.replaceNode(node, clean === '' ? [] : { type: 'raw', value: clean });
  },
  element: unsafeUrls,
});

/**
 * Only drops unsafe link and image URLs, leaving raw HTML as written: for a body that
 * `sanitiseArticleBody` (src/markdown/sanitise.ts) cleans whole after rendering.
 */
export const dropUnsafeUrls = defineHastPlugin({ name: 'news-archive:unsafe-urls', element: unsafeUrls });

/** Links leaving the archive are marked so readers and print styles can tell them apart. */
export const markExternalLinks = defineHastPlugin({
  name: 'news-archive:external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties.href;
      if (typeof href === 'string' && /^https?:\/\//i.test(href)) {
        ctx.setProperty(node, 'rel', 'noopener noreferrer');
        ctx.setProperty(node, 'className', ['external']);
      }
    },
  },
});

/** `href` and `src` attributes in serialised HTML whose value starts with one `/` (root-relative). */
const ROOT_RELATIVE_ATTRIBUTE = /(\s(?:href|src)\s*=\s*)(["']?)\/(?![/\\])/gi;

/**
 * Root-relative link and image URLs in a body go through the site's URL builder
 * (`Paths.content`), so `/images/a.jpg` works when the archive is served under a base path.
 * Covers Markdown links and images and the raw HTML the allow-list kept.
 */
export function rebaseContentUrls(rewrite: (url: string) => string) {
  const prefix = rewrite('/');
  return defineHastPlugin({
    name: 'news-archive:content-urls',
    raw(node, ctx) {
      if (prefix === '/') return;
      const value = node.value.replace(ROOT_RELATIVE_ATTRIBUTE, `$1$2${prefix}`);
      if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value });
    },
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const url = node.properties[key];
        if (typeof url === 'string' && rewrite(url) !== url) ctx.setProperty(node, key, rewrite(url));
      },
    },
  });
}

const ALIGN = /^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$/i;

/**
 * GFM table column alignment as classes (`align-left`, `align-center`, `align-right`, styled in
 * global.css) instead of the `style="text-align: …"` the parser writes: the site's
 * Content-Security-Policy has no 'unsafe-inline' for styles, so browsers would drop that style.
 */
export const alignmentClasses = defineHastPlugin({
  name: 'news-archive:alignment-classes',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties.style;
      const align = typeof style === 'string' ? ALIGN.exec(style)?.[1] : undefined;
      if (!align) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      ctx.setProperty(node, 'style', undefined);
      ctx.setProperty(node, 'className', [...classes, `align-${align.toLowerCase()}`]);
    },
  },
});

/**
 * Ids the layout gives elements around an article body (src/layouts/, src/components/). A heading
 * the author calls "Main" would otherwise get `id="main"` twice on one page. tests/build checks
 * that this list holds every id outside the body of a built article page.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  'main',
  'site-search',
  'corrections-heading',
  'entities-heading',
  'related-heading',
  // The Cite section, the "Updated" line and the corrections box (src/archive/corrections.ts).
  'cite-heading',
  'cite-apa',
  'cite-mla',
  'cite-chicago',
  'updated',
  'corrections',
  // An article's corrections are numbered; twenty covers any article we have seen many times over.
  ...Array.from({ length: 20 }, (_, i) => `correction-${i + 1}`),
]);

/** The ids GFM footnotes give their own elements (the hidden "Footnotes" label, notes and references). */
const FOOTNOTE_ID = /^(?:footnote-label$|user-content-fn)/;

/**
 * True for an author's heading whose slug is one of the footnotes' own ids ("Footnote label",
 * "User content fn 1"), which would otherwise appear twice on the page. The footnotes' own label is
 * the `sr-only` `<h2>` GFM writes (micromark-extension-gfm-footnote), and keeps its id, which the
 * references name in `aria-describedby`.
 */
export function takesFootnoteId(tagName: string, id: string, className: unknown): boolean {
  if (!/^h[1-6]$/.test(tagName) || !FOOTNOTE_ID.test(id)) return false;
  return !(id === 'footnote-label' && Array.isArray(className) && className.includes('sr-only'));
}

/**
 * Body ids that the layout also uses get `-1` appended, the way GitHub-style slugs number a
 * repeated heading, and in-body links to them follow. Runs after heading ids are assigned.
 */
export function avoidLayoutIds(reserved: ReadonlySet<string> = LAYOUT_IDS) {
  const names = [...reserved].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // Raw HTML the allow-list kept reaches the page as text: its ids and fragment links are rewritten in place.
  const rawId = new RegExp(`(\\s(?:id\\s*=\\s*["']?|href\\s*=\\s*["']?#))(${names})(?=["'\\s>])`, 'gi');
  return defineHastPlugin({
    name: 'news-archive:layout-ids',
    raw(node, ctx) {
      const value = node.value.replace(rawId, '$1$2-1');
      if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value });
    },
    element: {
      // Sätteri visits elements by tag name: every element an article body can carry.
      filter: [
        ...'h1 h2 h3 h4 h5 h6 a p div section aside figure figcaption span sup sub li ol ul dl dt dd table caption tr th td blockquote pre code img iframe abbr mark cite time small em strong'.split(
          ' ',
        ),
      ],
      visit(node, ctx) {
        const id = node.properties.id;
        if (typeof id === 'string' && (reserved.has(id) || takesFootnoteId(node.tagName, id, node.properties.className)))
          ctx.setProperty(node, 'id', `${id}-1`);
        const href = node.properties.href;
        if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && reserved.has(href.slice(1)))
          ctx.setProperty(node, 'href', `${href}-1`);
      },
    },
  });
}
