import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { baseFromPage, builtBase } from '../../../../tools/serve/built-base.ts';

const page = (href: string, attributes = 'rel="stylesheet"') =>
  `<!doctype html><html><head><link ${attributes} href="${href}"></head></html>`;

describe('baseFromPage', () => {
  test.each([
    ['the root', page('/_astro/BaseLayout.D0r1QBZZ.css'), '/'],
    ['a sub-path', page('/archive/_astro/BaseLayout.D0r1QBZZ.css'), '/archive/'],
    ['a deep sub-path', page('/news/archive/_astro/a.css'), '/news/archive/'],
    ['an encoded sub-path', page('/caf%C3%A9/_astro/a.css'), '/café/'],
    ['href before rel', page('/archive/_astro/a.css', 'media="all" rel="stylesheet"'), '/archive/'],
    ['no stylesheet from _astro', page('https://cdn.example/_astro/a.css'), undefined],
    ['no stylesheet at all', '<!doctype html><title>x</title>', undefined],
  ])('%s', (_, html, base) => {
    expect(baseFromPage(html)).toBe(base);
  });
});

describe('builtBase', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  const build = async (files: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), 'built-base-'));
    dirs.push(dir);
    for (const [name, html] of Object.entries(files)) await writeFile(join(dir, name), html);
    return dir;
  };

  test('reads the 404 page first, then the front page', async () => {
    expect(await builtBase(await build({ '404.html': page('/a/_astro/x.css'), 'index.html': page('/b/_astro/x.css') }))).toBe('/a/');
    expect(await builtBase(await build({ 'index.html': page('/b/_astro/x.css') }))).toBe('/b/');
  });

  test('is undefined for a folder that is not a build', async () => {
    expect(await builtBase(await build({}))).toBeUndefined();
    expect(await builtBase(join(tmpdir(), 'no-such-build-folder'))).toBeUndefined();
  });
});
