/**
 * A generated archive of 300 articles (fixed seed) for the search tests: enough people, years and
 * sources for filters, counts and date order to mean something.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateCorpus } from '../../src/lib/corpus/index.ts';
import { ROOT, type BuildOptions } from './site.ts';

export const SEARCH_CORPUS = { count: 300, seed: 7 } as const;
export const SEARCH_CORPUS_DIR = '.tmp/search-corpus';

export const searchCorpusBuilds = {
  root: { name: 'search-corpus', contentDir: SEARCH_CORPUS_DIR, basePath: '/' },
  sub: { name: 'search-corpus-sub', contentDir: SEARCH_CORPUS_DIR, basePath: '/archive/' },
} satisfies Record<string, BuildOptions>;

/** Writes the corpus's Markdown files, replacing any earlier copy. */
export async function writeSearchCorpus(): Promise<void> {
  const dir = join(ROOT, SEARCH_CORPUS_DIR);
  await rm(dir, { recursive: true, force: true });
  for (const article of generateCorpus({ ...SEARCH_CORPUS })) {
    const file = join(dir, article.relativePath);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, article.markdown);
  }
}
