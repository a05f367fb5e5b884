/**
 * Expanding the command line's files, folders and glob patterns into the list of inputs.
 */
import { glob, stat } from 'node:fs/promises';
import path from 'node:path';

/** Extensions picked up when a folder is given; single files are read whatever their name. */
export const INPUT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom'];

const isPattern = (input: string) => /[*?[\]{}]/.test(input);

/** An argument that gave no input, and why. */
export interface MissingInput {
  input: string;
  reason: string;
}

/**
 * Files for each argument, in a stable order; `missing` lists arguments that gave none, each with
 * its reason: nothing there, or a folder without a file of a kind the importer reads.
 * @example await expandInputs(['seed.txt', 'inbox/', 'drafts/*.html'], process.cwd())
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<{ files: string[]; missing: MissingInput[] }> {
  const files = new Set<string>();
  const missing: MissingInput[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    let found: string[] = [];
    if (info?.isFile()) found = [absolute];
    else if (info?.isDirectory()) {
      const all = await Array.fromAsync(glob('**/*', { cwd: absolute }));
      found = all.filter((file) => INPUT_EXTENSIONS.includes(path.extname(file).toLowerCase())).map((file) => path.join(absolute, file));
    } else if (isPattern(input)) {
      const all = await Array.fromAsync(glob(input, { cwd }));
      found = [];
      for (const file of all) {
        const full = path.resolve(cwd, file);
        if ((await stat(full).catch(() => undefined))?.isFile()) found.push(full);
      }
    }
    if (found.length === 0)
      missing.push({
        input,
        reason: info?.isDirectory()
          ? `the folder holds no file the importer reads (${INPUT_EXTENSIONS.join(' ')}); unpack compressed pages (.gz, .zip) first`
          : 'no such file or folder, and no file matches it',
      });
    for (const file of found.sort()) files.add(file);
  }
  return { files: [...files], missing };
}
