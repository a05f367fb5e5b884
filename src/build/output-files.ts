/**
 * Files a page writes beside itself in a production build, without an Astro route: the citation
 * downloads (cite.bib, cite.ris, cite.json) of every article.
 *
 * Why not routes: as static endpoints, three per article, they were 30,000 of the 51,000 outputs
 * of a 10,000-article build, and each one costs Astro a route match, a props lookup, the
 * middleware, a Response and four asynchronous file-system calls. Measured with `npm run bench --
 * --articles 10000` on this two-core machine: 107.8 s with the routes, 88.9 s without them. Written
 * here, one synchronous call per file, they cost about 0.1 ms each. The development server still
 * serves them through the route (src/pages/[year]/[month]/[day]/[slug]/[file].ts), which returns no
 * paths in a production build.
 *
 * The writer belongs to the integration (config module graph) and the pages call it from the
 * bundled server build, so the two meet on `globalThis`, as src/search/build/handoff.ts explains.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** One file for the output folder. */
export interface OutputFile {
  /** The file's URL path under the site's base path, percent-encoded as links write it, e.g. `2017/01/13/un-report/cite.bib`. */
  path: string;
  body: string;
}

/** Writes files into the build's output folder. */
export type OutputFileWriter = (files: readonly OutputFile[]) => void;

declare global {
  /** Set by `outputFiles()` for the length of `astro build`; see this module's comment. */
  var __newsArchiveOutputFiles: OutputFileWriter | undefined;
}

/**
 * The writer of the build in progress.
 * @throws Error in a production build when the `outputFiles()` integration is not installed, since
 *   the files would otherwise be missing without a word.
 */
export function outputFileWriter(): OutputFileWriter {
  const writer = globalThis.__newsArchiveOutputFiles;
  if (!writer) throw new Error('Output files: no writer is installed; add outputFiles() to the integrations in astro.config.ts.');
  return writer;
}

/**
 * A writer into `outDir` (an absolute folder). Each file's URL path is decoded segment by segment,
 * as Astro names the folders of pages with non-ASCII slugs.
 * @throws Error for a path that is absolute or climbs out of `outDir` (`..`), and any file-system error.
 */
export function folderWriter(outDir: string): OutputFileWriter {
  const root = resolve(outDir);
  return (files) => {
    for (const { path, body } of files) {
      const target = resolve(root, ...path.split('/').map((segment) => decodeURIComponent(segment)));
      const inside = relative(root, target);
      if (path.startsWith('/') || inside === '' || inside.startsWith(`..${sep}`) || inside === '..') {
        throw new Error(`Output files: "${path}" is not a path inside the output folder.`);
      }
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, body);
    }
  };
}

/** The integration that lets pages write files beside themselves in `astro build` (see the module comment). */
export function outputFiles(): AstroIntegration {
  let outDir = '';
  return {
    name: 'news-archive:output-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        globalThis.__newsArchiveOutputFiles = folderWriter(outDir);
      },
      'astro:build:done': () => {
        globalThis.__newsArchiveOutputFiles = undefined;
      },
    },
  };
}
