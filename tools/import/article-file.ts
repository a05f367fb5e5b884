/**
 * Reader for inputs that already are articles: Markdown with YAML frontmatter, as this archive (or
 * Jekyll, Hugo, Astro) keeps them, whatever the file is called. Read as text they became an article
 * titled "---" whose description was the flattened YAML, and every such file had that same title.
 *
 * The frontmatter is found and parsed by the build's own reader (src/content/frontmatter.ts:
 * `splitFrontmatter`, the `yaml` package under YAML 1.2), then checked against the site's schema,
 * so what the importer accepts is what the build accepts. Its fields are kept; the command line
 * fills in only what it lacks, as for every other input (tools/import/article.ts).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { YAMLError } from 'yaml';
import { readPublicationDate } from '../../src/content/dates.ts';
import { parseFrontmatter, splitFrontmatter } from '../../src/content/frontmatter.ts';
import { articleFields } from '../../src/content/schema.ts';
import { normaliseDate } from './dates.ts';
import { eachImage } from './images.ts';
import { parseMarkdownBody, plainText } from './markdown.ts';
import { ImportError, type ParsedInput } from './types.ts';

/** Schema fields ParsedInput has no place for: they travel in its `fields`, written as they are. */
const EXTRA_FIELDS = new Set(['updated', 'slug', 'section', 'people', 'places', 'organisations', 'storyline', 'corrections']);

// An opening fence line: what makes a file look like an article even when its closing fence is missing.
const OPENING_FENCE = /^\uFEFF?---[ \t]*\r?\n/;

/**
 * Does `text` start with YAML frontmatter (or at least its opening `---` line)? Such a file is read
 * by `parseArticleFile`, whatever its extension: a `.txt` that opens with `---` is no headline.
 */
export function startsWithFrontmatter(text: string): boolean {
  return OPENING_FENCE.test(text);
}

/** A YAML parse error as one line: the parser's words and where, counted in lines of the whole file. */
function yamlProblem(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause as YAMLError | undefined;
  const message = (cause?.message ?? (error as Error).message).split('\n')[0] ?? '';
  const position = cause?.linePos?.[0];
  if (!position) return message;
  // The YAML starts on the file's second line, after the opening fence.
  return `${message.replace(/ at line \d+, column \d+:?$/, '')} (line ${position.line + 1}, column ${position.col} of the file)`;
}

/** A relative image path of the article, as a `file:` URL beside `file`, so it is copied like a saved page's images. */
function beside(src: string, file: string | undefined): string {
  // Web addresses, site paths (`/images/a.jpg`, a file under public/) and in-page anchors stay as written.
  if (!file || /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src)) return src;
  return pathToFileURL(path.resolve(path.dirname(file), decodeURI(src))).href;
}

/**
 * Reads an article file: frontmatter (checked against the site's schema, each problem naming its
 * field) and Markdown body. A date the schema would refuse but inputs are read with
 * (`2024-2-3`, `10 September 2022`, a time without zone in `timeZone`) is rewritten in the
 * schema's form, with a warning saying so. Without a `title`, a first-level heading that opens
 * the body is the headline.
 * @param text the decoded file (`\n` line endings).
 * @param options `timeZone` (IANA) for dates; `file`, the path it was read from, resolves relative images.
 * @returns what the reader found, `fields` holding the schema fields ParsedInput has no place for.
 * @throws ImportError for invalid YAML (the parser's message, line and column), a frontmatter that
 *   is no map, a field the schema refuses or does not know, or a missing headline.
 */
export function parseArticleFile(text: string, options: { timeZone: string; file?: string }): ParsedInput {
  if (splitFrontmatter(text).yaml === undefined)
    throw new ImportError(
      'the file opens with a "---" line but the frontmatter has no closing "---" line: end the YAML fields with a line of three hyphens, or remove the first line',
    );
  let data: Record<string, unknown>;
  let body: string;
  try {
    ({ data, body } = parseFrontmatter(text, 'the file'));
  } catch (error) {
    const yaml = (error as { cause?: unknown }).cause !== undefined;
    throw new ImportError(
      yaml
        ? `the frontmatter is not valid YAML: ${yamlProblem(error)}; nothing was imported: correct it (a value holding ": " or starting with a quote needs quotes) and import the file again`
        : `${(error as Error).message.replace(/^the file: /, '')}; nothing was imported`,
    );
  }
  const warnings: string[] = [];
  const fields = { ...data };
  for (const key of ['date', 'updated']) {
    const value = fields[key];
    if (typeof value !== 'string' || 'instant' in readPublicationDate(value, options.timeZone)) continue;
    const date = normaliseDate(value, options.timeZone);
    if (date === undefined) continue;
    fields[key] = date;
    warnings.push(`${key}: "${value}" read as ${date}`);
  }
  const schema = articleFields({ timeZone: options.timeZone });
  const checked = schema.partial().safeParse(fields);
  if (!checked.success) {
    const known = Object.keys(schema.shape).join(', ');
    const problems = checked.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: rename or remove it (an article's fields are ${known})`
        : `${issue.path.map(String).join('.')}: ${issue.message}`,
    );
    throw new ImportError(`the frontmatter is not a valid article: ${problems.join('; ')}; nothing was imported`);
  }

  const tree = parseMarkdownBody(body);
  eachImage(tree, (image) => {
    image.url = beside(image.url, options.file);
  });
  let title = typeof fields.title === 'string' ? fields.title : undefined;
  const first = tree.children[0];
  if (title === undefined && first?.type === 'heading' && first.depth === 1) {
    title = plainText(first);
    tree.children.shift();
  }
  if (title === undefined)
    throw new ImportError('the frontmatter has no title and the body opens with no "# Headline": add title: "…" to the frontmatter');

  const own = fields as Partial<Record<keyof ParsedInput, never>>;
  const image = fields.image as { src: string; alt: string; credit?: string } | undefined;
  const extra = Object.fromEntries(Object.entries(fields).filter(([key]) => EXTRA_FIELDS.has(key)));
  return {
    title,
    date: own.date,
    description: own.description,
    authors: own.authors ?? [],
    source: own.source,
    sourceUrl: own.sourceUrl,
    dateline: own.dateline,
    credit: own.credit,
    lang: own.lang,
    topics: own.topics,
    ...(own.draft ? { draft: true } : {}),
    ...(image ? { image: { ...image, src: beside(image.src, options.file) } } : {}),
    fields: extra,
    body: tree,
    warnings,
  };
}
