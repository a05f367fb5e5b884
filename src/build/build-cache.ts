/**
 * Values a build derives from one article and keeps for the next build: an article's word count
 * and language verdict, its reference files. At 10,000 articles these took about 8 s of the
 * rendering thread on every build (CPU profile of `npm run bench -- --articles 10000`), for values
 * that only change when the article or the code that makes them changes.
 *
 * A cache is valid for one "code version": a hash of the source folders whose code makes the
 * values and of the lockfile (`codeVersion`), so editing that code or updating a dependency starts
 * every cache afresh, with no version number to remember to raise. Entries live in Astro's cache
 * folder (ASTRO_CACHE_DIR, default .astro/cache), one JSON file per cache, and only the entries a
 * build used are written back when its process exits, so removed articles do not pile up.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Folders (under the project root) whose code makes the cached values: the schema, dates and
 * language detection (src/content), the Markdown body and word counts (src/markdown), the CSL
 * item (src/archive) and the reference files (src/outputs).
 */
export const DERIVING_CODE = ['src/content', 'src/markdown', 'src/archive', 'src/outputs', 'package-lock.json'];

/**
 * A hash (base64url SHA-256) of every file under `paths` (folders are read recursively, in sorted
 * order, names included), relative to `root`. Undefined when any of them cannot be read: a build
 * run away from its sources then derives everything afresh rather than trust an old value.
 */
export function codeVersion(root: string, paths: readonly string[] = DERIVING_CODE): string | undefined {
  const hash = createHash('sha256');
  const add = (relative: string) => {
    const full = join(root, relative);
    let names: string[] | undefined;
    try {
      names = readdirSync(full).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
    }
    if (names === undefined) {
      hash.update(`${relative}\0`).update(readFileSync(full)).update('\0');
      return;
    }
    for (const name of names) add(join(relative, name));
  };
  try {
    for (const path of paths) add(path);
  } catch {
    return undefined;
  }
  return hash.digest('base64url');
}

/** A hash (base64url SHA-1) of the parts of a cache key, e.g. an article's language and its text. */
export function cacheKey(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

let version: string | null | undefined;
/** The code version of this build's project (the process's working folder, where Astro runs); computed once. */
function buildCodeVersion(): string | undefined {
  if (version === undefined) version = codeVersion(process.cwd()) ?? null;
  return version ?? undefined;
}

/** A value cache kept between builds; see the module's comment. */
export interface BuildCache<T> {
  /** The value stored under `key`, made by `make` (and kept) when there is none. */
  get(key: string, make: () => T): T;
}

/**
 * The cache `name` (`<ASTRO_CACHE_DIR>/<name>.json`), read on first use. Without a code version
 * (see `codeVersion`) it keeps nothing and `get` always calls `make`.
 */
export function buildCache<T>(name: string): BuildCache<T> {
  let stored: Map<string, T> | undefined;
  const used = new Map<string, T>();
  const file = join(process.env.ASTRO_CACHE_DIR ?? '.astro/cache', `${name}.json`);
  const load = (current: string): Map<string, T> => {
    process.once('exit', () => save(current));
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; entries?: Record<string, T> };
      if (data.version === current && data.entries) return new Map(Object.entries(data.entries));
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
    return new Map();
  };
  const save = (current: string) => {
    if (used.size === 0) return;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ version: current, entries: Object.fromEntries(used) }));
    } catch (error) {
      console.warn(`[news-archive:cache] could not save ${file}: ${String(error)}`);
    }
  };
  return {
    get(key, make) {
      const current = buildCodeVersion();
      if (current === undefined) return make();
      stored ??= load(current);
      // `has`, not `??`: null is a value (an article with no language warning).
      const value = used.has(key) ? (used.get(key) as T) : stored.has(key) ? (stored.get(key) as T) : make();
      used.set(key, value);
      return value;
    },
  };
}
