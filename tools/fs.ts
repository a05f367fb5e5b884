/**
 * Walking folders, for the tools and the tests that read a build or a corpus: one walker, so
 * "every page under dist/" means the same thing to the benchmark, the link checker and the tests.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface WalkOptions {
  /** Keep only files whose name ends with this, e.g. `.html`. */
  suffix?: string;
  /** Folder names not to descend into, e.g. `pagefind`. */
  skip?: readonly string[];
}

/**
 * Absolute paths of the files below `dir` (recursively, in directory order); nothing when `dir`
 * does not exist.
 * @example [...filesUnder('dist', { suffix: '.html', skip: ['pagefind'] })] // every page of a build
 */
export function* filesUnder(dir: string, options: WalkOptions = {}): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!options.skip?.includes(entry.name)) yield* filesUnder(path, options);
    } else if (!options.suffix || entry.name.endsWith(options.suffix)) yield path;
  }
}

/** How many files lie below `dir` and their total size in bytes (0 and 0 when it does not exist). */
export function folderStats(dir: string, options: WalkOptions = {}): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const path of filesUnder(dir, options)) {
    files += 1;
    bytes += statSync(path).size;
  }
  return { files, bytes };
}
