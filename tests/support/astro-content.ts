/**
 * Stands in for Astro's `astro:content` virtual module in unit tests (aliased in
 * vitest.config.ts), so the modules that read the collection run without a build. A test puts
 * its entries in with `setEntries` and re-imports the module under test after `vi.resetModules()`.
 */
import type { SourceEntry } from '../../src/archive/catalog.ts';

let entries: SourceEntry[] = [];

/** The entries the next `getCollection('articles')` returns. */
export function setEntries(next: SourceEntry[]): void {
  entries = next;
}

/** Astro's `getCollection`, over the entries set by the test. */
export async function getCollection(name: string): Promise<SourceEntry[]> {
  if (name !== 'articles') throw new Error(`no collection ${name} in the test double`);
  return entries;
}
