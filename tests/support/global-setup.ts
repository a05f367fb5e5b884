/** Builds the fixture archives once before the site suites run. */
import { join } from 'node:path';
import { ensureCorpus } from '../../src/lib/corpus/ensure.ts';
import { buildSite, corpusBuild, CORPUS_ARTICLES, CORPUS_SEED, fixtureBuilds, ROOT } from './site.ts';

export default async function setup(): Promise<void> {
  await ensureCorpus(join(ROOT, corpusBuild.contentDir), { count: CORPUS_ARTICLES, seed: CORPUS_SEED });
  for (const options of [...Object.values(fixtureBuilds), corpusBuild]) {
    const result = await buildSite(options);
    if (result.code !== 0) throw new Error(`Building ${options.name} failed:\n${result.output}`);
  }
}
