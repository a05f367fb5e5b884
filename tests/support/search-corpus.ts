/**
 * The generated archive the search tests use: the site tests' corpus (300 articles, fixed seed),
 * enough people, years and sources for filters, counts and date order to mean something.
 * Built at `/` (shared with the browsing tests) and under `/archive/`.
 */
import { CORPUS_ARTICLES, CORPUS_SEED, corpusBuild, type BuildOptions } from './site.ts';

export const SEARCH_CORPUS = { count: CORPUS_ARTICLES, seed: CORPUS_SEED } as const;

export const searchCorpusBuilds = {
  root: corpusBuild,
  sub: { name: `${corpusBuild.name}-sub`, contentDir: corpusBuild.contentDir, basePath: '/archive/' },
} satisfies Record<string, BuildOptions>;

/** The same archive with its search index split into shards of about 60 articles. */
export const shardedSearchBuild = {
  name: `${corpusBuild.name}-shards`,
  contentDir: corpusBuild.contentDir,
  basePath: '/archive/',
  env: { SEARCH_SHARD_PAGES: '60' },
} satisfies BuildOptions;
