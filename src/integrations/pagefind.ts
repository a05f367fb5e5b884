/**
 * Builds the Pagefind search index after every `astro build`, from the pages just written.
 * Any error Pagefind reports fails the build. The index is never committed or copied to public/:
 * it exists only in the build output, at `<outDir>/pagefind/`.
 *
 * Indexing lives in `buildSearchIndex` so the data source can change (per-year shards merged in
 * the browser, custom records) without touching the hook or the search page.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** Folder name of the search bundle inside the build output; the search page loads it from there. */
export const BUNDLE_DIR = 'pagefind';

export class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(`Pagefind failed while ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

function check(step: string, errors: string[] | undefined): void {
  if (errors && errors.length > 0) throw new SearchIndexError(step, errors);
}

export interface SearchIndexReport {
  pages: number;
  outputPath: string;
  milliseconds: number;
}

/** Indexes every HTML page under `siteDir` and writes the bundle to `<siteDir>/pagefind`. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const outputPath = join(siteDir, BUNDLE_DIR);
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('starting', errors);
    if (!index) throw new SearchIndexError('starting', ['no index was created']);
    const added = await index.addDirectory({ path: siteDir });
    check(`indexing ${siteDir}`, added.errors);
    // Every build has at least a home page, so finding none means the wrong folder was indexed.
    if (added.page_count === 0) throw new SearchIndexError(`indexing ${siteDir}`, ['no HTML pages were found to index']);
    const written = await index.writeFiles({ outputPath });
    check(`writing ${outputPath}`, written.errors);
    return { pages: added.page_count, outputPath, milliseconds: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: runs `buildSearchIndex` on the build output in `astro:build:done`. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'news-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${report.pages} pages for search in ${(report.milliseconds / 1000).toFixed(1)} s → ${report.outputPath}`);
      },
    },
  };
}
