/**
 * A static file server that behaves like the hosts the archive deploys to (Netlify, Cloudflare
 * Pages, GitHub Pages, nginx): directory indexes, `/dir` → `/dir/` redirects, the site's 404 page
 * with status 404, correct MIME types (including `application/wasm` for search) and the
 * headers from `_headers`. Used by `npm start` and by the end-to-end tests.
 *
 * Our own because no server library behaves like those hosts, which is this server's whole job
 * (checked against serve-handler 6.1 and sirv 3): serve-handler's `trailingSlash`
 * redirects every extensionless path, existing or not, and drops the query string; sirv serves
 * `/dir` from `dir/index.html` without redirecting and has no 404 page; neither reads `_headers`
 * or mounts a site under a base path. tests/e2e/static-host.test.ts and tests/e2e/nginx.test.ts
 * hold it to the same behaviour as a real nginx.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { normaliseBase } from '../../src/content/base.ts';

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // The open data (/data/), as its routes declare it (src/pages/data).
  '.csv': 'text/csv; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServerOptions {
  root: string;
  base?: string;
  /** Apply the global (`/*`) headers from `<root>/_headers`, as Netlify and Cloudflare Pages do. */
  applyHeadersFile?: boolean;
  /** Gzip text responses when the client accepts it, as static hosts do (Pagefind's own files are already compressed). */
  gzip?: boolean;
}

/** Reads the `/*` block of a Netlify/Cloudflare `_headers` file. */
export function parseGlobalHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inGlobal = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inGlobal = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inGlobal && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return undefined;
}

/** Creates (but does not start) the server. */
export async function createStaticServer(options: StaticServerOptions): Promise<Server> {
  const root = normalize(options.root);
  const base = normaliseBase(options.base ?? '/');
  const globalHeaders = options.applyHeadersFile ? parseGlobalHeaders(await readFile(join(root, '_headers'), 'utf8').catch(() => '')) : {};

  return createServer(async (request, response) => {
    for (const [name, value] of Object.entries(globalHeaders)) response.setHeader(name, value);
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    if (pathname === base.slice(0, -1) || (base !== '/' && pathname === '/')) {
      response.writeHead(301, { Location: base + url.search }).end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound();
    const relative = pathname.slice(base.length);
    // Hosts that read _headers treat it as configuration, not content.
    if (options.applyHeadersFile && relative === '_headers') return notFound();
    const target = normalize(join(root, relative));
    if (target !== root && !target.startsWith(root + sep)) return notFound();

    const file = await fileAt(target);
    if (file) return send(file, 200);
    if (!pathname.endsWith('/') && (await fileAt(join(target, 'index.html')))) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const index = pathname.endsWith('/') ? await fileAt(join(target, 'index.html')) : undefined;
    if (index) return send(index, 200);
    return notFound();

    async function notFound() {
      const page = await fileAt(join(root, '404.html'));
      if (page) return send(page, 404);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }

    function send(path: string, status: number) {
      const type = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      const cache = /\/_astro\/|\/pagefind\/.*\.(pf_fragment|pf_index)$/.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=300';
      const compress =
        options.gzip && /^text\/|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': cache,
        ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      if (request.method === 'HEAD') return response.end();
      if (compress) createReadStream(path).pipe(createGzip()).pipe(response);
      else createReadStream(path).pipe(response);
    }
  });
}
