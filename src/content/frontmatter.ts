/**
 * Frontmatter as the author wrote it. Parsed with the `yaml` package under YAML 1.2's core schema,
 * which has no timestamp type: `date: 2022-09-09T20:00:00-04:00` stays the text the author typed
 * instead of becoming a JavaScript `Date` (YAML 1.1, which Astro's own parser follows) from which
 * the original offset, and whether a time was given at all, can no longer be told.
 */
import { parse as parseYaml } from 'yaml';

/** An opening `---` line, the YAML, a closing `---` line (CommonMark-compatible front matter, as Jekyll/Hugo). */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface MarkdownParts {
  /** The YAML between the fences, or undefined when the file has no frontmatter. */
  yaml: string | undefined;
  /** Everything after the closing fence, byte for byte (not trimmed: leading indentation is Markdown). */
  body: string;
}

/** Splits a Markdown file into its frontmatter text and body. */
export function splitFrontmatter(source: string): MarkdownParts {
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: undefined, body: source.replace(/^\uFEFF/, '') };
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
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
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the frontmatter must be fields like "title: …", one per line`);
  }
  return { data: data as Record<string, unknown>, body };
}
