/** Builds the fixture archives once before the site suites run. */
import { join } from 'node:path';
import { ensureCorpus } from '../../tools/corpus/ensure.ts';
import { buildSite, corpusBuild, CORPUS_ARTICLES, CORPUS_SEED, demoBuild, fixtureBuilds, localeBuilds, ROOT } from './site.ts';
import { SHARD_CORPUS, searchCorpusBuilds, shardComparisonBuilds } from './search-corpus.ts';

export default async function setup(): Promise<void> {
  await ensureCorpus(join(ROOT, corpusBuild.contentDir), { count: CORPUS_ARTICLES, seed: CORPUS_SEED });
  await ensureCorpus(join(ROOT, shardComparisonBuilds.single.contentDir), SHARD_CORPUS);
  const builds = new Map(
    [
      ...Object.values(fixtureBuilds),
      ...Object.values(localeBuilds),
      corpusBuild,
      demoBuild,
      ...Object.values(searchCorpusBuilds),
      ...Object.values(shardComparisonBuilds),
    ].map((build) => [build.name, build]),
  );
  for (const options of builds.values()) {
    const result = await buildSite(options);
    if (result.code !== 0) throw new Error(`Building ${options.name} failed:\n${result.output}`);
  }
}
