/**
 * What the archive already holds, read from the frontmatter of its Markdown files, so that a
 * second import of the same story is recognised (same headline and day, or same source URL).
 */
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { calendarParts, parsePublicationDate } from '../../src/content/dates.ts';
import { parseFrontmatter } from '../../src/content/frontmatter.ts';
import type { EntityKind } from '../../src/content/kinds.ts';
import { namesInFrontmatter } from './entity-names.ts';

export interface ArchivedArticle {
  /** Path relative to the content folder, with `/` separators. */
  path: string;
  /** Identity keys: normalised title plus day, and normalised source URL. */
  titleDay?: string;
  sourceUrl?: string;
  /** The names it files under each kind, so imported names can take the archive's spelling. */
  names?: Record<EntityKind, string[]>;
}

/**
 * The key two articles share when they have the same headline on the same day in `timeZone`.
 * `date` is the frontmatter text (read by the schema's rules) or the instant the schema made of it.
 */
export function titleDayKey(title: unknown, date: unknown, timeZone: string): string | undefined {
  if (typeof title !== 'string') return undefined;
  const parsed = date instanceof Date ? date : typeof date === 'string' ? parsePublicationDate(date, timeZone) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) return undefined;
  const { year, month, day } = calendarParts(parsed, timeZone);
  return `${title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}|${year}-${month}-${day}`;
}

/** A URL compared without its fragment, trailing slash or letter case of the host. */
export function sourceUrlKey(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** Frontmatter of a Markdown file, or undefined when it has none or it is not valid YAML. */
export function readFrontmatter(markdown: string): Record<string, unknown> | undefined {
  try {
    const { data } = parseFrontmatter(markdown, 'archive file');
    return Object.keys(data).length > 0 ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Reads every `**\/*.md` under the content folder (missing folder: an empty archive). */
export async function scanArchive(contentDir: string, timeZone: string): Promise<ArchivedArticle[]> {
  const articles: ArchivedArticle[] = [];
  let files: string[];
  try {
    files = await Array.fromAsync(glob('**/*.md', { cwd: contentDir }));
  } catch {
    return articles;
  }
  for (const file of files.sort()) {
    const data = readFrontmatter(await readFile(path.join(contentDir, file), 'utf8').catch(() => ''));
    articles.push({
      path: file.split(path.sep).join('/'),
      titleDay: titleDayKey(data?.title, data?.date, timeZone),
      sourceUrl: sourceUrlKey(data?.sourceUrl),
      names: namesInFrontmatter(data),
    });
  }
  return articles;
}

/** The archived article this one duplicates, if any. */
export function findDuplicate(archive: ArchivedArticle[], article: Omit<ArchivedArticle, 'path'>): ArchivedArticle | undefined {
  return archive.find(
    (existing) =>
      (article.titleDay !== undefined && existing.titleDay === article.titleDay) ||
      (article.sourceUrl !== undefined && existing.sourceUrl === article.sourceUrl),
  );
}
