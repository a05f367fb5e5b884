/** Builds the fixture archives once before the site suites run. */
import { buildSite, fixtureBuilds } from './site.ts';

export default async function setup(): Promise<void> {
  for (const options of Object.values(fixtureBuilds)) {
    const result = await buildSite(options);
    if (result.code !== 0) throw new Error(`Building ${options.name} failed:\n${result.output}`);
  }
}
