/**
 * Formatted citations kept between builds. citeproc takes a few milliseconds per article for the
 * three styles (docs/benchmarks.md), so 10,000 articles would spend half a minute formatting text
 * that is the same as last time; this cache keeps each article's three references under a hash of
 * its CSL-JSON item and CSL locale in Astro's cache folder (ASTRO_CACHE_DIR, default .astro/cache) and writes back, when the build
 * process exits, only the entries this build used. A new citation-js or style version starts it
 * afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CitationStyleKey, CslItem } from '../outputs/citation.ts';
import { CITATION_ENGINE_VERSION, formatCitations } from '../outputs/citation-engine.ts';
import { type CitationPool, startCitationPool } from './citation-pool.ts';

type Formatted = Record<CitationStyleKey, string>;

const version = createHash('sha256').update(CITATION_ENGINE_VERSION).digest('base64url');
const file = join(process.env.ASTRO_CACHE_DIR ?? '.astro/cache', 'citations.json');
let stored: Map<string, Formatted> | undefined;
const used = new Map<string, Formatted>();

function load(): Map<string, Formatted> {
  process.once('exit', save);
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; entries?: Record<string, Formatted> };
    if (data.version === version && data.entries) return new Map(Object.entries(data.entries));
  } catch {
    // No cache yet, or an unreadable one: start afresh; the build formats everything.
  }
  return new Map();
}

function save(): void {
  if (used.size === 0) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ version, entries: Object.fromEntries(used) }));
  } catch (error) {
    console.warn(`[news-archive:citations] could not save the citation cache to ${file}: ${String(error)}`);
  }
}

const keyOf = (item: CslItem, locale: string) =>
  createHash('sha256')
    .update(JSON.stringify([item, locale]))
    .digest('base64url');

let pool: CitationPool | undefined;

/**
 * Starts formatting, on a worker thread (src/build/citation-pool.ts), the references of every item
 * the cache does not hold, in the order `items()` lists them: the order the build renders the
 * articles. Only the first call does anything (and only it calls `items`, since every article page
 * calls this); without it, `citationsFor` formats on the main thread.
 */
export function prefetchCitations(items: () => readonly CslItem[], locale: string): void {
  if (pool) return;
  stored ??= load();
  const cache = stored;
  const missing = items()
    .map((item) => ({ key: keyOf(item, locale), item }))
    .filter(({ key }) => !cache.has(key));
  // A warm build finds everything cached: no worker to start.
  pool = missing.length > 0 ? startCitationPool(missing, locale) : { take: () => undefined };
}

/**
 * The item's APA, MLA and Chicago references in a CSL locale (`citationLocale`): from the cache
 * when the item and locale are unchanged, else from the worker `prefetchCitations` started, else
 * formatted here.
 */
export async function citationsFor(item: CslItem, locale: string): Promise<Formatted> {
  stored ??= load();
  const key = keyOf(item, locale);
  const formatted = stored.get(key) ?? (await pool?.take(key)) ?? formatCitations(item, locale);
  used.set(key, formatted);
  return formatted;
}
