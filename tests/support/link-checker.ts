/**
 * Checks every internal link, image and fragment in a built site: each `href`/`src` (links,
 * `<img src>`, scripts, styles), each OpenGraph/Twitter URL (`og:image`, `og:url`…) and each URL
 * in JSON-LD must resolve to a file (directory URLs to their index.html) under the base path, and
 * each `#fragment` to an element id on the target page. External links must be well-formed
 * absolute URLs, and `data:` URLs base64 under a media type.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface LinkProblem {
  page: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  problems: LinkProblem[];
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const META_URL = /<meta\s+(?:property|name)="(?:og:image|og:url|og:image:url|og:image:secure_url|twitter:image)"\s+content="([^"]*)"/g;
const JSON_LD = /<script type="application\/ld\+json">(.*?)<\/script>/gs;

/** Every string in a JSON-LD value that is an absolute http(s) URL. */
function jsonLdUrls(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonLdUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonLdUrls);
  return [];
}

/** The URLs a page refers to: attributes, social metadata and structured data. */
function urlsOf(html: string): string[] {
  return [
    ...[...html.matchAll(ATTRIBUTE)].map((match) => decodeEntities(match[1] ?? '')),
    ...[...html.matchAll(META_URL)].map((match) => decodeEntities(match[1] ?? '')),
    ...[...html.matchAll(JSON_LD)].flatMap((match) => jsonLdUrls(JSON.parse(match[1] ?? 'null'))),
  ];
}
const ID = /\sid="([^"]*)"/g;

function decodeEntities(value: string): string {
  return value.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? _,
  );
}

/** Every .html file under `dir`. */
export function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Checks the site in `root`, built for `base` and served at `siteUrl`. */
export function checkLinks(root: string, options: { base: string; siteUrl: string }): LinkReport {
  const idsByFile = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let found = idsByFile.get(file);
    if (!found) {
      found = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((match) => decodeEntities(match[1] ?? '')));
      idsByFile.set(file, found);
    }
    return found;
  };
  const origin = new URL(options.siteUrl).origin;
  const problems: LinkProblem[] = [];
  let pages = 0;
  let links = 0;

  for (const file of htmlFiles(root)) {
    pages += 1;
    const page = `/${relative(root, file).replace(/index\.html$/, '')}`;
    const pageUrl = new URL(options.base.replace(/\/$/, '') + page, origin);
    const html = readFileSync(file, 'utf8');
    for (const raw of urlsOf(html)) {
      links += 1;
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        problems.push({ page, url: raw, reason: 'malformed URL' });
        continue;
      }
      if (url.protocol === 'mailto:') continue;
      // A download carried in the page (the Cite section's files): well-formed base64 under a media type.
      if (url.protocol === 'data:') {
        if (!/^data:[a-z]+\/[\w.+-]+(?:;charset=utf-8)?;base64,[A-Za-z0-9+/]+={0,2}$/.test(raw))
          problems.push({ page, url: `${raw.slice(0, 80)}…`, reason: 'data: URL is not base64 under a media type' });
        continue;
      }
      if (url.origin !== origin) {
        if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.'))
          problems.push({ page, url: raw, reason: 'external URL is not a well-formed http(s) URL' });
        continue;
      }
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(options.base)) {
        problems.push({ page, url: raw, reason: `outside the base path ${options.base}` });
        continue;
      }
      let target = join(root, pathname.slice(options.base.length));
      if (pathname.endsWith('/')) target = join(target, 'index.html');
      else if (existsSync(target) && statSync(target).isDirectory()) {
        problems.push({ page, url: raw, reason: 'directory link without trailing slash' });
        continue;
      }
      if (!existsSync(target)) {
        problems.push({ page, url: raw, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids(target).has(fragment))
        problems.push({ page, url: raw, reason: `no element with id "${fragment}"` });
    }
  }
  return { pages, links, problems };
}
