/**
 * The article body of an HTML page, once Readability has found it (tools/import/html-dom.ts):
 * makes links absolute, points in-page links at headings, turns figures into an image and a
 * caption paragraph, and sanitises what is left.
 */
import type { Element, ElementContent, Parents, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { articleHtmlSchema } from '../../src/markdown/sanitise.ts';
import { eachElement, findAll, findFirst, headingRank, prop, removeAll, textOf } from './hast.ts';
import { imageRefusal } from './images.ts';
import type { RefusedImage } from './types.ts';

/** Placeholder href for the n-th body heading, replaced once the site's heading ids are known. */
export const headingPlaceholder = (index: number) => `#import-heading-${index}`;
export const HEADING_PLACEHOLDER = /^#import-heading-(\d+)$/;

// Elements that are never article prose; their content goes too, not just the tag.
const FURNITURE_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'header',
  'footer',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'dialog',
  'link',
  'meta',
  'base',
  'title',
  'head',
]);
// What may reach the archive is what the article renderer allows (src/markdown/sanitise.ts),
// with page furniture's contents stripped rather than unwrapped, so CSS, menus or an iframe's
// srcdoc never turn into text, and links limited to http(s) and mailto: an imported page's
// relative links have been made absolute by then.
const SCHEMA: Schema = {
  ...articleHtmlSchema,
  strip: [...new Set([...(articleHtmlSchema.strip ?? []), ...FURNITURE_TAGS])],
  protocols: { ...articleHtmlSchema.protocols, href: ['http', 'https', 'mailto'] },
};

/** Tags that stand as parts of their own inside a caption: a caption paragraph, a credit line, a cited source. */
const CAPTION_PART_TAGS = new Set(['p', 'div', 'cite', 'small']);

/** The text of a node as written, untrimmed, to see what touches a neighbour. */
const rawText = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(rawText).join('') : '';

/**
 * A caption's parts with a space between two that touch without one. Sites write the caption and
 * the credit as sibling elements with no white space between them and lay them out with CSS
 * (The New York Times: `<span>Crowds on Monday.</span><span>Jane Doe for The New York Times</span>`;
 * captions in `<p>` or `<div>` lines), which plain text ran together ("on Monday.Jane Doe"). A space
 * goes between two siblings, one an element, when either is a block part (p, div, cite, small), or
 * when the second starts with a capital, a digit or a bracket after a letter, digit or closing
 * mark of two characters or more; an inline element inside a word ("<i>Bundestag</i>’s") stays as it is.
 */
export function spacedCaptionParts(children: ElementContent[]): ElementContent[] {
  const spaced: ElementContent[] = [];
  const blocks = new WeakSet<ElementContent>();
  for (const child of children) {
    // A paragraph or division inside the caption paragraph becomes a span: Markdown drops the
    // white space between blocks, and a paragraph cannot hold one.
    const isBlock = child.type === 'element' && CAPTION_PART_TAGS.has(child.tagName);
    const spacedChild: ElementContent =
      child.type !== 'element'
        ? child
        : {
            ...child,
            tagName: child.tagName === 'p' || child.tagName === 'div' ? 'span' : child.tagName,
            children: spacedCaptionParts(child.children),
          };
    if (isBlock) blocks.add(spacedChild);
    const previous = spaced.at(-1);
    if (previous && (previous.type === 'element' || spacedChild.type === 'element')) {
      const before = rawText(previous);
      const after = rawText(spacedChild);
      const block = blocks.has(previous) || isBlock;
      const touching = /\S$/u.test(before) && /^\S/u.test(after);
      const newPart = /^[\p{Lu}\p{N}([]/u.test(after) && /[\p{L}\p{N}.!?:;,)\]’”"]{2}$/u.test(before);
      if (touching && (block || newPart)) spaced.push({ type: 'text', value: ' ' });
    }
    spaced.push(spacedChild);
  }
  return spaced;
}

/**
 * Replaces each `<figure>` by its images, each in its own paragraph, then its caption as a
 * paragraph of its own: plain Markdown that renders the same at build time, where a caption inside
 * the image's paragraph would run into the text before it.
 */
function splitFigures(tree: Root): void {
  const visit = (node: Parents) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child as ElementContent];
      visit(child);
      if (child.tagName !== 'figure') return [child];
      const paragraph = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children });
      const images = findAll(child, (el) => el.tagName === 'img' || el.tagName === 'table' || el.tagName === 'blockquote');
      const captions = findAll(child, (el) => el.tagName === 'figcaption');
      return [
        ...images.map((el) => (el.tagName === 'img' ? paragraph([el]) : el)),
        ...captions.filter((caption) => textOf(caption) !== '').map((caption) => paragraph(spacedCaptionParts(caption.children))),
      ];
    }) as typeof node.children;
  };
  visit(tree);
}

/** Absolute http(s) URL of `href` against `base`, or undefined when it cannot be resolved. */
export function absoluteUrl(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

export interface BodyOptions {
  /** URL the page was published at, for relative links and for links to the page itself. */
  baseUrl?: string;
  /** Headline, so the `<h1>` repeating it is left out of the body. */
  title?: string;
  /** Texts of page furniture found before extraction (date stamps): a block with exactly this text goes. */
  furniture?: string[];
  /**
   * `file:` URL of the HTML file the page was read from: relative image addresses resolve against
   * it first, since a page saved "complete" points them at its own `_files/` folder
   * (tools/import/images-store.ts copies them into the archive).
   */
  imageBase?: string;
}

/**
 * Cleans the article element into a sanitised body tree. In-page links are pointed at
 * `headingPlaceholder(n)`, the n-th remaining heading; `warnings` says what was dropped and why.
 */
export function cleanBody(
  tree: Root,
  options: BodyOptions,
): { body: Root; headingCount: number; warnings: string[]; refusedImages: RefusedImage[] } {
  const warnings: string[] = [];
  const refusedImages: RefusedImage[] = [];
  const body: Root = { type: 'root', children: structuredClone(tree.children) };
  removeAll(body, (el) => FURNITURE_TAGS.has(el.tagName));
  splitFigures(body);
  const titleHeading = findFirst(body, (el) => el.tagName === 'h1' && textOf(el) === options.title);
  removeAll(body, (el) => el === titleHeading || (headingRank(el) !== undefined && textOf(el) === ''));
  const furniture = new Set(options.furniture ?? []);
  if (furniture.size > 0) removeAll(body, (el) => el.tagName !== 'a' && furniture.has(textOf(el)));

  // Document order, parents and headings, to find the heading an in-page link is about.
  const order = new Map<Element, number>();
  const parents = new Map<Element, Parents>();
  const headings: Element[] = [];
  const targets = new Map<string, Element>();
  eachElement(body, (el, parent) => {
    order.set(el, order.size);
    parents.set(el, parent);
    if (headingRank(el)) headings.push(el);
    for (const key of [prop(el, 'id'), el.tagName === 'a' ? prop(el, 'name') : undefined]) {
      if (key && !targets.has(key)) targets.set(key, el);
    }
  });
  const within = (el: Element, ancestor: Element) => {
    for (let node: Parents | undefined = el; node && node.type === 'element'; node = parents.get(node)) if (node === ancestor) return true;
    return false;
  };
  // A target that is a heading, sits in one or wraps one means that heading; anything else means
  // the section it is in, i.e. the closest heading before it.
  const headingFor = (target: Element): number => {
    const own = headings.findIndex((heading) => within(target, heading) || within(heading, target));
    if (own !== -1) return own;
    const position = order.get(target) ?? -1;
    return headings.findLastIndex((heading) => (order.get(heading) ?? 0) < position);
  };
  const page = options.baseUrl?.replace(/#.*$/, '');
  const unlink = (el: Element, why: string) => {
    delete el.properties.href;
    warnings.push(`link "${textOf(el)}" kept as text: ${why}`);
  };

  for (const link of findAll(body, (el) => el.tagName === 'a' && prop(el, 'href') !== undefined)) {
    const href = (prop(link, 'href') ?? '').trim();
    const absolute = href.startsWith('#') ? undefined : absoluteUrl(href, options.baseUrl);
    const fragment = href.startsWith('#')
      ? href.slice(1)
      : absolute && page && absolute.startsWith(`${page}#`)
        ? absolute.slice(page.length + 1)
        : undefined;
    if (fragment !== undefined) {
      let id = fragment;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        // A malformed escape is looked up as written.
      }
      const target = targets.get(id);
      const index = target ? headingFor(target) : -1;
      if (index === -1) unlink(link, `nothing in the article has the id "${id}"`);
      else link.properties.href = headingPlaceholder(index);
    } else if (absolute === undefined) {
      unlink(link, `"${href}" is relative and the page's URL is unknown (pass --source-url)`);
    } else link.properties.href = absolute;
  }
  for (const image of findAll(body, (el) => el.tagName === 'img')) {
    const src = prop(image, 'src')?.trim();
    // The sanitiser drops a data: image without a word; it is listed with the images not stored.
    const refusal = src && /^data:/i.test(src) ? imageRefusal(src) : undefined;
    if (refusal) refusedImages.push({ url: refusal.shown, reason: refusal.reason });
    const relative = src !== undefined && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src);
    const absolute = src ? absoluteUrl(src, relative && options.imageBase ? options.imageBase : options.baseUrl) : undefined;
    image.properties.src = absolute;
    if (src && !absolute) {
      const alt = prop(image, 'alt');
      warnings.push(
        `image ${alt ? `"${alt}" ` : ''}(${src}) left out: its address is relative and the page's URL is unknown (pass --source-url)`,
      );
    }
  }
  return { body: sanitize(body, SCHEMA) as Root, headingCount: headings.length, warnings, refusedImages };
}
