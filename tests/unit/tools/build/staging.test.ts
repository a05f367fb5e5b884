import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { discardStaging, publishStaging, removeLeftovers, stagingFolder } from '../../../../tools/build/staging.ts';

const roots: string[] = [];
function parent(): string {
  const root = mkdtempSync(join(tmpdir(), 'staging-'));
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
/** A folder holding one file per entry of `files`. */
function site(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
/** A process id that no running process has. */
const DEAD_PID = 2 ** 22 + 17;

describe('staging a build', () => {
  test('the staging folder is a sibling of the output folder, named by the process', () => {
    expect(stagingFolder('/srv/site/dist', 4242)).toBe('/srv/site/dist.building-4242');
  });

  test.each([
    ['over a previous site', true],
    ['where there was none', false],
  ])('a finished build takes the output folder’s place %s, leaving nothing beside it', async (_case, hadSite) => {
    const root = parent();
    const outDir = join(root, 'dist');
    if (hadSite) site(outDir, { 'index.html': 'old', 'gone/index.html': 'old page' });
    const staging = site(stagingFolder(outDir, 7), { 'index.html': 'new', 'pagefind/pagefind.js': 'js' });
    await publishStaging(staging, outDir, 7);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(outDir, 'gone'))).toBe(false);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  test('a failed build is discarded and the previous site stays as it was', async () => {
    const root = parent();
    const outDir = site(join(root, 'dist'), { 'index.html': 'old' });
    const staging = site(stagingFolder(outDir, 8), { 'half.html': 'half' });
    await discardStaging(staging);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  test('when the new site cannot be moved in, the previous one is put back', async () => {
    const root = parent();
    const outDir = site(join(root, 'dist'), { 'index.html': 'old' });
    await expect(publishStaging(join(root, 'missing-staging'), outDir, 9)).rejects.toThrow(/ENOENT/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
  });

  test('leftovers of stopped builds are removed; those of running builds and other folders are kept', async () => {
    const root = parent();
    const outDir = site(join(root, 'dist'), { 'index.html': 'old' });
    site(`${outDir}.building-${DEAD_PID}`, { 'a.html': 'x' });
    site(`${outDir}.previous-${DEAD_PID}`, { 'a.html': 'x' });
    site(`${outDir}.building-${process.pid}`, { 'a.html': 'x' });
    site(join(root, 'dist.backup'), { 'a.html': 'x' });
    site(join(root, `other.building-${DEAD_PID}`), { 'a.html': 'x' });
    const removed = await removeLeftovers(outDir);
    expect(removed.sort()).toEqual([`${outDir}.building-${DEAD_PID}`, `${outDir}.previous-${DEAD_PID}`]);
    expect(readdirSync(root).sort()).toEqual(['dist', `dist.backup`, `dist.building-${process.pid}`, `other.building-${DEAD_PID}`]);
  });

  test('no leftovers to look for when the output folder’s parent does not exist', async () => {
    expect(await removeLeftovers(join(parent(), 'no', 'dist'))).toEqual([]);
  });
});
