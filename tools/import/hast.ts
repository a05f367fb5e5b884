/**
 * Small helpers over HTML syntax trees (hast), so the readers need no selector engine.
 */
import type { Element, Nodes, Parents, Root } from 'hast';

/** Calls `visit` for every element in document order; returning `'skip'` leaves its children out. */
export function eachElement(tree: Nodes, visit: (element: Element, parent: Parents) => undefined | 'skip'): void {
  const walk = (node: Parents) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (visit(child, node) === 'skip') continue;
      walk(child);
    }
  };
  if (tree.type === 'element' || tree.type === 'root') walk(tree);
}

/** Every element matching `test`, in document order. */
export function findAll(tree: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  eachElement(tree, (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** The first element matching `test`, in document order. */
export function findFirst(tree: Nodes, test: (element: Element) => boolean): Element | undefined {
  return findAll(tree, test)[0];
}

/** Removes every element matching `test` (with its content) from the tree. */
export function removeAll(tree: Root | Element, test: (element: Element) => boolean): void {
  const prune = (node: Parents) => {
    node.children = node.children.filter((child) => child.type !== 'element' || !test(child)) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  prune(tree);
}

/** Text content of a node with whitespace collapsed, as a reader would see it. */
export function textOf(node: Nodes): string {
  const raw = (function collect(current: Nodes): string {
    if (current.type === 'text') return current.value;
    if (current.type === 'element' || current.type === 'root') return current.children.map(collect).join('');
    return '';
  })(node);
  return raw.replace(/\s+/g, ' ').trim();
}

/** A string property of an element (hast stores some attributes as lists, e.g. `rel`). */
export function prop(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null || value === false ? undefined : String(value);
}

/** Heading rank 1–6, or undefined for other elements. */
export function headingRank(element: Element): number | undefined {
  const match = /^h([1-6])$/.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
}
