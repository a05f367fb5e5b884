/**
 * The generated archives the search tests use. The site tests' corpus (300 articles, fixed seed)
 * has enough people, years and sources for filters, counts and date order to mean something; it
 * is built unsharded at `/` (shared with the browsing tests) and sharded under `/archive/`, so
 * every search test runs on both. A 100-article corpus is built twice, as one index and forced to
 * five shards, for the test that the two search alike.
 */
import { parse as parseYaml } from 'yaml';
import { generateCorpus } from '../../tools/corpus/index.ts';
import { createArticleSchema } from '../../src/content/schema.ts';
import { buildCatalog, type Article } from '../../src/archive/catalog.ts';
import { createPaths } from '../../src/content/paths.ts';
import { countByYear, planShards } from '../../src/search/shards.ts';
import { CORPUS_ARTICLES, CORPUS_SEED, corpusBuild, type BuildOptions } from './site.ts';

export const SEARCH_CORPUS = { count: CORPUS_ARTICLES, seed: CORPUS_SEED } as const;

/** The articles of a generated corpus as the build publishes them (site zone UTC). */
export function publishedCorpus(options: { count: number; seed: number }, base: string): Article[] {
  const schema = createArticleSchema({ timeZone: 'UTC' });
  const entries = [...generateCorpus(options)].map((article) => {
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(article.markdown) ?? [];
    return { id: article.relativePath, body, data: schema.parse(parseYaml(frontmatter)) };
  });
  return buildCatalog(entries, { timeZone: 'UTC', paths: createPaths({ base, siteUrl: 'https://news.example' }) });
}

export const searchCorpusBuilds = {
  root: corpusBuild,
  sub: { name: `${corpusBuild.name}-sub`, contentDir: corpusBuild.contentDir, basePath: '/archive/', env: { SEARCH_SHARD_PAGES: '60' } },
} satisfies Record<string, BuildOptions>;

export const SHARD_CORPUS = { count: 100, seed: CORPUS_SEED } as const;
export const SHARD_COUNT = 5;

/** The largest shard size that splits the 100-article corpus into exactly five shards (shards hold whole years). */
export function pagesForShards(count: number): number {
  const years = countByYear(publishedCorpus(SHARD_CORPUS, '/').map((article) => Number(article.day.year)));
  for (let pages = SHARD_CORPUS.count; pages >= 1; pages--) if (planShards(years, pages).length === count) return pages;
  throw new Error(`No shard size splits the corpus into ${count} shards`);
}

/** The 100-article corpus as one index, and the same forced to five shards. */
export const shardComparisonBuilds = {
  single: { name: 'corpus-100-single', contentDir: '.tmp/corpus-100', basePath: '/archive/', env: { SEARCH_SHARD_PAGES: '1000000' } },
  sharded: {
    name: 'corpus-100-shards',
    contentDir: '.tmp/corpus-100',
    basePath: '/archive/',
    env: { SEARCH_SHARD_PAGES: String(pagesForShards(SHARD_COUNT)) },
  },
} satisfies Record<string, BuildOptions>;
