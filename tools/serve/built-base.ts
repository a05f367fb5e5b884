/**
 * The base path a finished build was made for, so `npm run serve` mounts it where its own links
 * point, whatever BASE_PATH says at serving time.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseBase } from '../../src/content/base.ts';

/**
 * Reads the base path from a built page: every page links its stylesheet from Astro's assets
 * folder, `<base>_astro/…css` (astro.config.mjs keeps stylesheets as files), and `base` is the part
 * before `_astro/`.
 * @param html a page of the build.
 * @returns the base as `/` or `/segment/…/`, or undefined when the page links no stylesheet there
 *   (not a page of this site, or styles inlined).
 */
export function baseFromPage(html: string): string | undefined {
  const href = /<link\b[^>]*\bhref="(\/[^"]*?)_astro\/[^"]+\.css"/i.exec(html)?.[1];
  return href === undefined ? undefined : normaliseBase(decodeURI(href));
}

/**
 * The base path of the build in `dir`, from its 404 page or its front page.
 * @returns undefined when neither page exists or names a base (see `baseFromPage`).
 */
export async function builtBase(dir: string): Promise<string | undefined> {
  for (const page of ['404.html', 'index.html']) {
    const html = await readFile(join(dir, page), 'utf8').catch(() => undefined);
    const base = html === undefined ? undefined : baseFromPage(html);
    if (base !== undefined) return base;
  }
  return undefined;
}
