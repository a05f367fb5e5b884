/**
 * Our own server (`npm start`, and every browser test) must behave like the static hosts the archive
 * deploys to, or tests pass here and fail there: directory indexes, `/dir` → `/dir/`, the 404 page,
 * MIME types, the `_headers` file, cache lifetimes and the base path. tests/e2e/nginx.test.ts checks
 * the same things against a real nginx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseGlobalHeaders } from '../../tools/serve/static-server.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { builtDir, fixtureBuilds, ROOT } from '../support/site.ts';

const LONG = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';
const SECURITY_HEADERS = parseGlobalHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));

const get = (url: string) => fetch(url, { redirect: 'manual' });
const firstFile = (dir: string, extension: string) => readdirSync(dir).find((name) => name.endsWith(extension))!;

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
}

describe('the static server at the domain root (fixture-root)', () => {
  const dir = builtDir(fixtureBuilds.root.name);
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveSite(dir, '/');
  });
  afterAll(async () => {
    await site?.close();
  });

  test('a directory URL serves its index.html as HTML', async () => {
    const response = await get(`${site.origin}/2022/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(dir, '2022/index.html'), 'utf8'));
  });

  test('a directory URL without its slash is redirected permanently, keeping the query', async () => {
    const response = await get(`${site.origin}/2022?page=1`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/2022/?page=1');
  });

  test('an unknown path answers 404 with the site’s not-found page', async () => {
    const response = await get(`${site.origin}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(dir, '404.html'), 'utf8'));
    expectSecurityHeaders(response);
  });

  test('a path that climbs out of the build is not found', async () => {
    for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      expect((await get(`${site.origin}${path}`)).status, path).toBe(404);
    }
  });

  test('the _headers file configures the server and is not served', async () => {
    expect((await get(`${site.origin}/_headers`)).status).toBe(404);
  });

  test.each([
    ['/404.html', 'text/html; charset=utf-8'],
    [`/_astro/${firstFile(join(dir, '_astro'), '.css')}`, 'text/css; charset=utf-8'],
    [`/_astro/${firstFile(join(dir, '_astro'), '.js')}`, 'text/javascript; charset=utf-8'],
    ['/rss.xml', 'application/xml; charset=utf-8'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
    [`/data/${firstFile(join(dir, 'data'), '.csv')}`, 'text/csv; charset=utf-8'],
    [`/data/${firstFile(join(dir, 'data'), '.jsonl')}`, 'application/jsonl; charset=utf-8'],
  ])('%s is served as %s', async (path, type) => {
    const response = await get(`${site.origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  test('every kind of file in the build is served with a type of its own; only the search index is opaque bytes', async () => {
    const walk = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
      );
    const extensions = new Map<string, string>();
    for (const file of walk(dir)) {
      const extension = /(\.[^./]+)$/.exec(file)?.[1];
      if (extension && !extensions.has(extension) && !file.includes('/pagefind/') && !file.endsWith('_headers'))
        extensions.set(extension, file.slice(dir.length));
    }
    expect(extensions.size).toBeGreaterThan(8);
    for (const [extension, path] of extensions) {
      const response = await get(`${site.origin}${path}`);
      expect(response.headers.get('content-type'), `${extension} (${path})`).not.toBe('application/octet-stream');
    }
  });

  test.each(['/', '/2022/', `/_astro/${firstFile(join(dir, '_astro'), '.css')}`, '/pagefind/pagefind.js'])(
    '%s carries the headers from _headers',
    async (path) => {
      expectSecurityHeaders(await get(`${site.origin}${path}`));
    },
  );

  test.each([
    ['/', SHORT],
    ['/404.html', SHORT],
    ['/pagefind/pagefind.js', SHORT],
    ['/pagefind/pagefind-worker.js', SHORT],
    ['/pagefind/pagefind-entry.json', SHORT],
    ['/pagefind/shards.json', SHORT],
    [`/_astro/${firstFile(join(dir, '_astro'), '.css')}`, LONG],
    [`/_astro/${firstFile(join(dir, '_astro'), '.js')}`, LONG],
    [`/pagefind/fragment/${firstFile(join(dir, 'pagefind/fragment'), '.pf_fragment')}`, LONG],
    [`/pagefind/index/${firstFile(join(dir, 'pagefind/index'), '.pf_index')}`, LONG],
  ])('%s is cached for “%s”', async (path, cacheControl) => {
    expect((await get(`${site.origin}${path}`)).headers.get('cache-control')).toBe(cacheControl);
  });
});

describe('the static server under a base path (fixture-sub, base /archive/)', () => {
  const dir = builtDir(fixtureBuilds.sub.name);
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveSite(dir, '/archive/');
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each([
    ['/', '/archive/'],
    ['/archive', '/archive/'],
    ['/archive/2022', '/archive/2022/'],
  ])('%s is redirected to %s', async (path, location) => {
    const response = await get(`${site.origin}${path}`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(location);
  });

  test('the base path serves the home page', async () => {
    const response = await get(`${site.origin}/archive/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(join(dir, 'index.html'), 'utf8'));
  });

  test('paths outside the base path are not found, with the 404 page', async () => {
    for (const path of ['/2022/', '/search/', '/index.html', '/archived/']) {
      const response = await get(`${site.origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe(readFileSync(join(dir, '404.html'), 'utf8'));
    }
  });

  test('assets and the search index are served under the base path', async () => {
    for (const path of [
      `/archive/_astro/${firstFile(join(dir, '_astro'), '.css')}`,
      '/archive/pagefind/pagefind.js',
      '/archive/pagefind/shards.json',
    ]) {
      expect((await get(`${site.origin}${path}`)).status, path).toBe(200);
    }
  });
});
