/**
 * One spelling per subject page. The build files every name under `/<kind>/<slug>/` and stops
 * when two different spellings share a slug (src/archive/entities.ts), so "Río" suggested for
 * one article and "Rio" already in another would break the archive. The importer keeps a register
 * of the names the archive already uses, kind by kind and slug by slug, and writes each new name
 * the way the archive first spelled it. Slugs come from src/content/slug.ts, the build's own
 * function, so the importer and the build can never disagree about what is the same address.
 */
import { ENTITY_KINDS, type EntityKind, type KindFields, namesOf } from '../../src/content/kinds.ts';
import { slugify } from '../../src/content/slug.ts';

/** The frontmatter field each kind is written to, and whether it holds one name or a list. */
const FIELDS: Record<EntityKind, { field: keyof KindFields; single: boolean }> = {
  topics: { field: 'topics', single: false },
  people: { field: 'people', single: false },
  places: { field: 'places', single: false },
  organisations: { field: 'organisations', single: false },
  sections: { field: 'section', single: true },
  sources: { field: 'source', single: true },
  authors: { field: 'authors', single: false },
};

/**
 * The names a raw frontmatter object lists under every kind, trimmed as the schema trims them;
 * values of the wrong type are ignored (the build reports those itself).
 * @example namesInFrontmatter({ places: ['Rio '], section: 'World' }).places // ['Rio']
 */
export function namesInFrontmatter(data: Record<string, unknown> | undefined): Record<EntityKind, string[]> {
  const strings = (value: unknown) =>
    (Array.isArray(value) ? value : [value])
      .filter((name): name is string => typeof name === 'string')
      .map((name) => name.trim())
      .filter(Boolean);
  const fields = Object.fromEntries(
    ENTITY_KINDS.map((kind) => {
      const { field, single } = FIELDS[kind];
      const names = strings(data?.[field]);
      return [field, single ? names[0] : names];
    }),
  ) as unknown as KindFields;
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, [...namesOf(fields, kind)]])) as Record<EntityKind, string[]>;
}

/** Every name the archive uses, by kind and slug, in the spelling met first. */
export class ArchiveNames {
  readonly #spellings = new Map<string, string>();

  /** Records the names of an article that is (or is about to be) in the archive; a slug's first spelling wins. */
  add(names: Partial<Record<EntityKind, readonly string[]>>): void {
    for (const kind of ENTITY_KINDS)
      for (const name of names[kind] ?? []) {
        const key = `${kind}:${slugify(name)}`;
        if (!this.#spellings.has(key)) this.#spellings.set(key, name);
      }
  }

  /**
   * `names` of one kind spelled as the archive spells them: a name whose slug the archive already
   * uses for that kind takes the archive's spelling, and a later name with the slug of an earlier
   * one in the list is dropped, so the list never holds two spellings of one address.
   * @example names.settle('places', ['Río']) // ['Rio'] when an article already lists "Rio"
   */
  settle(kind: EntityKind, names: readonly string[]): string[] {
    const settled: string[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      const slug = slugify(name);
      if (seen.has(slug)) continue;
      seen.add(slug);
      settled.push(this.#spellings.get(`${kind}:${slug}`) ?? name);
    }
    return settled;
  }

  /**
   * The frontmatter fields of every kind settled against the archive (see `settle`); fields that
   * are absent stay absent. Returns a new object; `frontmatter` is not changed.
   */
  settleFrontmatter<T extends Record<string, unknown>>(frontmatter: T): T {
    const settled: Record<string, unknown> = { ...frontmatter };
    for (const kind of ENTITY_KINDS) {
      const { field, single } = FIELDS[kind];
      const value = settled[field];
      if (single && typeof value === 'string') settled[field] = this.settle(kind, [value.trim()])[0];
      else if (!single && Array.isArray(value))
        settled[field] = this.settle(
          kind,
          value.filter((name): name is string => typeof name === 'string').map((name) => name.trim()),
        );
    }
    return settled as T;
  }
}
