/**
 * What the search index knows about an article besides its words: the facets it can be filtered
 * by, the metadata shown in a result and its sort key. Pure, so the index shape is unit-tested.
 */
import type { ArticleData } from '../../content/schema.ts';
import type { CalendarParts } from '../../content/dates.ts';
import { ENTITY_KINDS, FILTER_OF_KIND, namesOf, type KindFilter } from '../../content/kinds.ts';

/** Filter names in the index: one per entity kind, plus `year`, `month` (`YYYY-MM`) and `language` (the article's BCP 47 tag). */
export type FilterKey = KindFilter | 'year' | 'month' | 'language';

export interface SearchFields {
  filters: Record<FilterKey, string[]>;
  /** Result metadata besides the title (Pagefind reads that from the headline); `date` is a UTC ISO instant. */
  meta: { date: string; standfirst?: string; image?: string; image_alt?: string; source?: string };
  /** Sort keys: `date` is a UTC ISO instant, so text order is time order. */
  sort: { date: string };
}

/**
 * The index fields of one article.
 * @example searchFields(data, { year: '2022', month: '09', day: '10' }, 'en').filters.month // ['2022-09']
 */
export function searchFields(data: ArticleData, day: CalendarParts, siteLang: string): SearchFields {
  const instant = data.date.toISOString();
  const meta: SearchFields['meta'] = { date: instant };
  if (data.description) meta.standfirst = data.description;
  if (data.source) meta.source = data.source;
  if (data.image) {
    meta.image = data.image.src;
    meta.image_alt = data.image.alt;
  }
  return {
    filters: {
      ...(Object.fromEntries(ENTITY_KINDS.map((kind) => [FILTER_OF_KIND[kind], [...new Set(namesOf(data, kind))]])) as Record<
        KindFilter,
        string[]
      >),
      year: [day.year],
      month: [`${day.year}-${day.month}`],
      language: [data.lang ?? siteLang],
    },
    meta,
    sort: { date: instant },
  };
}
