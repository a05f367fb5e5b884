/**
 * Build benchmark: generates a synthetic corpus, runs the production build on it and reports
 * time per phase, peak memory of the whole process tree, pages, output and index size.
 * Usage: npm run bench -- --articles 10000 [--seed 1] [--images] [--cold] [--keep] [--compare-hugo]
 * Results are printed and saved to .bench/results-<N>.json (`-images` appended with --images, which
 * gives every article its own lead image). The build cache is kept between runs, so a second run is
 * a warm rebuild; --cold empties it first. `--compare-hugo` then builds the same
 * articles with Hugo and the Pagefind CLI (tools/bench/hugo.ts) and reports the ratio.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine, readNumberOption } from '../tools/cli.ts';
import { folderStats } from '../tools/fs.ts';
import { runScript } from '../tools/run.ts';
import { phaseDurations, tableRow, TABLE_HEADER, type BenchResult, type BuildMarks } from '../tools/bench/report.ts';
import { compareLine, runHugoAnchor } from '../tools/bench/hugo.ts';

const USAGE = `Usage: npm run bench -- [--articles 1000] [--seed 1] [--images] [--cold] [--keep] [--compare-hugo]

  --articles N      size of the generated archive
  --seed S          corpus seed
  --images          give every article its own lead image, stored beside it
  --cold            empty the build cache first (a second run without it is a warm rebuild)
  --keep            keep the generated corpus and build in .bench/
  --compare-hugo    also build the same articles with Hugo and the Pagefind CLI, and compare`;

const { values } = parseCommandLine(USAGE, {
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    images: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
    'compare-hugo': { type: 'boolean', default: false },
  },
});
const articles = readNumberOption(USAGE, values.articles, '--articles', { integer: true, min: 1 });
readNumberOption(USAGE, values.seed, '--seed', { integer: true });
const root = resolve(import.meta.dirname, '..');
const work = join(root, '.bench');
const variant = values.images ? `${articles}-images` : String(articles);
const contentDir = join(work, `corpus-${articles}-${values.seed}${values.images ? '-images' : ''}`);
const outDir = join(work, `dist-${variant}`);
const marksFile = join(work, `marks-${variant}.json`);
const cacheDir = join(work, `cache-${variant}`);
await mkdir(work, { recursive: true });

/** Runs a project script, relaying its output indented under the benchmark's own lines. */
function run(args: string[], env: Record<string, string> = {}) {
  let atLineStart = true;
  const [script = '', ...rest] = args;
  return runScript(script, rest, {
    env,
    measureMemory: true,
    onOutput: (text) => {
      process.stdout.write((atLineStart ? '  │ ' : '') + text.replace(/\n(?!$)/g, '\n  │ '));
      atLineStart = text.endsWith('\n');
    },
  });
}

const sizeMiB = (dir: string) => Math.round(folderStats(dir).bytes / 1024 / 102.4) / 10;
const countPages = (dir: string) => folderStats(dir, { suffix: '.html', skip: ['pagefind'] }).files;

console.log(`▸ Benchmark: ${articles.toLocaleString('en')} articles`);
let generateSeconds = 0;
if (!existsSync(join(contentDir, '.complete'))) {
  console.log(`▸ Generating the corpus into ${contentDir}`);
  await rm(contentDir, { recursive: true, force: true });
  const started = performance.now();
  const generated = await run([
    'scripts/generate-corpus.ts',
    '--articles',
    String(articles),
    '--seed',
    values.seed,
    '--out',
    contentDir,
    ...(values.images ? ['--images'] : []),
  ]);
  if (generated.code !== 0) process.exit(generated.code);
  generateSeconds = Math.round((performance.now() - started) / 100) / 10;
  await writeFile(join(contentDir, '.complete'), '');
} else {
  console.log(`▸ Reusing the corpus in ${contentDir}`);
}

if (values.cold) await rm(cacheDir, { recursive: true, force: true });
console.log(
  `▸ Building with the production build (npm run build), ${existsSync(cacheDir) ? 'warm: reusing the build cache' : 'cold: empty build cache'}`,
);
await rm(outDir, { recursive: true, force: true });
await rm(marksFile, { force: true });
const started = performance.now();
const build = await run(['scripts/build.ts', '--outDir', outDir], {
  CONTENT_DIR: contentDir,
  ASTRO_CACHE_DIR: cacheDir,
  BUILD_TIMINGS_FILE: marksFile,
  SITE_URL: 'https://news.example',
});
const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
if (build.code !== 0) {
  console.error(`The build failed (exit ${build.code}).`);
  process.exit(build.code);
}

const marks = existsSync(marksFile) ? (JSON.parse(await readFile(marksFile, 'utf8')) as BuildMarks) : {};
const result: BenchResult = {
  articles,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
  },
  generateSeconds,
  buildSeconds,
  phases: phaseDurations(marks),
  peakMemoryMiB: Math.round(build.peakKiB / 1024),
  pages: countPages(outDir),
  outputMiB: sizeMiB(outDir),
  searchIndexMiB: sizeMiB(join(outDir, 'pagefind')),
  articlesPerSecond: Math.round(articles / buildSeconds),
  cpuSeconds: Math.round(build.cpuSeconds * 10) / 10,
};
if (values['compare-hugo']) {
  console.log('▸ Building the same articles with Hugo (minimal theme) and the Pagefind CLI');
  result.hugoAnchor = await runHugoAnchor(contentDir, join(work, `hugo-${articles}`));
  console.log(compareLine(result.hugoAnchor, { seconds: buildSeconds, cpuSeconds: result.cpuSeconds, pages: result.pages }));
}
await writeFile(join(work, `results-${variant}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(`\n${JSON.stringify(result, null, 2)}\n\n${TABLE_HEADER}\n${tableRow(result)}`);
if (!values.keep) await rm(outDir, { recursive: true, force: true });
