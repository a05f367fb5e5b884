/** Builds the fixture archives once before the site suites run. */
import { buildSite, fixtureBuilds } from './site.ts';
import { searchCorpusBuilds, writeSearchCorpus } from './search-corpus.ts';

export default async function setup(): Promise<void> {
  await writeSearchCorpus();
  for (const options of [...Object.values(fixtureBuilds), ...Object.values(searchCorpusBuilds)]) {
    const result = await buildSite(options);
    if (result.code !== 0) throw new Error(`Building ${options.name} failed:\n${result.output}`);
  }
}
