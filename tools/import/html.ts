/**
 * Reader for HTML pages: metadata from the page's own statements, the article found by Readability
 * after our cleanup (tools/import/html-dom.ts), rehype-remark for the body, and the site's own
 * heading-id scheme (rehype-slug) for in-page links.
 */
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Link, Nodes as MdastNodes, Parent, Root } from 'mdast';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import rehypeRemark from 'rehype-remark';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import { absoluteUrl, cleanBody, HEADING_PLACEHOLDER } from './html-body.ts';
import { cleanDocument, extractArticle, parseDocument, type Extracted } from './html-dom.ts';
import { readHtmlMeta, type HtmlMeta } from './html-meta.ts';
import { findDateline, takeDateline } from './dateline.ts';
import { normaliseDate } from './dates.ts';
import { bylineAgency, bylineNames, uniqueNames } from './names.ts';
import { eachElement, headingRank, prop } from './hast.ts';
import { plainText, stringifyBody } from './markdown.ts';
import { ImportError, type ParsedInput, type RefusedImage } from './types.ts';

export interface HtmlOptions {
  /** URL the page was published at, if known from outside the page (e.g. `--source-url`). */
  sourceUrl?: string;
  /** Site time zone, for dates on the page written without one (default UTC). */
  timeZone?: string;
  /** The file the page was read from, so a complete save's `_files/` images can be found. */
  pageFile?: string;
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
 * Removes the inline node at `index` and the space it leaves behind: "storm <img> the town" keeps
 * one space, not two, and an image that started or ended a paragraph leaves no space at that end.
 */
function removeInline(parent: Parent, index: number): void {
  parent.children.splice(index, 1);
  const before = parent.children[index - 1];
  const after = parent.children[index];
  const spaceBefore = before === undefined || before.type === 'break' || (before.type === 'text' && /\s$/.test(before.value));
  if (after?.type === 'text' && spaceBefore) after.value = after.value.replace(/^\s+/, '');
  else if (after === undefined && before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
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

/** Text compared as a reader would: case, spacing and punctuation ignored. */
const comparable = (text: string) =>
  text
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const TITLE_SEPARATOR = /\s+(?:[|\-–—:·•»]|::)\s+/;

/**
 * The site's names as the page gives them: og:site_name, application-name, JSON-LD publisher and
 * WebSite names, and the part of `<title>` beside a headline the page states elsewhere.
 */
function siteNames(meta: HtmlMeta, extracted: Extracted): string[] {
  // Headlines the page states outside <title>; an <h1> only counts when there is no other, since
  // the <h1> is itself the site's name on many pages.
  const declared = [meta.jsonLd.headline, meta.og.title].filter((value): value is string => Boolean(value));
  const stated = (declared.length > 0 ? declared : meta.h1s).map(comparable);
  // application-name and JSON-LD WebSite names are sometimes filled with the page's headline.
  const names = [
    meta.og.siteName,
    meta.jsonLd.publisher,
    extracted.siteName,
    ...meta.siteNames.filter((name) => !stated.includes(comparable(name))),
  ];
  const parts = meta.title?.split(TITLE_SEPARATOR) ?? [];
  if (parts.length > 1) {
    for (const [index, part] of parts.entries()) {
      const rest = comparable(parts.filter((_, other) => other !== index).join(' '));
      if (stated.includes(rest) || (index === parts.length - 1 && stated.includes(comparable(parts[0] ?? '')))) names.push(part);
    }
  }
  return [...new Set(names.filter((name): name is string => Boolean(name)).map(comparable))].filter(Boolean);
}

/** `candidate` without a leading or trailing "| Site name" part; undefined when it is only the site's name. */
function headlineCandidate(candidate: string | undefined, sites: string[]): string | undefined {
  if (!candidate) return undefined;
  let parts = candidate.split(TITLE_SEPARATOR);
  while (parts.length > 1 && sites.includes(comparable(parts.at(-1) ?? ''))) parts = parts.slice(0, -1);
  while (parts.length > 1 && sites.includes(comparable(parts[0] ?? ''))) parts = parts.slice(1);
  // Re-join with the page's own separators when the remaining parts were not site names.
  const kept = parts.length === candidate.split(TITLE_SEPARATOR).length ? candidate : parts.join(' - ');
  const text = kept.trim();
  return text && !sites.includes(comparable(text)) ? text : undefined;
}

/**
 * The headline, in this order of trust (docs/importing.md): an `<h1>` the `<title>` starts with
 * (the page states it twice), JSON-LD headline (unless cut short with "…"), Dublin Core title,
 * og:title, microdata
 * headline, Readability's title, each `<h1>` in page order, `<title>`.
 * A candidate that is the site's name is passed over; a "| Site" suffix is taken off.
 */
function chooseHeadline(meta: HtmlMeta, extracted: Extracted): string | undefined {
  const sites = siteNames(meta, extracted);
  const titleText = comparable(meta.title ?? '');
  // The <h1> that <title> starts with, unless it is only a small part of it: "Blog name: Post title".
  const h1InTitle = meta.h1s.find((h1) => comparable(h1).length >= titleText.length * 0.4 && titleText.startsWith(comparable(h1)));
  const jsonLd = meta.jsonLd.headline?.endsWith('…') ? undefined : meta.jsonLd.headline;
  for (const candidate of [
    h1InTitle,
    jsonLd,
    meta.dcTitle,
    meta.og.title,
    meta.microdata.headline,
    extracted.title,
    ...meta.h1s,
    meta.title,
  ]) {
    const headline = headlineCandidate(candidate, sites);
    if (headline) return headline;
  }
  return undefined;
}

/**
 * Bylined names, from the first source that has any, in this order of trust: JSON-LD author,
 * microdata author, the first byline element in the page (in the article first), the first of the
 * Dublin Core creator, `article:author` / `author` meta, Readability's
 * byline. Names are deduplicated without regard to case.
 */
function chooseAuthors(meta: HtmlMeta, extracted: Extracted, bylines: string[]): string[] {
  const sources = [
    meta.jsonLd.authors,
    meta.microdata.authors.flatMap(bylineNames),
    bylines.map(bylineNames).find((names) => names.length > 0) ?? [],
    meta.metaAuthors.map(bylineNames).find((names) => names.length > 0) ?? [],
    meta.jsonLd.creators,
    extracted.byline ? bylineNames(extracted.byline) : [],
  ];
  return uniqueNames(sources.find((names) => names.length > 0) ?? []);
}

/**
 * The first date that reads as one, in this order of trust: JSON-LD datePublished,
 * `article:published_time` and other date meta tags, microdata datePublished, `<time datetime>`
 * (marked pubdate or in the article first), Readability's publishedTime, then what only the text
 * states: a `<time>` without `datetime`, a "Published: …" / "Posted … on …" line, a date stamp
 * element (`stamps`, not an "Updated" one). Returned as found; a bare day is replaced by a later
 * source's date-time on the same day.
 */
function chooseDate(meta: HtmlMeta, extracted: Extracted, stamps: string[], timeZone: string): string | undefined {
  const published = stamps.filter((stamp) => !/^(?:last\s+)?(?:updated|modified|edited)\b/i.test(stamp));
  const candidates = [
    meta.jsonLd.datePublished,
    ...meta.metaDates,
    meta.microdata.datePublished,
    ...meta.times,
    extracted.publishedTime,
    // A line of text is passed on as the date it states, not as the whole line.
    ...[...meta.visibleDates, ...published].map((line) => normaliseDate(line, timeZone)),
  ]
    .filter((value): value is string => value !== undefined)
    .map((value) => ({ value, date: normaliseDate(value, timeZone) }))
    .filter((candidate): candidate is { value: string; date: string } => candidate.date !== undefined);
  const first = candidates[0];
  // A bare day is made precise by a later source that gives the time on that same day.
  if (first && first.date.length === 10)
    return candidates.find((candidate) => candidate.date.startsWith(first.date) && candidate.date.length > 10)?.value ?? first.value;
  return first?.value;
}

const ELLIPSIS = /\s*(?:…|\.{3})\s*$/;

/**
 * The page's own summary: the first of `<meta name=description>`, og:description, JSON-LD
 * description that is complete. One is cut short when it ends in "…" / "..." or another of them
 * begins with its text and goes on (CMSs cut the meta description to ~155 characters, often mid-
 * word, and leave og:description whole). When every one is cut, the longest is the most complete.
 */
export function chooseDescription(stated: Array<string | undefined>): string | undefined {
  const candidates = stated.filter((value): value is string => Boolean(value));
  const cut = (text: string) => {
    const stem = text.replace(ELLIPSIS, '');
    return ELLIPSIS.test(text) || candidates.some((other) => other.length > stem.length && other !== text && other.startsWith(stem));
  };
  return (
    candidates.find((text) => !cut(text)) ??
    candidates.reduce<string | undefined>((longest, text) => (text.length > (longest?.length ?? 0) ? text : longest), undefined)
  );
}

/**
 * The article's HTML (a hast tree) as a sanitised Markdown body: links made absolute against
 * `baseUrl`, in-page links pointed at the site's heading ids, the heading repeating `title` left out.
 */
function markdownBody(
  tree: HastRoot,
  { baseUrl, title, furniture, imageBase }: { baseUrl?: string; title?: string; furniture?: string[]; imageBase?: string },
): { body: Root; warnings: string[]; refusedImages: RefusedImage[] } {
  const { body: hastBody, headingCount, warnings, refusedImages } = cleanBody(tree, { baseUrl, title, furniture, imageBase });
  const body = toMdast.runSync(hastBody) as Root;
  // Links and images that lost their URL to the sanitiser become plain text.
  eachNode(body, (node, parent, index) => {
    const unsafe = (url: string, allowed: RegExp) => !allowed.test(url);
    if (node.type === 'link' && unsafe(node.url, /^(https?:|mailto:|#)/i)) parent.children.splice(index, 1, ...node.children);
    else if (node.type === 'image' && unsafe(node.url, imageBase ? /^(https?|file):/i : /^https?:/i)) removeInline(parent, index);
    else if (node.type === 'html') removeInline(parent, index);
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
  // A heading that repeats the headline (Readability keeps it when it is inside the article).
  const repeated = body.children.findIndex(
    (node) => node.type === 'heading' && title !== undefined && comparable(plainText(node)) === comparable(title),
  );
  if (repeated !== -1 && body.children.slice(0, repeated).every((node) => node.type !== 'paragraph')) body.children.splice(repeated, 1);
  return { body, warnings, refusedImages };
}

/**
 * Reads an article's own HTML, as a feed item carries it (no page around it, so no extraction
 * and no metadata): body, description from the first paragraph, dateline. `baseUrl` resolves
 * relative links. Throws ImportError when there is no text.
 */
export function parseHtmlFragment(html: string, options: { baseUrl?: string; title?: string } = {}): ParsedInput {
  const baseUrl = options.baseUrl ? absoluteUrl(options.baseUrl, undefined) : undefined;
  const { body, warnings, refusedImages } = markdownBody(fromHtml(html, { fragment: true }), { baseUrl, title: options.title });
  const dateline = takeDateline(body);
  if (body.children.every((node) => plainText(node).trim() === ''))
    throw new ImportError('the item has no text: its content and summary are empty');
  const firstParagraph = body.children.find((node) => node.type === 'paragraph');
  return {
    description: firstParagraph ? plainText(firstParagraph).replace(/\s+/g, ' ').trim() || undefined : undefined,
    authors: [],
    ...(dateline ? { dateline: dateline.place } : {}),
    ...(dateline?.agency ? { credit: dateline.agency } : {}),
    body,
    warnings,
    ...(refusedImages.length > 0 ? { refusedImages } : {}),
  };
}

/**
 * Reads an HTML page (already decoded) into headline, metadata and a sanitised Markdown body.
 * Throws ImportError when the page has no headline or no article text.
 */
export function parseHtml(html: string, options: HtmlOptions = {}): ParsedInput {
  const document = parseDocument(html);
  const meta = readHtmlMeta(document);
  const found = cleanDocument(document);
  const extracted = extractArticle(document);
  const title = chooseHeadline(meta, extracted);
  if (!title) throw new ImportError('the page has no headline: no <h1>, og:title, JSON-LD headline or <title>');

  const pageUrl = options.sourceUrl ?? meta.canonical ?? meta.og.url;
  const pageAbsolute = pageUrl ? absoluteUrl(pageUrl, undefined) : undefined;
  const baseUrl = meta.baseHref ? absoluteUrl(meta.baseHref, pageAbsolute) : pageAbsolute;
  const canonical = meta.canonical ?? meta.og.url;
  const sourceUrl = canonical ? absoluteUrl(canonical, baseUrl) : undefined;

  const imageBase = options.pageFile ? pathToFileURL(options.pageFile).href : undefined;
  const { body, warnings, refusedImages } = markdownBody(fromHtml(extracted.content, { fragment: true }), {
    baseUrl,
    title,
    furniture: found.dates,
    imageBase,
  });
  const dateline = takeDateline(body) ?? found.datelines.map(findDateline).find(Boolean);
  if (body.children.every((node) => plainText(node).trim() === '')) throw new ImportError('the page has a headline but no article text');

  const ogImageUrl = meta.og.image ? absoluteUrl(meta.og.image, baseUrl ?? imageBase) : undefined;
  const ogImage = ogImageUrl && /^(https?|file):/i.test(ogImageUrl) ? ogImageUrl : undefined;
  const firstParagraph = body.children.find((node) => node.type === 'paragraph');
  const stated = chooseDescription([meta.description, meta.og.description, meta.jsonLd.description]);
  let description = stated ?? (firstParagraph ? plainText(firstParagraph).replace(/\s+/g, ' ').trim() : undefined);
  const statedDateline = description ? findDateline(description) : undefined;
  if (description && statedDateline) description = description.slice(statedDateline.length).trim();
  // The dateline's agency first; else one the byline names after its people ("…, Associated Press").
  const credit = dateline?.agency ?? found.bylines.map(bylineAgency).find(Boolean);
  return {
    title,
    date: chooseDate(meta, extracted, found.dates, options.timeZone ?? 'UTC'),
    description: description || undefined,
    authors: chooseAuthors(meta, extracted, found.bylines),
    sourceUrl: sourceUrl && /^https?:/.test(sourceUrl) ? sourceUrl : undefined,
    source: meta.og.siteName ?? meta.jsonLd.publisher,
    ...(dateline ? { dateline: dateline.place } : {}),
    ...(credit ? { credit } : {}),
    lang: meta.lang ?? extracted.lang,
    ...(ogImage ? { image: { src: ogImage, ...(meta.og.imageAlt ? { alt: meta.og.imageAlt } : {}) } } : {}),
    body,
    warnings,
    ...(refusedImages.length > 0 ? { refusedImages } : {}),
  };
}
