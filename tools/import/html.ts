/**
 * Reader for HTML pages: rehype-parse for the page, rehype-remark for the body, and the site's own
 * heading-id scheme (rehype-slug) for in-page links.
 */
import type { Root as HastRoot } from 'hast';
import type { Link, Nodes as MdastNodes, Parent, Root } from 'mdast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import { articleScope, absoluteUrl, cleanBody, HEADING_PLACEHOLDER } from './html-body.ts';
import { readHtmlMeta } from './html-meta.ts';
import { eachElement, headingRank, prop } from './hast.ts';
import { plainText, stringifyBody } from './markdown.ts';
import { ImportError, type ParsedInput } from './types.ts';

export interface HtmlOptions {
  /** URL the page was published at, if known from outside the page (e.g. `--source-url`). */
  sourceUrl?: string;
}

const toMdast = unified().use(rehypeRemark);
const renderLikeSite = unified().use(remarkParse).use(remarkRehype).use(rehypeSlug);

/** Calls `visit` on every node of a Markdown tree with its parent, children before later siblings. */
function eachNode(tree: Parent, visit: (node: MdastNodes, parent: Parent, index: number) => void): void {
  // Walk backwards so `visit` may replace a node by its children without upsetting the loop.
  for (let index = tree.children.length - 1; index >= 0; index--) {
    const node = tree.children[index] as MdastNodes;
    if ('children' in node) eachNode(node as Parent, visit);
    visit(node, tree, index);
  }
}

/**
 * Heading ids the site will give this body, in document order: the Markdown is rendered as the site
 * renders it and rehype-slug (GitHub-slugger, the scheme the site's processor shares) names them.
 */
export function siteHeadingIds(markdown: string): string[] {
  const hast = renderLikeSite.runSync(renderLikeSite.parse(markdown)) as HastRoot;
  const ids: string[] = [];
  eachElement(hast, (el) => {
    if (headingRank(el)) ids.push(prop(el, 'id') ?? '');
  });
  return ids;
}

/** Reads an HTML page (already decoded) into headline, metadata and a sanitised Markdown body. */
export function parseHtml(html: string, options: HtmlOptions = {}): ParsedInput {
  const tree = unified().use(rehypeParse).parse(html);
  const scope = articleScope(tree);
  const meta = readHtmlMeta(tree, scope);
  const title = meta.h1 ?? meta.ogTitle ?? meta.title;
  if (!title) throw new ImportError('the page has no headline: no <h1>, og:title or <title>');

  const pageUrl = options.sourceUrl ?? meta.canonical ?? meta.ogUrl;
  const pageAbsolute = pageUrl ? absoluteUrl(pageUrl, undefined) : undefined;
  const baseUrl = meta.baseHref ? absoluteUrl(meta.baseHref, pageAbsolute) : pageAbsolute;
  const canonical = meta.canonical ?? meta.ogUrl;
  const sourceUrl = canonical ? absoluteUrl(canonical, baseUrl) : undefined;

  const { body: hastBody, headingCount, warnings } = cleanBody(scope, { baseUrl, title });
  const body = toMdast.runSync(hastBody) as Root;
  // Links and images that lost their URL to the sanitiser become plain text.
  eachNode(body, (node, parent, index) => {
    const unsafe = (url: string, allowed: RegExp) => !allowed.test(url);
    if (node.type === 'link' && unsafe(node.url, /^(https?:|mailto:|#)/i)) parent.children.splice(index, 1, ...node.children);
    else if (node.type === 'image' && unsafe(node.url, /^https?:/i)) parent.children.splice(index, 1);
    else if (node.type === 'html') parent.children.splice(index, 1);
  });
  // The layout owns the page's <h1>; body headings start at level 2.
  const headings: Array<{ depth: number }> = [];
  eachNode(body, (node) => {
    if (node.type === 'heading') headings.unshift(node);
  });
  if (headings.some((heading) => heading.depth === 1)) for (const heading of headings) heading.depth = Math.min(heading.depth + 1, 6) as 1;

  const links: Link[] = [];
  eachNode(body, (node) => {
    if (node.type === 'link' && HEADING_PLACEHOLDER.test(node.url)) links.push(node);
  });
  if (links.length > 0) {
    const ids = siteHeadingIds(stringifyBody(body));
    for (const link of links) {
      const id = ids[Number(HEADING_PLACEHOLDER.exec(link.url)?.[1])];
      if (ids.length === headingCount && id) link.url = `#${id}`;
      else {
        link.url = '';
        warnings.push(`in-page link "${plainText(link)}" kept as text: its heading could not be matched`);
      }
    }
    eachNode(body, (node, parent, index) => {
      if (node.type === 'link' && node.url === '') parent.children.splice(index, 1, ...node.children);
    });
  }
  if (body.children.length === 0) throw new ImportError('the page has a headline but no article text');

  const firstParagraph = body.children.find((node) => node.type === 'paragraph');
  return {
    title,
    date: meta.publishedTime ?? meta.jsonLdDate ?? meta.timeDatetime,
    description: meta.description ?? (firstParagraph ? plainText(firstParagraph).replace(/\s+/g, ' ').trim() : undefined),
    authors: meta.authors,
    sourceUrl: sourceUrl && /^https?:/.test(sourceUrl) ? sourceUrl : undefined,
    lang: meta.lang,
    body,
    warnings,
  };
}
