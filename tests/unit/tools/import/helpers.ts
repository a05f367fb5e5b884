/** Shared helpers for the importer's tests: fixture paths and throwaway content folders. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url));
export const fixture = (name: string) => path.join(FIXTURES, name);
export const readFixture = (name: string) => readFile(fixture(name), 'utf8');

/** A fresh temporary folder; call `cleanup` in afterEach. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'import-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A page saved "complete" by a browser: `Sea wall finished.html` and its `_files/` folder of sharp-made images. */
export const SAVED_PAGE = fileURLToPath(new URL('../../../fixtures/images/Sea wall finished.html', import.meta.url));
export const SAVED_FILES = path.join(path.dirname(SAVED_PAGE), 'Sea wall finished_files');
