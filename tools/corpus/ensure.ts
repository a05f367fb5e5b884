/**
 * Writes a generated corpus to a folder once and reuses it: a `.corpus.json` marker records the
 * article count and seed, so a second call with the same ones does nothing. Used by `npm run demo`
 * and the test fixtures.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateCorpus } from './generate.ts';

const MARKER = '.corpus.json';

/** Makes `dir` hold exactly the corpus of `count` articles for `seed`; returns whether it wrote. */
export async function ensureCorpus(dir: string, options: { count: number; seed: number }): Promise<boolean> {
  const wanted = JSON.stringify({ count: options.count, seed: options.seed });
  const existing = await readFile(join(dir, MARKER), 'utf8').catch(() => undefined);
  if (existing === wanted) return false;
  // Only a folder this function made (it has the marker) is ever emptied; anything else must be new or empty.
  if (existing !== undefined) await rm(dir, { recursive: true, force: true });
  else if ((await readdir(dir).catch(() => [])).length > 0) {
    throw new Error(`${dir} already holds files that were not generated here; remove it or choose another folder.`);
  }
  const folders = new Set<string>();
  const pending: Promise<void>[] = [];
  for (const article of generateCorpus(options)) {
    const file = join(dir, article.relativePath);
    const folder = dirname(file);
    if (!folders.has(folder)) {
      folders.add(folder);
      await mkdir(folder, { recursive: true });
    }
    pending.push(writeFile(file, article.markdown));
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, MARKER), wanted);
  return true;
}
