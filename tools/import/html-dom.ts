/**
 * The page as a DOM, our cleanup, and Mozilla Readability (the extractor behind Firefox Reader
 * View) to find the article in it.
 *
 * The DOM is linkedom's: on 181 real news pages (scrapinghub's article-extraction-benchmark)
 * linkedom plus Readability took 19 ms a page against 122–149 ms with jsdom, so a folder of 1,000
 * pages imports in well under a minute on two cores (docs/importing.md has the measurement).
 *
 * Readability scores containers; what it cannot know is what the page hid or marked as furniture,
 * so that goes first: elements hidden with `hidden`, `aria-hidden="true"` or an inline
 * `display:none` / `visibility:hidden`; share, related, newsletter and cookie blocks; bylines and
 * datelines set apart in their own element (read before they go). None of these removals ever
 * takes an element that holds the article itself, whatever its class says (a wrapper named
 * "share-container" around the whole story is common).
 */
import { Readability } from '@mozilla/readability';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { parseHTML } from 'linkedom';

/** Whole words in class or id names that mark blocks beside the article. */
const FURNITURE_WORDS = new Set([
  'share',
  'sharing',
  'social',
  'related',
  'recommended',
  'recirc',
  'newsletter',
  'subscribe',
  'signup',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'promo',
  'outbrain',
  'taboola',
  'breadcrumb',
  'breadcrumbs',
  'comments',
  'paywall',
  'advert',
  'advertisement',
  'ad',
  'ads',
]);
const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'contributor', 'contributors']);
/** Whole words in class or id names of a page's date stamp ("Published 4:00 am, Nov. 20, 2019"). */
const DATE_WORDS = new Set(['timestamp', 'date', 'dates', 'pubdate', 'published', 'updated', 'posted', 'dateline-time']);
/**
 * Class names that hide an element from sight (screen-reader-only text such as "Image caption",
 * "Skip to content") or show it only on paper (a print header repeating the page's URL): text a
 * reader of the page never sees beside the article. Bootstrap, WordPress and the BBC's names.
 */
const UNSEEN_CLASS =
  /^(?:sr-only|screen-reader-text|screen-reader-only|visually-?hidden|hidden-visually|off-?screen|skip-?link|element-invisible|print-only|print-header|print-footer|visible-print|show-for-print)$/i;
/**
 * The whole text of a block that is page furniture, never prose: gallery and ad labels, calls to
 * share, comment or subscribe, "related" lead-ins standing alone. The phrases are the ones news
 * templates use in English; trafilatura's boilerplate lists hold the same.
 */
const FURNITURE_TEXT =
  /^(?:advert(?:isement)?|sponsored(?: content)?|skip to (?:main )?content|caption|close|image \d+ of \/? ?\d+|\d+ ?of ?\d+|\d* ?comments?|tell us what you think\W*|you may also like\W*|(?:more|related|read more|see more|don'?t miss|see also)\s*:?|breaking news|join the conversation\W*|this slideshow requires javascript\.?|like this (?:story|article)\? share it with a friend!?|share (?:this|on) \S+(?: \S+)?|click here to .{1,60})$/i;
/** A lead-in that marks a block as a pointer to another story: "Related: …", "READ MORE: …", "Also on rt.com …". */
const TEASER_LEAD = /^(?:related|read more|read also|also read|see more|see also|more|watch|recommended|also on \S+)\b\s*[:|]?/i;
const MAX_FURNITURE_TEXT = 80;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const ARTICLE_SELECTOR = 'article, main, [role="main"], [itemprop~="articleBody"], h1';
/** A block holding this share of the page's paragraph text or more is the article, not furniture. */
const ARTICLE_SHARE = 0.4;
/** A control's label ("Read more", "Show 24 comments") is short; longer link text is content. */
const CONTROL_MAX_LENGTH = 40;
/** Bylines are short; a longer "author" block is an author biography or a list. */
const BYLINE_MAX_LENGTH = 200;

/** Lower-case words of an element's class and id, with camelCase, `-` and `_` split apart. */
export function nameWords(element: Element): string[] {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Parses a page (already decoded) into a DOM document. linkedom builds `<html>`, `<head>` and
 * `<body>` only when the markup has an `<html>` element; anything else (a fragment, a page that
 * starts at `<title>`) is first put in shape by parse5, the HTML Standard's parser.
 */
export function parseDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : toHtml(fromHtml(html));
  return parseHTML(whole).document as unknown as Document;
}

const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
/**
 * `text(node)` when that is at most `max` characters long, else undefined, found without reading
 * past the limit. The cleanup asks this of every block of the page, nested ones included, and
 * reading each block's whole text made it quadratic in the page's depth: 3.2 s of a 36 s import
 * of 311 saved pages (CPU profile). Counting only non-space characters is safe: collapsing spaces
 * never makes a text shorter than its non-space characters.
 */
function boundedText(node: Node, max: number): string | undefined {
  const parts: string[] = [];
  let solid = 0;
  const walk = (parent: Node): boolean => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        parts.push(value);
        solid += value.replace(/\s+/g, '').length;
        if (solid > max) return false;
      } else if (child.nodeType === 1 && !walk(child)) return false;
    }
    return true;
  };
  if (!walk(node)) return undefined;
  const value = parts.join('').replace(/\s+/g, ' ').trim();
  return value.length <= max ? value : undefined;
}
const SEPARATE = new Set(['A', 'BR', 'BUTTON', 'DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TIME']);
/**
 * Text of a small element with a space wherever a link, heading, block or line break ends, as
 * the page shows it: textContent runs "Jane Doe</h4><a>Profile</a>" together into one word.
 */
function spacedText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const separate = SEPARATE.has((node as Element).tagName);
      if (separate) parts.push(' ');
      for (const child of Array.from(node.childNodes)) walk(child);
      if (separate) parts.push(' ');
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
const paragraphLength = (root: Element | Document) => Array.from(root.querySelectorAll('p')).reduce((sum, p) => sum + text(p).length, 0);

/** What the cleanup found and took out of the page before extraction. */
export interface CleanupFindings {
  /** Text of byline elements (class/id "byline", "author", rel=author, itemprop=author): those in the article first, each in page order. */
  bylines: string[];
  /** Text of elements marked as a dateline. */
  datelines: string[];
  /** Text of date stamps (class/id "timestamp", "date", "published"…), in page order. */
  dates: string[];
}

/**
 * A block that points to another story rather than telling this one: it opens with a lead-in
 * such as "Related:" or "READ MORE:" and is mostly link, or it is nothing but one link written in
 * capitals ("CLICK HERE TO GET THE APP", a teaser headline), a style news templates use for
 * "read also" lines inside the text.
 */
function isTeaser(block: Element, value: string): boolean {
  const links = Array.from(block.querySelectorAll('a'));
  if (links.length === 0 || block.querySelector('p, div, li, img, figure, table') !== null) return false;
  const linked = links.reduce((sum, link) => sum + text(link).length, 0);
  if (TEASER_LEAD.test(value) && linked >= value.length * 0.5) return true;
  return (
    links.length === 1 &&
    linked === value.length &&
    value.split(' ').length >= 3 &&
    value === value.toUpperCase() &&
    /\p{Lu}{3}/u.test(value)
  );
}

/**
 * Removes hidden elements, page-furniture blocks, bylines and datelines from `document` in place,
 * except any element that contains the article. Returns the byline and dateline texts it removed.
 */
export function cleanDocument(document: Document): CleanupFindings {
  const findings: CleanupFindings = { bylines: [], datelines: [], dates: [] };
  let inArticle = 0;
  const body = document.body ?? document.documentElement;
  if (!body) return findings;
  const pageText = paragraphLength(body);
  const holdsArticle = (element: Element) =>
    element.matches(ARTICLE_SELECTOR) ||
    element.querySelector(ARTICLE_SELECTOR) !== null ||
    (pageText > 0 && paragraphLength(element) >= pageText * ARTICLE_SHARE);
  const remove = (element: Element) => {
    if (!holdsArticle(element)) element.remove();
  };

  for (const element of Array.from(body.querySelectorAll('[hidden], [aria-hidden="true"], [style]'))) {
    const hidden =
      element.hasAttribute('hidden') ||
      element.getAttribute('aria-hidden') === 'true' ||
      HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
    if (hidden && element.isConnected) remove(element);
  }
  for (const element of Array.from(body.querySelectorAll('[class]'))) {
    const unseen = (element.getAttribute('class') ?? '').split(/\s+/).some((name) => UNSEEN_CLASS.test(name));
    if (unseen && element.isConnected) remove(element);
  }
  for (const block of Array.from(body.querySelectorAll('p, li, h2, h3, h4, h5, h6, div, span'))) {
    if (!block.isConnected) continue;
    const value = boundedText(block, MAX_FURNITURE_TEXT * 3);
    if (value === undefined) continue;
    if (value.length <= MAX_FURNITURE_TEXT && FURNITURE_TEXT.test(value)) remove(block);
    else if (block.tagName !== 'SPAN' && isTeaser(block, value)) remove(block);
  }
  for (const link of Array.from(body.querySelectorAll('a[href]'))) {
    // A link that only runs script and stands alone ("Read more", "Show comments") is a control,
    // not text; inside a sentence its words stay (the sanitiser drops the URL).
    const control = text(link).length <= CONTROL_MAX_LENGTH && !link.querySelector('p, div, li, img, h2, h3');
    const alone = control && link.parentElement && boundedText(link.parentElement, CONTROL_MAX_LENGTH) === text(link);
    if (alone && /^\s*javascript:/i.test(link.getAttribute('href') ?? '')) link.remove();
  }
  for (const element of Array.from(body.querySelectorAll('[class], [id], [rel], [itemprop]'))) {
    if (!element.isConnected || element === body) continue;
    const words = nameWords(element);
    const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const itemprop = (element.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    if (words.some((word) => DATE_WORDS.has(word)) && !words.includes('dateline')) {
      // A date stamp is metadata (tools/import/html-meta.ts reads it), and a line of furniture in
      // the body. It is only noted here and taken out of the extracted article
      // (tools/import/html-body.ts): Readability scores a story's header, date included, when it
      // chooses the article, and without it may choose the comments instead.
      const value = boundedText(element, MAX_FURNITURE_TEXT * 1.5);
      if (value !== undefined && /\d/.test(value) && !holdsArticle(element)) findings.dates.push(value);
    } else if (words.includes('dateline')) {
      if (!holdsArticle(element)) {
        findings.datelines.push(text(element));
        element.remove();
      }
    } else if (words.some((word) => BYLINE_WORDS.has(word)) || rel.includes('author') || itemprop.includes('author')) {
      const value = spacedText(element);
      if (value.length <= BYLINE_MAX_LENGTH && !holdsArticle(element)) {
        // The article's own byline before those of comments and teasers elsewhere on the page.
        if (value && element.closest('article, main, [role="main"], [itemprop~="articleBody"]'))
          findings.bylines.splice(inArticle++, 0, value);
        else if (value) findings.bylines.push(value);
        element.remove();
      }
    } else if (words.some((word) => FURNITURE_WORDS.has(word))) remove(element);
  }
  shiftHeadings(document, body);
  return findings;
}

/**
 * Readability turns every `<h1>` into an `<h2>`; on a page that used several `<h1>` for its
 * sections that would flatten them into their own subsections, so every heading moves down a
 * level first (h6 stays h6), keeping the outline.
 */
function shiftHeadings(document: Document, body: Element): void {
  if (body.querySelectorAll('h1').length < 2) return;
  for (const heading of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5'))) {
    const rank = Number(heading.tagName.slice(1));
    const replacement = document.createElement(`h${rank + 1}`);
    for (const attribute of Array.from(heading.attributes)) replacement.setAttribute(attribute.name, attribute.value);
    while (heading.firstChild) replacement.appendChild(heading.firstChild);
    heading.replaceWith(replacement);
  }
}

/** What Readability made of the page; `content` is the article's HTML. */
export interface Extracted {
  content: string;
  title?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
}

const present = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * Runs Readability over `document` (which it changes). When Readability finds no article (a short
 * page, e.g. a brief or a test fixture), the whole cleaned `<body>` is the article: a page is
 * rejected only when it has no text at all.
 */
export function extractArticle(document: Document): Extracted {
  const fallback = document.body?.innerHTML ?? '';
  // Readability reads the page's own metadata too; its values are the last in our order of trust.
  const result = new Readability(document, { keepClasses: false }).parse();
  const content = result?.content && (result.textContent ?? '').trim().length > 0 ? result.content : fallback;
  return {
    content,
    title: present(result?.title),
    byline: present(result?.byline),
    excerpt: present(result?.excerpt),
    siteName: present(result?.siteName),
    publishedTime: present(result?.publishedTime),
    lang: present(result?.lang),
  };
}
