/**
 * The demo archive from real news: turns a Wikinews article file of the shared corpus (already in
 * our article format, see examples/wikinews/NOTICE) into the demo's file by adding the people,
 * places and organisations the importer suggests from its headline and body. The body is kept
 * byte for byte; only the frontmatter is rewritten, in the importer's field order. Pure: the CLI
 * (scripts/examples-wikinews.ts) reads and writes the files.
 */
import { createArticleSchema } from '../../src/content/schema.ts';
import { articleFileEntityText } from '../import/article.ts';
import { suggestEntities } from '../import/entities.ts';
import { ArchiveNames } from '../import/entity-names.ts';
import { FIELD_ORDER, type Frontmatter, frontmatterYaml, parseArticle } from '../import/markdown.ts';

/** At most this many suggestions of each kind, most mentioned first, so a facet is not a word list. */
export const MAX_PER_KIND = 8;

// A frontmatter block: "---", the YAML, "---", then the body (CommonMark front matter convention).
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/**
 * The demo file for one corpus article: same body, with suggested people, places and organisations
 * (at most MAX_PER_KIND each) after any the file already had. Pass one `names` register for a whole
 * archive so every name is spelled as in the articles before it (the importer's own rule,
 * tools/import/entity-names.ts: two spellings of one address would stop the build).
 * Throws when the file has no frontmatter or the result does not validate against the article schema.
 * @example enrichArticle('---\ntitle: "Macron visits Paris"\ndate: "2019-04-16"\n---\n\nText.\n').includes('Emmanuel') // false
 */
export function enrichArticle(markdown: string, names: ArchiveNames = new ArchiveNames(), timeZone = 'UTC'): string {
  const head = FRONTMATTER.exec(markdown);
  if (!head) throw new Error('no frontmatter block at the start of the file');
  const { frontmatter } = parseArticle(markdown);
  const data = (frontmatter ?? {}) as Record<string, unknown>;
  const unknownFields = Object.keys(data).filter((key) => !(FIELD_ORDER as readonly string[]).includes(key));
  if (unknownFields.length) throw new Error(`fields the demo does not carry over: ${unknownFields.join(', ')}`);
  const found = suggestEntities(articleFileEntityText(markdown));
  const out: Frontmatter = {};
  for (const key of FIELD_ORDER) {
    const value = data[key];
    if (typeof value === 'string' || Array.isArray(value)) out[key] = value as string | string[];
  }
  const given = (value: unknown) => (Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : []);
  const settled = Object.fromEntries(
    (['people', 'places', 'organisations'] as const).map((kind) => [
      kind,
      names.settle(kind, [...given(data[kind]), ...found[kind].slice(0, MAX_PER_KIND)]),
    ]),
  ) as Record<'people' | 'places' | 'organisations', string[]>;
  Object.assign(out, settled);
  names.add(settled);
  const yaml = frontmatterYaml(out);
  const file = `---\n${yaml}\n---\n${markdown.slice(head[0].length)}`;
  const result = createArticleSchema({ timeZone }).safeParse(parseArticle(file).frontmatter);
  if (!result.success) throw new Error(`not a valid article: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
  return file;
}
