/**
 * Builds the 1,000-page import benchmark set (docs/importing.md, "Both cores"): the 311 saved pages
 * of both evaluation sets (181 scrapinghub + 130 Readability test pages, fetched as docs/importing.md
 * describes), copied round-robin until there are `count` files. Each copy after the first gets its own
 * headline (" #k" appended to <title>, <h1>, og:title, twitter:title and JSON-LD "headline") and each
 * page its own canonical URL, so the importer treats every copy as a new article.
 * Regular expressions rather than an HTML parser on purpose: the copies must keep every other byte
 * of the saved page as it was, which a parse and reserialisation would not.
 * Usage: npm exec -- node tools/bench/import-pages.ts <data dir> <out dir> [count]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const [data = '/work/briefs/import-data', out = '.tmp/import-1000', countText = '1000'] = process.argv.slice(2);
const count = Number(countText);
const pages: Array<{ id: string; html: string }> = [];
const sh = path.join(data, 'scrapinghub/html');
for (const name of readdirSync(sh).sort())
  pages.push({ id: `sh-${name.slice(0, 12)}`, html: gunzipSync(readFileSync(path.join(sh, name))).toString('utf8') });
const rd = path.join(data, 'readability/test/test-pages');
for (const name of readdirSync(rd).sort()) pages.push({ id: `rd-${name}`, html: readFileSync(path.join(rd, name, 'source.html'), 'utf8') });

function variant(html: string, id: string, copy: number): string {
  const url = `https://bench.example.org/${copy}/${id}`;
  let result = html;
  if (copy > 0) {
    const tag = ` #${copy}`;
    result = result
      .replace(/(<title[^>]*>)([\s\S]*?)(<\/title>)/i, (_m, a, b, c) => `${a}${b.trim()}${tag}${c}`)
      .replace(/(<h1[^>]*>)([\s\S]*?)(<\/h1>)/gi, (_m, a, b, c) => `${a}${b}${tag}${c}`)
      .replace(
        /(<meta[^>]+(?:property|name)=["'](?:og:title|twitter:title)["'][^>]*content=["'])([^"']*)/gi,
        (_m, a, b) => `${a}${b}${tag}`,
      )
      .replace(/("headline"\s*:\s*")([^"]*)"/g, (_m, a, b) => `${a}${b}${tag}"`);
  }
  result = result.replace(/<link[^>]+rel=["']canonical["'][^>]*>/gi, '').replace(/<meta[^>]+property=["']og:url["'][^>]*>/gi, '');
  const link = `<link rel="canonical" href="${url}">`;
  return /<head[^>]*>/i.test(result) ? result.replace(/<head[^>]*>/i, (m) => `${m}${link}`) : `${link}${result}`;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (let index = 0; index < count; index++) {
  const page = pages[index % pages.length]!;
  const copy = Math.floor(index / pages.length);
  writeFileSync(path.join(out, `${String(index).padStart(4, '0')}-${page.id}.html`), variant(page.html, page.id, copy));
}
console.log(`${count} pages from ${pages.length} in ${out}`);
