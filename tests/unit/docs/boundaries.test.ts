/**
 * The layout's rules (docs/architecture.md), checked on every file so they hold as the code grows:
 * the product never imports the tools; the model, archive logic, outputs, interface strings and
 * the search page's logic are pure (no Node built-ins, no astro: modules, no environment), so unit
 * tests run them directly; only the named modules touch Astro or the file system.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../../../tools/fs.ts';
import { ROOT } from '../../../tools/run.ts';

const SRC = join(ROOT, 'src');
const sources = [...filesUnder(SRC)].filter((path) => /\.(ts|astro)$/.test(path)).map((path) => relative(ROOT, path));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Modules allowed to reach Node, Astro or the environment, and why. */
const IMPURE = new Set([
  'src/site.ts', // reads the deploy-time settings from the environment, once
  'src/content.config.ts', // declares the collection to Astro
  'src/middleware.ts', // Astro's request hook
  'src/archive/articles.ts', // the one reader of astro:content
  'src/archive/images.ts', // local article images through astro:assets' getImage
  'src/markdown/render.ts', // reads an article's file when its page renders
  'src/build/timer.ts', // writes the benchmark's phase marks
  'src/build/progress.ts', // talks to the build command over IPC
  'src/search/build/collector.ts', // drives Pagefind's indexer
  'src/search/build/integration.ts', // the Astro integration around it
]);
const PURE_FOLDERS = [
  'src/content/',
  'src/archive/',
  'src/outputs/',
  'src/i18n/',
  'src/markdown/',
  'src/search/client/',
  'src/search/shards.ts',
];

describe('module boundaries', () => {
  test('src/ never imports tools/, scripts/ or tests/', () => {
    const offenders = sources.filter((path) => /from '(?:\.\.\/)+(?:tools|scripts|tests)\//.test(read(path)));
    expect(offenders).toEqual([]);
  });

  test('pure folders use no Node built-ins, astro: modules or environment, except the named modules', () => {
    const pure = sources.filter(
      (path) => PURE_FOLDERS.some((folder) => path.startsWith(folder)) && path.endsWith('.ts') && !IMPURE.has(path),
    );
    expect(pure.length).toBeGreaterThan(25);
    const offenders = pure.filter((path) => /from '(?:node:|astro:)|\bprocess\.env\b|import\.meta\.env/.test(read(path)));
    expect(offenders).toEqual([]);
  });

  test('only src/archive/articles.ts reads the content collection', () => {
    const readers = sources.filter((path) => /getCollection|getEntry\b/.test(read(path)) && path !== 'src/content.config.ts');
    expect(readers).toEqual(['src/archive/articles.ts']);
  });

  test('every getStaticPaths comes from src/archive/routes.ts', () => {
    const pages = sources.filter((path) => path.startsWith('src/pages/') && read(path).includes('getStaticPaths'));
    expect(pages.length).toBeGreaterThan(8);
    const own = pages.filter((path) => !/export const getStaticPaths = (?:\(\) => )?\w+(?:\((?:true|false)\))?;/.test(read(path)));
    expect(own).toEqual([]);
  });
});
