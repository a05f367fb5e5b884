/**
 * The archive by subject: for each kind (topics, people, places…) every name, its stable slug and
 * the articles that mention it. Names that differ only in case are one entity; two different
 * names that would share a slug stop the build with an error naming both.
 */
import { ENTITY_KINDS, type EntityKind, type KindFields, namesOf } from '../content/kinds.ts';
import { slugify, withoutWordHints } from '../content/slug.ts';

export interface EntitySource {
  filePath: string;
  data: KindFields;
}

export interface Entity {
  kind: EntityKind;
  slug: string;
  /** The spelling first met in the (newest-first) article list. */
  name: string;
  /** Indexes into the article list, in its order (newest first). */
  articles: number[];
}

export type EntityIndex = Record<EntityKind, Map<string, Entity>>;

export class EntitySlugCollisionError extends Error {
  /** `kind` is the URL segment: an entity kind, or `storylines`. */
  constructor(
    kind: EntityKind | 'storylines',
    slug: string,
    first: { name: string; file: string },
    second: { name: string; file: string },
  ) {
    super(
      `Two ${kind} would share the address ${kind}/${slug}/: "${first.name}" (in ${first.file}) and "${second.name}" (in ${second.file}). ` +
        'Spell the name the same way in both articles, or make the names differ in letters rather than accents or punctuation.',
    );
    this.name = 'EntitySlugCollisionError';
  }
}

/**
 * A name as shown: without invisible break hints (`withoutWordHints`), each run of white space
 * (tabs, no-break spaces, line breaks) one space, none at either end. Storyline names too.
 * @example displayName(' Brexit\u00A0 talks\n') // 'Brexit talks'
 */
export const displayName = (name: string) => withoutWordHints(name).replace(/\s+/g, ' ').trim();
/** What two spellings of one name share: the same letters whatever the case, the invisible hints and the spaces. */
export const sameSpelling = (name: string) => displayName(name).toLowerCase();

/**
 * Builds every kind's entities in one pass over the articles.
 * @example buildEntityIndex(articles).people.get('michelle-bachelet') // { name: 'Michelle Bachelet', articles: [0, 4], … }
 */
export function buildEntityIndex(articles: readonly EntitySource[]): EntityIndex {
  const index = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, new Map<string, Entity>()])) as EntityIndex;
  const firstFile = new Map<Entity, string>();
  articles.forEach((article, articleIndex) => {
    for (const kind of ENTITY_KINDS) {
      for (const name of namesOf(article.data, kind)) {
        const slug = slugify(name);
        let entity = index[kind].get(slug);
        if (!entity) {
          // Shown as written, without invisible hints and with single spaces.
          entity = { kind, slug, name: displayName(name), articles: [] };
          index[kind].set(slug, entity);
          firstFile.set(entity, article.filePath);
        } else if (entity.name !== name && sameSpelling(entity.name) !== sameSpelling(name)) {
          throw new EntitySlugCollisionError(
            kind,
            slug,
            { name: entity.name, file: firstFile.get(entity) ?? '' },
            { name, file: article.filePath },
          );
        }
        // An article naming the same entity twice still counts once.
        if (entity.articles.at(-1) !== articleIndex) entity.articles.push(articleIndex);
      }
    }
  });
  return index;
}

/**
 * Each article's entity keys (`kind:slug`) for the given kinds, read back from the index so no
 * name is slugged twice. Used to find related articles.
 */
export function articleKeys(index: EntityIndex, articleCount: number, kinds: readonly EntityKind[]): string[][] {
  const keys = Array.from({ length: articleCount }, (): string[] => []);
  for (const kind of kinds) {
    for (const entity of index[kind].values()) for (const article of entity.articles) keys[article]?.push(`${kind}:${entity.slug}`);
  }
  return keys;
}

/**
 * Hangul's leading consonants (choseong, U+1100–U+1112, which Unicode's NFKD decomposition of a
 * syllable starts with) as the compatibility letters a Korean index shows (ㄱ ㄲ ㄴ …, U+3131…).
 */
const HANGUL_INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/**
 * The heading letter a name is filed under in an A–Z index: its first letter, accents and other
 * marks removed (Unicode NFKD), in capitals where the script has them, in any alphabet or
 * syllabary: "Île" under I, "Сергей" under С, "أحمد" under ا, "김" under ㄱ, "さくら" under さ.
 * `#` for a name that starts with no letter (a digit, a sign) or with a Han character, which has no
 * letters to file under. Before, every name outside the Latin alphabet went under "Other", so an
 * Arabic or Russian archive's authors were one group.
 * @example letterOf('Île-de-France') // 'I'
 * @example letterOf('王毅') // '#'
 */
export function letterOf(name: string): string {
  const first = [...name.trim().normalize('NFKD').replace(/\p{M}/gu, '')][0] ?? '';
  const code = first.codePointAt(0) ?? 0;
  if (code >= 0x1100 && code <= 0x1112) return HANGUL_INITIALS[code - 0x1100]!;
  if (!/\p{L}/u.test(first) || /\p{Script=Han}/u.test(first)) return '#';
  return first.toUpperCase();
}

/** Whether a heading letter is one of the Latin alphabet's A–Z, which an index always shows in full. */
export const isLatinLetter = (letter: string) => /^[A-Z]$/.test(letter);

export interface LetterGroup {
  letter: string;
  entities: Entity[];
}

/**
 * Entities sorted by the name they are filed under (`filedAs`, by default the name as written;
 * src/outputs/citation-names.ts `filingName` for people) and grouped by its letter (`letterOf`),
 * the letters in the order of the site language's collation (Intl.Collator: a Russian site lists Cyrillic before Latin, an English
 * one Latin first), then `#`.
 */
export function alphabetical(
  entities: Iterable<Entity>,
  locale: string,
  filedAs: (name: string) => string = (name) => name,
): LetterGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const groups = new Map<string, Entity[]>();
  const filed = [...entities].map((entity) => ({ entity, key: filedAs(entity.name) }));
  filed.sort(
    (a, b) =>
      collator.compare(a.key, b.key) || collator.compare(a.entity.name, b.entity.name) || a.entity.slug.localeCompare(b.entity.slug),
  );
  for (const { entity, key } of filed) {
    const letter = letterOf(key);
    groups.get(letter)?.push(entity) ?? groups.set(letter, [entity]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : collator.compare(a, b)))
    .map(([letter, list]) => ({ letter, entities: list }));
}
