/**
 * Code points XML and HTML forbid never reach an output: an article whose description, title,
 * authors and topics carry U+0008, U+001B and U+000C (from a pasted wire story) is clean in every
 * page, feed, sitemap and JSON-LD block of the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { $, parseHtml, text } from '../support/html.ts';
import { type BuildResult, buildSite } from '../support/site.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
let build: BuildResult;

beforeAll(async () => {
  build = await buildSite({ name: 'integrity', contentDir: 'tests/fixtures/integrity' });
  if (build.code !== 0) throw new Error(`Building the integrity fixture failed:\n${build.output}`);
});

describe('an article with control characters in its frontmatter', () => {
  test('leaves none in any HTML, XML, JSON or text output', async () => {
    const dirty: string[] = [];
    for (const entry of await readdir(build.outDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(html|xml|json|txt)$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      if (FORBIDDEN.test(await readFile(path, 'utf8'))) dirty.push(relative(build.outDir, path));
    }
    expect(dirty).toEqual([]);
  });

  test.each([
    ['meta[name="description"]', 'content'],
    ['meta[property="og:description"]', 'content'],
    ['meta[name="twitter:description"]', 'content'],
  ])('writes %s without them', async (selector, attribute) => {
    const page = parseHtml(await readFile(join(build.outDir, '2022/09/14/control-characters/index.html'), 'utf8'));
    expect($(page, selector)?.properties[attribute]).toBe(
      'Talks stalled again; a stray control character and a form feed arrived from a pasted wire story.',
    );
  });

  test('writes the standfirst and JSON-LD description without them', async () => {
    const page = parseHtml(await readFile(join(build.outDir, '2022/09/14/control-characters/index.html'), 'utf8'));
    const expected = 'Talks stalled again; a stray control character and a form feed arrived from a pasted wire story.';
    expect(text($(page, '.article__standfirst'))).toBe(expected);
    expect((JSON.parse(text($(page, 'script[type="application/ld+json"]'))) as { description: string }).description).toBe(expected);
  });
});
