/** Search index filters for tests: every facet empty, language English, unless given. */
import { ENTITY_KINDS, FILTER_OF_KIND } from '../../src/content/kinds.ts';
import type { FilterKey } from '../../src/search/build/fields.ts';

/** A filter record with one empty list per entity kind, as the article pages index them. */
export function emptyFilters(over: Partial<Record<FilterKey, string[]>> = {}): Record<FilterKey, string[]> {
  const none = Object.fromEntries(ENTITY_KINDS.map((kind) => [FILTER_OF_KIND[kind], [] as string[]]));
  return { ...none, year: [], month: [], language: ['en'], ...over } as Record<FilterKey, string[]>;
}
