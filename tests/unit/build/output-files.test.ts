import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { folderWriter, outputFiles, outputFileWriter } from '../../../src/build/output-files.ts';

const folders: string[] = [];
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'output-files-'));
  folders.push(path);
  return path;
}
afterEach(() => {
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
  globalThis.__newsArchiveOutputFiles = undefined;
});

describe('folderWriter', () => {
  test.each([
    ['an ASCII slug', '2017/01/13/un-report/cite.bib', ['2017', '01', '13', 'un-report', 'cite.bib']],
    [
      'a Chinese slug, percent-encoded as links write it',
      `2022/09/01/${encodeURIComponent('联合国报告')}/cite.ris`,
      ['2022', '09', '01', '联合国报告', 'cite.ris'],
    ],
    ['an encoded space and reserved characters', '2020/02/29/a%20b%3Fc/cite.json', ['2020', '02', '29', 'a b?c', 'cite.json']],
  ])('writes %s into its decoded folder', (_case, path, segments) => {
    const out = folder();
    folderWriter(out)([{ path, body: `body of ${path}` }]);
    expect(readFileSync(join(out, ...segments), 'utf8')).toBe(`body of ${path}`);
  });

  test.each([
    ['climbing out', '../outside.bib'],
    ['climbing out after a folder', '2017/../../outside.bib'],
    ['encoded climbing', '2017/%2E%2E/%2E%2E/outside.bib'],
    ['absolute', '/etc/outside.bib'],
    ['the folder itself', ''],
  ])('refuses a path %s', (_case, path) => {
    expect(() => folderWriter(folder())([{ path, body: 'x' }])).toThrow(/not a path inside the output folder/);
  });
});

describe('outputFiles integration', () => {
  test('installs a writer into the configured output folder for the build only', async () => {
    const out = folder();
    const integration = outputFiles();
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    expect(() => outputFileWriter()).toThrow(/add outputFiles\(\) to the integrations/);
    await hooks['astro:config:done']?.({ config: { outDir: pathToFileURL(`${out}/`) } });
    await hooks['astro:build:start']?.({});
    outputFileWriter()([{ path: 'a/cite.bib', body: '@article{a}' }]);
    expect(readFileSync(join(out, 'a', 'cite.bib'), 'utf8')).toBe('@article{a}');
    await hooks['astro:build:done']?.({});
    expect(() => outputFileWriter()).toThrow(/no writer is installed/);
  });
});
