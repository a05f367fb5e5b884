/**
 * deploy/nginx.conf and deploy/security-headers.conf, run in a real nginx over the fixture build:
 * what the README's nginx recipe promises, checked over HTTP and in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseGlobalHeaders } from '../../tools/serve/static-server.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { nginxBinary, startNginx, type RunningNginx } from '../support/nginx.ts';
import { builtDir, fixtureBuilds, ROOT } from '../support/site.ts';
import { searchSettled } from '../support/search-page.ts';

const LONG = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';
const SECURITY_HEADERS = parseGlobalHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
const SEED = '/2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/';

const get = (url: string) => fetch(url, { redirect: 'manual' });
const firstFile = (dir: string, extension: string) => readdirSync(dir).find((name) => name.endsWith(extension))!;

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
}

test('nginx is installed (apt-get install nginx; .ci/run installs it)', () => {
  expect(nginxBinary()).toMatch(/nginx$/);
});

describe('deploy/nginx.conf serving the fixture build at the domain root', () => {
  const dir = builtDir(fixtureBuilds.root.name);
  const css = `/_astro/${firstFile(join(dir, '_astro'), '.css')}`;
  const fragment = `/pagefind/fragment/${firstFile(join(dir, 'pagefind/fragment'), '.pf_fragment')}`;
  const index = `/pagefind/index/${firstFile(join(dir, 'pagefind/index'), '.pf_index')}`;
  let nginx: RunningNginx;
  beforeAll(async () => {
    nginx = await startNginx(dir);
  });
  afterAll(async () => {
    await nginx?.close();
  });

  test('the configuration loads without warnings', () => {
    expect(nginx.startupLog).not.toMatch(/\[(warn|error|crit|alert|emerg)\]/);
  });

  test('a directory URL serves its index.html as HTML', async () => {
    const response = await get(`${nginx.origin}/2022/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(dir, '2022/index.html'), 'utf8'));
  });

  test('a directory URL without its slash is redirected to a relative location, with no host or port', async () => {
    const response = await get(`${nginx.origin}/2022?page=1`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/2022/?page=1');
  });

  test('an unknown path answers 404 with the site’s not-found page and the security headers', async () => {
    const response = await get(`${nginx.origin}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(dir, '404.html'), 'utf8'));
    expectSecurityHeaders(response);
  });

  test('a missing fingerprinted asset also answers with the 404 page', async () => {
    const response = await get(`${nginx.origin}/_astro/missing.abc123.css`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(dir, '404.html'), 'utf8'));
  });

  test('the _headers file is not served', async () => {
    expect((await get(`${nginx.origin}/_headers`)).status).toBe(404);
  });

  test.each(['/', '/2022', '/404.html', css, fragment, '/pagefind/pagefind.js'])(
    '%s carries the same security headers as _headers',
    async (path) => {
      expectSecurityHeaders(await get(`${nginx.origin}${path}`));
    },
  );

  test.each([
    ['/', 'text/html; charset=utf-8'],
    [css, 'text/css; charset=utf-8'],
    [`/_astro/${firstFile(join(dir, '_astro'), '.js')}`, 'application/javascript; charset=utf-8'],
    ['/rss.xml', 'text/xml; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    // Pagefind's WebAssembly ships gzipped in wasm.<lang>.pagefind and is unpacked by pagefind.js, so
    // bytes are right; the build has no .wasm file (mime.types would send one as application/wasm).
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
    [fragment, 'application/octet-stream'],
    [`/data/${firstFile(join(dir, 'data'), '.csv')}`, 'text/csv; charset=utf-8'],
    [`/data/${firstFile(join(dir, 'data'), '.jsonl')}`, 'application/jsonl; charset=utf-8'],
  ])('%s is served as %s', async (path, type) => {
    const response = await get(`${nginx.origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  test.each([
    ['/', SHORT],
    ['/2022/', SHORT],
    ['/rss.xml', SHORT],
    ['/pagefind/pagefind.js', SHORT],
    ['/pagefind/pagefind-worker.js', SHORT],
    ['/pagefind/pagefind-entry.json', SHORT],
    ['/pagefind/shards.json', SHORT],
    ['/pagefind/wasm.en.pagefind', SHORT],
    [css, LONG],
    [`/_astro/${firstFile(join(dir, '_astro'), '.js')}`, LONG],
    [fragment, LONG],
    [index, LONG],
  ])('%s is cached for “%s”', async (path, cacheControl) => {
    expect((await get(`${nginx.origin}${path}`)).headers.get('cache-control')).toBe(cacheControl);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('search finds the seed article with no Content-Security-Policy violation or script error', async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      page.on('pageerror', (error) => problems.push(error.message));
      await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { reportViolation(text: string): void }).reportViolation(
            `CSP ${event.violatedDirective} ${event.blockedURI}`,
          ),
        ),
      );
      const response = await page.goto(`${nginx.origin}/search/?q=Xinjiang`);
      expect(response?.headers()['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
      await searchSettled(page);
      const links = await page
        .locator('.search-result__title a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links.map((link) => new URL(link!, nginx.origin).pathname)).toContain(SEED);
      await page.locator('.search-result__title a').first().click();
      await page.waitForURL(new RegExp(SEED));
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

describe('deploy/nginx.conf serving a sub-path build (BASE_PATH=/archive/) as its comments describe', () => {
  let nginx: RunningNginx;
  let root: string;
  beforeAll(async () => {
    // dist/ copied to <root>/archive/, error_page pointed at /archive/404.html.
    root = await mkdtemp(join(tmpdir(), 'archive-nginx-root-'));
    await symlink(builtDir(fixtureBuilds.sub.name), join(root, 'archive'));
    nginx = await startNginx(root, { errorPage: '/archive/404.html' });
  });
  afterAll(async () => {
    await nginx?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  test('the home page is at /archive/ and /archive redirects there', async () => {
    expect((await get(`${nginx.origin}/archive/`)).status).toBe(200);
    const redirect = await get(`${nginx.origin}/archive`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/archive/');
  });

  test('unknown paths answer 404 with the sub-path build’s 404 page', async () => {
    const response = await get(`${nginx.origin}/archive/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(builtDir(fixtureBuilds.sub.name), '404.html'), 'utf8'));
  });

  test('fingerprinted assets under the sub-path are cached for a year', async () => {
    const css = `/archive/_astro/${firstFile(join(builtDir(fixtureBuilds.sub.name), '_astro'), '.css')}`;
    const response = await get(`${nginx.origin}${css}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(LONG);
  });
});
