/**
 * The production build writes into a staging folder beside its output folder and puts it in the
 * output folder's place only when it succeeds. Astro itself empties the output folder first and
 * writes into it as it goes, so a build that failed halfway left a half-written site where a
 * deploy step or `npm run serve` would pick it up, and the last good site was gone. With staging,
 * a failed build leaves the previous site exactly as it was. Our own few lines: the job is two
 * renames in one folder, which no library does better.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const STAGING = '.building-';
const PREVIOUS = '.previous-';

/** The staging folder of the build run by process `id` for `outDir` (absolute): a sibling, so the swap is a rename. */
export function stagingFolder(outDir: string, id: number = process.pid): string {
  return `${outDir}${STAGING}${id}`;
}

/** Whether process `pid` is running on this machine. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what builds that were killed (not failed: those clean up) left beside `outDir`: staging
 * and previous-site folders of processes no longer running. Returns the folders removed.
 */
export async function removeLeftovers(outDir: string): Promise<string[]> {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = basename(outDir);
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const match = name.startsWith(prefix) ? /^(?:\.building-|\.previous-)(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (!match || isRunning(Number(match[1]))) continue;
    await rm(join(parent, name), { recursive: true, force: true });
    removed.push(join(parent, name));
  }
  return removed;
}

/** Errors where a folder cannot be renamed but its contents can be replaced: a mount point (a Docker volume, say). */
const CANNOT_RENAME = new Set(['EBUSY', 'EXDEV', 'EPERM', 'EACCES']);

/**
 * Puts the finished `staging` folder in `outDir`'s place. The old site is renamed aside first and
 * removed only after the new one is in place; when `outDir` itself cannot be renamed (a mount
 * point), its contents are replaced instead.
 * @throws Error from the file system; the old site is then put back where that is possible.
 */
export async function publishStaging(staging: string, outDir: string, id: number = process.pid): Promise<void> {
  const previous = `${outDir}${PREVIOUS}${id}`;
  let moved = false;
  if (existsSync(outDir)) {
    try {
      await rename(outDir, previous);
      moved = true;
    } catch (error) {
      if (!CANNOT_RENAME.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await replaceContents(staging, outDir);
      return;
    }
  }
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (moved) await rename(previous, outDir);
    throw error;
  }
  if (moved) await rm(previous, { recursive: true, force: true });
}

/** Empties `outDir` and moves every entry of `staging` into it, then removes `staging`. */
async function replaceContents(staging: string, outDir: string): Promise<void> {
  for (const name of readdirSync(outDir)) await rm(join(outDir, name), { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const name of readdirSync(staging)) await rename(join(staging, name), join(outDir, name));
  await rm(staging, { recursive: true, force: true });
}

/** Removes a failed build's staging folder. */
export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
