/** Builds the fixture archives once before the site suites run. */
import { join } from 'node:path';
import { ensureCorpus } from '../../tools/corpus/ensure.ts';
import { buildSite, corpusBuild, CORPUS_ARTICLES, CORPUS_SEED, demoBuild, fixtureBuilds, ROOT } from './site.ts';
import { searchCorpusBuilds, shardedSearchBuild } from './search-corpus.ts';

export default async function setup(): Promise<void> {
  await ensureCorpus(join(ROOT, corpusBuild.contentDir), { count: CORPUS_ARTICLES, seed: CORPUS_SEED });
  const builds = new Map(
    [...Object.values(fixtureBuilds), corpusBuild, demoBuild, ...Object.values(searchCorpusBuilds), shardedSearchBuild].map((build) => [
      build.name,
      build,
    ]),
  );
  for (const options of builds.values()) {
    const result = await buildSite(options);
    if (result.code !== 0) throw new Error(`Building ${options.name} failed:\n${result.output}`);
  }
}
