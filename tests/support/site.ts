/**
 * Builds archives for the tests with the production build command, each into its own folder
 * under .tmp/, so test files can share one build of each fixture.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runScript } from '../../tools/run.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUILDS = join(ROOT, '.tmp/builds');

export interface BuildOptions {
  /** Folder name under .tmp/builds. */
  name: string;
  contentDir: string;
  basePath?: string;
  siteUrl?: string;
  env?: Record<string, string>;
  /** Build over the folder's previous build instead of removing it first. */
  keepOutput?: boolean;
}

export interface BuildResult {
  outDir: string;
  code: number;
  output: string;
}

/** Runs `npm run build`'s script for a content folder and returns its exit code and output. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = join(BUILDS, options.name);
  if (!options.keepOutput) await rm(outDir, { recursive: true, force: true });
  const env = {
    CONTENT_DIR: options.contentDir,
    BASE_PATH: options.basePath ?? '/',
    SITE_URL: options.siteUrl ?? 'https://news.example',
    ASTRO_CACHE_DIR: join(ROOT, '.tmp/cache', options.name),
    BUILD_HEAP_MB: '4096',
    ...options.env,
  };
  const { code, output } = await runScript('scripts/build.ts', ['--outDir', outDir], { env });
  return { outDir, code, output };
}

/** The standard fixture archive, built once per test run by the global setup. */
export const fixtureBuilds = {
  root: { name: 'fixture-root', contentDir: 'tests/fixtures/archive', basePath: '/' },
  // One article per search shard, so every search test also runs on a sharded index; the open
  // data with full text and a named licence, where the root build keeps the defaults.
  sub: {
    name: 'fixture-sub',
    contentDir: 'tests/fixtures/archive',
    basePath: '/archive/',
    env: {
      SEARCH_SHARD_PAGES: '1',
      DATA_FULL_TEXT: '1',
      DATA_LICENSE: 'CC BY 4.0',
      DATA_LICENSE_URL: 'https://creativecommons.org/licenses/by/4.0/',
    },
  },
} satisfies Record<string, BuildOptions>;

/** Both fixture builds with the base path each is served under, for tests that check both. */
export const FIXTURE_BASES = [
  { name: fixtureBuilds.root.name, base: '/' },
  { name: fixtureBuilds.sub.name, base: '/archive/' },
] as const;

/**
 * The fixture archive with its interface in other languages. Arabic (right to left) is also built
 * under a sub-path with one article per list page, so its lists paginate and every base-path rule
 * is checked in that direction too.
 */
export const localeBuilds = {
  de: { name: 'fixture-de', contentDir: 'tests/fixtures/archive', basePath: '/', env: { SITE_LANG: 'de' } },
  ar: { name: 'fixture-ar', contentDir: 'tests/fixtures/archive', basePath: '/archive/', env: { SITE_LANG: 'ar', PAGE_SIZE: '1' } },
  zhHans: { name: 'fixture-zh-Hans', contentDir: 'tests/fixtures/archive', basePath: '/', env: { SITE_LANG: 'zh-Hans' } },
} satisfies Record<string, BuildOptions>;

/** The demo archive of 171 real Wikinews articles (examples/wikinews), built once per run like the fixtures. */
export const demoBuild = { name: 'demo-wikinews', contentDir: 'examples/wikinews', basePath: '/' } satisfies BuildOptions;

/** Articles in the generated fixture corpus; `CORPUS_ARTICLES=2000 npm run test:site` tries a larger one. */
export const CORPUS_ARTICLES = Number(process.env.CORPUS_ARTICLES ?? 300);
export const CORPUS_SEED = 7;

/** A generated corpus (fixed seed), written once to .tmp/corpus-N and built by the global setup. */
export const corpusBuild = {
  name: `corpus-${CORPUS_ARTICLES}`,
  contentDir: `.tmp/corpus-${CORPUS_ARTICLES}`,
  basePath: '/',
} satisfies BuildOptions;

export function builtDir(name: string): string {
  const dir = join(BUILDS, name);
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`The ${name} build is missing; run the site tests through vitest so the global setup builds it.`);
  return dir;
}

/** Reads a built page by its site path (without base). */
export function readPage(buildName: string, sitePath: string): Promise<string> {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return readFile(join(builtDir(buildName), file), 'utf8');
}
