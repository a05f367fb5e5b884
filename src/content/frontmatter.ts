/**
 * Frontmatter as the author wrote it. Parsed with the `yaml` package under YAML 1.2's core schema,
 * which has no timestamp type: `date: 2022-09-09T20:00:00-04:00` stays the text the author typed
 * instead of becoming a JavaScript `Date` (YAML 1.1, which Astro's own parser follows) from which
 * the original offset, and whether a time was given at all, can no longer be told.
 *
 * Both parts leave here without the code points XML and HTML forbid (src/content/text.ts): every
 * page, feed, sitemap, JSON-LD block and search record is made from them, so stripping once at
 * the input keeps every output clean, including ones added later.
 */
import { parse as parseYaml } from 'yaml';
import { stripForbidden } from './text.ts';

/** An opening `---` line, the YAML, a closing `---` line (CommonMark-compatible front matter, as Jekyll/Hugo). */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface MarkdownParts {
  /** The YAML between the fences, or undefined when the file has no frontmatter. */
  yaml: string | undefined;
  /** Everything after the closing fence, byte for byte (not trimmed: leading indentation is Markdown). */
  body: string;
}

/** Splits a Markdown file into its frontmatter text and body (forbidden code points removed). */
export function splitFrontmatter(source: string): MarkdownParts {
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: undefined, body: stripForbidden(source.replace(/^\uFEFF/, '')) };
  return { yaml: match[1] ?? '', body: stripForbidden(source.slice(match[0].length)) };
}

/** Every string inside parsed YAML with forbidden code points removed (YAML escapes like "\u0008" decode to them). */
function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return stripForbidden(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)]));
  return value;
}

/**
 * Parses a file's frontmatter into plain data (strings, numbers, booleans, null, lists, maps).
 * Returns an empty object for a file without frontmatter.
 * @throws Error naming `file` when the YAML is invalid or is not a map of fields.
 */
export function parseFrontmatter(source: string, file: string): { data: Record<string, unknown>; body: string } {
  const { yaml, body } = splitFrontmatter(source);
  if (yaml === undefined || yaml.trim() === '') return { data: {}, body };
  let data: unknown;
  try {
    data = parseYaml(yaml, { version: '1.2', schema: 'core', prettyErrors: true });
  } catch (error) {
    // The YAML error stays attached (`cause`: its `linePos` says where) for callers that report it their own way.
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the frontmatter must be fields like "title: …", one per line`);
  }
  return { data: cleanStrings(data) as Record<string, unknown>, body };
}
