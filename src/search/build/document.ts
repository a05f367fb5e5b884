/**
 * The part of an article page that Pagefind reads. Pagefind indexes only the `data-pagefind-body`
 * element (with the filters, metadata and sort keys inside it) and takes the language from
 * `<html lang>`; the rest of the page (site header, navigation, the Cite section with its
 * base64 downloads, related articles, footer) is `data-pagefind-ignore` or outside the body, and
 * is 40% of an article page's bytes. Sending it to the indexer process cost the rendering thread
 * about 1.5 s at 10,000 articles (CPU profile: the pipe write and its encoding), and the indexer
 * parsed it for nothing.
 */

import { withoutWordHints } from '../../content/slug.ts';

/** The article element of src/layouts/ArticleLayout.astro that carries `data-pagefind-body`. */
export const BODY_START = '<article class="article" data-pagefind-body>';
/** The index fields (src/components/SearchIndexFields.astro): the last thing inside that article. */
export const FIELDS_START = '<div hidden data-search-index-fields';

/**
 * `html` cut to its `<html>` start tag (the language), its `<title>` and its `data-pagefind-body`
 * article, as a document of its own; the page unchanged when it lacks a head or either mark (so
 * nothing is ever lost to the cut, only sent in full). The rest of the head (description, Open
 * Graph, citation and Dublin Core tags, JSON-LD) was 38% of the bytes sent for a generated
 * article (5.0 of 13.1 KB, 10,000 articles) and Pagefind reads none of it: the index of the demo
 * archive and of the multilingual fixture is byte for byte the same without it. The article's end
 * is the first `</article>` after the index fields, which hold only our own escaped spans: text
 * inside the body cannot end it early.
 * @example indexedDocument('<html lang="en"><head><meta charset="utf-8"><title>T</title><meta name="description" content="D"></head><body><nav>…</nav><article class="article" data-pagefind-body>…<div hidden data-search-index-fields>…</div></article><footer>…</footer></body></html>')
 * // '<html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><article class="article" data-pagefind-body>…</article></body></html>'
 */
export function indexedDocument(html: string): string {
  const headStart = html.indexOf('<head>');
  const headEnd = html.indexOf('</head>');
  const start = html.indexOf(BODY_START);
  const fields = start < 0 ? -1 : html.indexOf(FIELDS_START, start);
  const end = fields < 0 ? -1 : html.indexOf('</article>', fields);
  if (headStart < 0 || headEnd < headStart || start < headEnd || end < 0) return html;
  const titleStart = html.indexOf('<title>', headStart);
  const titleEnd = titleStart < 0 ? -1 : html.indexOf('</title>', titleStart);
  const title = titleEnd >= 0 && titleEnd < headEnd ? html.slice(titleStart, titleEnd + '</title>'.length) : '';
  // Without invisible break hints (a soft hyphen, a zero-width space), which the page keeps for
  // line breaking but which would index "Vladi&shy;mir" apart from the "Vladimir" a reader types.
  return withoutWordHints(
    `${html.slice(0, headStart)}<head><meta charset="utf-8">${title}</head><body>${html.slice(start, end + '</article>'.length)}</body></html>`,
  );
}
