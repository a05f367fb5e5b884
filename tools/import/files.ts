/**
 * Expanding the command line's files, folders and glob patterns into the list of inputs.
 */
import { glob, stat } from 'node:fs/promises';
import path from 'node:path';

/** Extensions picked up when a folder is given; single files are read whatever their name. */
export const INPUT_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom'];

const isPattern = (input: string) => /[*?[\]{}]/.test(input);

/**
 * Files for each argument, in a stable order; `missing` lists arguments that matched nothing.
 * @example await expandInputs(['seed.txt', 'inbox/', 'drafts/*.html'], process.cwd())
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
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
    if (found.length === 0) missing.push(input);
    for (const file of found.sort()) files.add(file);
  }
  return { files: [...files], missing };
}
