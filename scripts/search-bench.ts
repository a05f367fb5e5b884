/**
 * Search benchmark: builds a generated archive, then measures the index (build time, size on
 * disk), the bytes a first one-word search fetches and keystroke-to-results time in headless
 * Chromium. Prints JSON.
 *
 *   node scripts/search-bench.ts [--articles 10000] [--seed 1] [--dir .bench/search] [--skip-build]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createStaticServer } from '../tools/serve/static-server.ts';
import { launchBrowser } from '../tools/browser.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string', default: '.bench/search' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const dir = resolve(values.dir);
const content = join(dir, 'content');
const dist = join(dir, 'dist');
/** Common one-word queries from the corpus vocabulary, searched one after another. */
const WORDS = [
  'government',
  'minister',
  'election',
  'climate',
  'police',
  'court',
  'economy',
  'talks',
  'summit',
  'budget',
  'protest',
  'health',
  'energy',
  'trade',
  'security',
  'workers',
  'report',
  'border',
  'inflation',
  'drought',
];

function run(command: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, command, { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

function folderBytes(path: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

let build: { seconds: number; indexSeconds: number | null } | null = null;
if (!values['skip-build']) {
  const generated = await run([
    'scripts/generate-corpus.ts',
    '--articles',
    values.articles,
    '--seed',
    values.seed,
    '--out',
    content,
    '--force',
  ]);
  if (generated.code !== 0) throw new Error(generated.output);
  const built = await run(['scripts/build.ts', '--outDir', dist], {
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    SITE_URL: 'https://news.example',
    BASE_PATH: '/',
  });
  if (built.code !== 0) throw new Error(built.output);
  const indexed = /Indexed \d+ articles for search in \d+ shards? \(([\d.]+) s after rendering\)/.exec(built.output); // the indexing that outlasts rendering
  build = { seconds: built.seconds, indexSeconds: indexed ? Number(indexed[1]) : null };
}
if (!existsSync(join(dist, 'pagefind'))) throw new Error(`No search index in ${dist}; run without --skip-build.`);

const index = folderBytes(join(dist, 'pagefind'));
const server = await createStaticServer({ root: dist, base: '/', applyHeadersFile: true });
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();
const page = await browser.newPage();
// Response sizes as served (this server does not compress), and gzipped as a static host would
// send text and WebAssembly (Pagefind's index files are already compressed).
const fetched: { url: string; bytes: number; gzipBytes: number }[] = [];
page.on('response', async (response) => {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const compressible = !/\.pf_(meta|index|fragment|filter)$/.test(new URL(response.url()).pathname);
  fetched.push({ url: response.url(), bytes: body.length, gzipBytes: compressible ? gzipSync(body).length : body.length });
});

await page.goto(`${origin}/search/`);
await page.waitForSelector('[data-search-page][data-ready]');
const latencies: number[] = [];
let firstSearchMs = 0;
for (const [position, word] of WORDS.entries()) {
  const ms = await page.evaluate(async (query) => {
    const input = document.getElementById('search-q') as HTMLInputElement;
    const root = document.querySelector<HTMLElement>('[data-search-page]')!;
    const started = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((done) => {
      const check = () =>
        root.dataset.state === 'done' && new URL(location.href).searchParams.get('q') === query ? done() : requestAnimationFrame(check);
      check();
    });
    return performance.now() - started;
  }, word);
  if (position === 0) {
    firstSearchMs = ms;
    await page.waitForTimeout(200);
    const pagefindBytes = fetched.filter((item) => item.url.includes('/pagefind/')).reduce((sum, item) => sum + item.bytes, 0);
    const allBytes = fetched.reduce((sum, item) => sum + item.bytes, 0);
    const gzipBytes = fetched.reduce((sum, item) => sum + item.gzipBytes, 0);
    const byKind: Record<string, number> = {};
    for (const item of fetched) {
      const kind =
        /\/pagefind\/(index|fragment|filter)\//.exec(item.url)?.[1] ??
        new URL(item.url).pathname
          .split('/')
          .pop()!
          .replace(/[._][\w-]*\.(pf_meta)$/, '.$1');
      byKind[kind] = (byKind[kind] ?? 0) + item.bytes;
    }
    Object.assign(globalThis, { firstSearch: { pagefindBytes, allBytes, gzipBytes, requests: fetched.length, byKind } });
  } else latencies.push(ms);
}
await browser.close();
server.close();

const first = (
  globalThis as unknown as {
    firstSearch: { pagefindBytes: number; allBytes: number; gzipBytes: number; requests: number; byKind: Record<string, number> };
  }
).firstSearch;
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
console.log(
  JSON.stringify(
    {
      articles: Number(values.articles),
      build: build && { totalSeconds: Number(build.seconds.toFixed(1)), indexSeconds: build.indexSeconds },
      index: { files: index.files, megabytes: Number((index.bytes / 1e6).toFixed(2)) },
      firstOneWordSearch: {
        word: WORDS[0],
        milliseconds: Math.round(firstSearchMs),
        pagefindKilobytes: kb(first.pagefindBytes),
        pageAndSearchKilobytes: kb(first.allBytes),
        pageAndSearchKilobytesGzipped: kb(first.gzipBytes),
        requests: first.requests,
        kilobytesByKind: Object.fromEntries(Object.entries(first.byKind).map(([kind, bytes]) => [kind, kb(bytes)])),
      },
      keystrokeToResults: {
        searches: latencies.length,
        medianMs: Math.round(median(latencies)),
        maxMs: Math.round(Math.max(...latencies)),
        note: 'includes the 60 ms typing pause',
      },
    },
    null,
    2,
  ),
);
