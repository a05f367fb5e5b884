/**
 * Search benchmark: builds a generated archive, then measures the index (build time, size on
 * disk), what the search page fetches before the reader shows intent, what a first one-word
 * search adds (bytes on the wire from a host that gzips text, requests, by kind of file),
 * keystroke-to-results time, and first results / complete results on a simulated 4G link, in
 * headless Chromium. Prints JSON.
 *
 *   node scripts/search-bench.ts [--articles 10000] [--seed 1] [--dir .bench/search] [--skip-build]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { PhaseMarks } from '../src/build/timer.ts';
import { createStaticServer } from '../tools/serve/static-server.ts';
import { launchBrowser } from '../tools/browser.ts';
import { parseCommandLine } from '../tools/cli.ts';

const USAGE = `Usage: npm run bench:search [-- --articles 10000] [--seed 1] [--dir .bench/search] [--skip-build]

  --articles N    size of the generated archive
  --seed S        corpus seed
  --dir PATH      work folder for the corpus and the build
  --skip-build    reuse the build already in --dir`;

const { values } = parseCommandLine(USAGE, {
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
  const timingsFile = join(dir, 'build-timings.json');
  const built = await run(['scripts/build.ts', '--outDir', dist], {
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    SITE_URL: 'https://news.example',
    BASE_PATH: '/',
    BUILD_TIMINGS_FILE: timingsFile,
  });
  if (built.code !== 0) throw new Error(built.output);
  // The build's phase marks (src/build/timer.ts): the indexing that outlasts rendering.
  const marks = JSON.parse(readFileSync(timingsFile, 'utf8')) as PhaseMarks;
  const indexMs =
    marks.searchIndexed !== undefined && marks.pagesGenerated !== undefined ? marks.searchIndexed - marks.pagesGenerated : null;
  build = { seconds: built.seconds, indexSeconds: indexMs === null ? null : Number((indexMs / 1000).toFixed(1)) };
}
if (!existsSync(join(dist, 'pagefind'))) throw new Error(`No search index in ${dist}; run without --skip-build.`);

const index = folderBytes(join(dist, 'pagefind'));
// The server gzips text, as a static host does; Pagefind's own files are already compressed.
const server = await createStaticServer({ root: dist, base: '/', applyHeadersFile: true, gzip: true });
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();

interface Fetched {
  url: string;
  /** Bytes on the wire (after the host's gzip). */
  bytes: number;
}

/**
 * Opens a page that records every finished request with its size on the wire (headers plus the
 * encoded body), including requests from Pagefind's web worker; `network` turns on Chromium's
 * network emulation.
 */
async function recordingPage(network?: { latency: number; downloadThroughput: number; uploadThroughput: number }) {
  const page = await browser.newPage();
  if (network) {
    const session = await page.context().newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  const fetched: Fetched[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) fetched.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  return { page, fetched };
}

/** File kinds for the by-kind table. */
function kindOf(url: string): string {
  const path = new URL(url).pathname;
  const pagefind = /\/pagefind\/(?:shard-\d+\/)?(index|fragment|filter)\//.exec(path)?.[1];
  if (pagefind) return `pagefind ${pagefind}`;
  if (/\.pf_meta$/.test(path)) return 'pagefind meta';
  if (/wasm\.[\w-]+\.pagefind$/.test(path)) return 'pagefind wasm';
  if (/pagefind(-worker)?\.js$/.test(path)) return 'pagefind js';
  if (/pagefind-entry\.json$/.test(path)) return 'pagefind entry';
  if (/\/pagefind\/[\w.-]+\.json$/.test(path)) return 'search json';
  if (/\.js$/.test(path)) return 'page js';
  if (/\.css$/.test(path)) return 'page css';
  if (/\/$|\.html$/.test(path)) return 'page html';
  return 'other';
}

const summary = (items: Fetched[]) => {
  const byKind: Record<string, { kilobytes: number; requests: number }> = {};
  for (const item of items) {
    const kind = kindOf(item.url);
    byKind[kind] ??= { kilobytes: 0, requests: 0 };
    byKind[kind].kilobytes += item.bytes / 1024;
    byKind[kind].requests += 1;
  }
  for (const entry of Object.values(byKind)) entry.kilobytes = Number(entry.kilobytes.toFixed(1));
  return {
    kilobytes: Number((items.reduce((sum, item) => sum + item.bytes, 0) / 1024).toFixed(1)),
    requests: items.length,
    wasmModules: new Set(items.filter((item) => kindOf(item.url) === 'pagefind wasm').map((item) => item.url)).size,
    byKind,
  };
};

/** Types `query` as one input event and resolves with the times at which results, then everything, were on screen. */
function typeAndTime(page: Page, query: string): Promise<{ resultsMs: number; doneMs: number }> {
  return page.evaluate(async (words) => {
    const input = document.getElementById('search-q') as HTMLInputElement;
    const root = document.querySelector<HTMLElement>('[data-search-page]')!;
    const started = performance.now();
    input.focus();
    input.value = words;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    let resultsMs = 0;
    await new Promise<void>((done) => {
      const check = () => {
        const current = new URL(location.href).searchParams.get('q') === words;
        const state = root.dataset.state ?? '';
        if (current && resultsMs === 0 && ['partial', 'results', 'done'].includes(state)) resultsMs = performance.now() - started;
        if (current && state === 'done') done();
        else requestAnimationFrame(check);
      };
      check();
    });
    return { resultsMs, doneMs: performance.now() - started };
  }, query);
}

// 1. Fast link: the page itself, then the first one-word query, then keystroke latency.
const { page, fetched } = await recordingPage();
await page.goto(`${origin}/search/`);
await page.waitForSelector('[data-search-page][data-ready]');
await page.waitForTimeout(300);
const pageLoad = summary(fetched);
const beforeQuery = fetched.length;
const first = await typeAndTime(page, WORDS[0]!);
await page.waitForTimeout(300);
const firstQuery = summary(fetched.slice(beforeQuery));
const total = summary(fetched);
const resultsLatency: number[] = [];
const doneLatency: number[] = [];
for (const word of WORDS.slice(1)) {
  const timed = await typeAndTime(page, word);
  resultsLatency.push(timed.resultsMs);
  doneLatency.push(timed.doneMs);
}
await page.close();

// 2. Simulated 4G (9 Mbps down, 150 ms round trip), cold cache: arriving with ?q=.
const slow = await recordingPage({ latency: 150, downloadThroughput: (9e6 / 8) | 0, uploadThroughput: (9e6 / 8) | 0 });
const slowStarted = Date.now();
await slow.page.goto(`${origin}/search/?q=${WORDS[0]}`);
await slow.page.waitForFunction(() =>
  ['partial', 'results', 'done'].includes(document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state ?? ''),
);
const firstResultsMs = Date.now() - slowStarted;
const atFirstResults = summary(slow.fetched);
await slow.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state === 'done', undefined, {
  timeout: 120_000,
});
const completeMs = Date.now() - slowStarted;
await slow.page.waitForTimeout(300);
const atComplete = summary(slow.fetched);
await slow.page.close();
await browser.close();
server.close();

const round = (ms: number) => Math.round(ms);
console.log(
  JSON.stringify(
    {
      articles: Number(values.articles),
      build: build && { totalSeconds: Number(build.seconds.toFixed(1)), indexSecondsAfterRender: build.indexSeconds },
      index: { files: index.files, megabytes: Number((index.bytes / 1e6).toFixed(2)) },
      searchPageBeforeIntent: pageLoad,
      firstOneWordQuery: { word: WORDS[0], resultsMs: round(first.resultsMs), doneMs: round(first.doneMs), ...firstQuery },
      pageAndFirstQuery: { kilobytes: total.kilobytes, requests: total.requests, wasmModules: total.wasmModules },
      keystrokeToResults: {
        searches: resultsLatency.length,
        medianMs: round(median(resultsLatency)),
        maxMs: round(Math.max(...resultsLatency)),
        toFacetsMedianMs: round(median(doneLatency)),
        toFacetsMaxMs: round(Math.max(...doneLatency)),
        note: 'each query typed as one input event after a pause, which searches at once',
      },
      simulated4G: {
        network: '9 Mbps down, 150 ms RTT, cold cache, arriving with ?q=',
        firstResults: { ms: firstResultsMs, kilobytes: atFirstResults.kilobytes, requests: atFirstResults.requests },
        completeCountAndFacets: {
          ms: completeMs,
          kilobytes: atComplete.kilobytes,
          requests: atComplete.requests,
          byKind: atComplete.byKind,
        },
      },
    },
    null,
    2,
  ),
);
