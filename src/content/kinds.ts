/**
 * The kinds of subject an article is filed under, and everything named after them: URL segment,
 * the frontmatter field each is read from and the search filter it becomes.
 * Every other module takes these names from here.
 */
import type { ArticleData } from './schema.ts';

/** Entity kinds, in the order the archive lists them; each is also its URL segment (`/people/`). */
export const ENTITY_KINDS = ['topics', 'people', 'places', 'organisations', 'sections', 'sources', 'authors'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The kinds that say what an article is about (not where it came from): related articles and the article's subject links use these. */
export const SUBJECT_KINDS = ['topics', 'people', 'places', 'organisations'] as const satisfies readonly EntityKind[];
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/**
 * The kinds whose names are people's (bylines may also be agencies): their A–Z files a person by
 * family name ("Michelle Bachelet" under B), as library catalogues and newspapers' contributor
 * indexes do (AACR2/RDA name headings; the Guardian's contributors A–Z).
 */
export const PERSON_KINDS: ReadonlySet<EntityKind> = new Set(['people', 'authors']);

/** The search index's filter name for each kind: one value of it, hence singular (`?person=`). */
export const FILTER_OF_KIND = {
  topics: 'topic',
  people: 'person',
  places: 'place',
  organisations: 'organisation',
  sections: 'section',
  sources: 'source',
  authors: 'author',
} as const satisfies Record<EntityKind, string>;
export type KindFilter = (typeof FILTER_OF_KIND)[EntityKind];

/** The kind a search filter name stands for. */
export const KIND_OF_FILTER = Object.fromEntries(Object.entries(FILTER_OF_KIND).map(([kind, filter]) => [filter, kind])) as Record<
  KindFilter,
  EntityKind
>;

/** Just the fields kinds are read from. */
export type KindFields = Pick<ArticleData, 'topics' | 'people' | 'places' | 'organisations' | 'section' | 'source' | 'authors'>;

/**
 * The names an article lists under `kind`: the list fields as they are, `section` and `source` as
 * a list of at most one.
 * @example namesOf({ ...data, section: 'World' }, 'sections') // ['World']
 */
export function namesOf(data: KindFields, kind: EntityKind): readonly string[] {
  if (kind === 'sections') return data.section ? [data.section] : [];
  if (kind === 'sources') return data.source ? [data.source] : [];
  // Bylines are an entity kind like people, so authors share slugs, collisions and the base path.
  return data[kind];
}
