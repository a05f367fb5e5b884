/** Parses built pages for assertions that string matching would make brittle. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';

export function parseHtml(html: string): Root {
  return fromHtml(html);
}

export function $(tree: Root | Element, selector: string): Element | undefined {
  return select(selector, tree);
}

export function $$(tree: Root | Element, selector: string): Element[] {
  return selectAll(selector, tree);
}

export function text(node: Element | undefined): string {
  return node ? textOf(node).trim() : '';
}

/** The page's JSON-LD object. */
export function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  if (!match) throw new Error('no JSON-LD on the page');
  return JSON.parse(match[1]!) as Record<string, unknown>;
}
