/**
 * The production build: `npm run build`. Runs Astro with a heap sized for large archives and
 * telemetry off, shows progress instead of a line per page, and ends with a summary.
 * Environment: SITE_URL, BASE_PATH, CONTENT_DIR, TIME_ZONE (see README).
 * Usage: see USAGE.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { en } from '../src/i18n/en.ts';
import { plural } from '../src/i18n/format.ts';
import { site } from '../src/site.ts';
import type { BuildProgressMessage } from '../src/build/progress.ts';
import { parseCommandLine } from '../tools/cli.ts';
import { folderStats } from '../tools/fs.ts';
import { buildHeapMb } from '../tools/build/heap.ts';
import { formatSeconds, isPageLine, progressReporter } from '../tools/build/progress.ts';
import { treeRssKiB } from '../tools/run.ts';
import { discardStaging, publishStaging, removeLeftovers, stagingFolder } from '../tools/build/staging.ts';

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const USAGE = `Usage: npm run build [-- --outDir dist]

  --outDir PATH   where the site is written (default dist)

Settings come from the environment: SITE_URL, BASE_PATH, CONTENT_DIR, TIME_ZONE, SITE_LANG and the
others in the README's Configuration table.`;
const { values } = parseCommandLine(USAGE, { options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);
// The site is built beside outDir and takes its place only when the build succeeds (tools/build/staging.ts).
for (const leftover of await removeLeftovers(outDir)) console.log(`Removed ${leftover}, left by a build that was stopped.`);
const staging = stagingFolder(outDir);
const args = ['--outDir', staging];
const articles = folderStats(site.contentDir, { suffix: '.md' }).files;
const heapMb = process.env.BUILD_HEAP_MB ? Number(process.env.BUILD_HEAP_MB) : buildHeapMb(articles, totalmem());

const started = performance.now();
const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, astroBin, 'build', ...args], {
  stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', UV_THREADPOOL_SIZE: String(Math.max(4, availableParallelism())) },
});

// Ctrl-C reaches Astro too; this process stays to discard the staging folder, and passes a
// termination on (from CI, say) instead of leaving Astro running.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

const progress = progressReporter(process.stdout);
let rendered = 0;
let published: number | undefined;
child.on('message', (message: BuildProgressMessage) => {
  if (message.type === 'planned') {
    published = message.articles;
    progress.planned(message.pages);
  } else {
    rendered += message.pages;
    progress.advance(message.pages);
  }
});
// Astro's own lines pass through, except the one per page that the progress report replaces.
for (const [from, to] of [
  [child.stdout!, process.stdout],
  [child.stderr!, process.stderr],
] as const) {
  createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
    if (!isPageLine(line)) to.write(`${line}\n`);
  });
}

let peakKiB = 0;
const sampler = setInterval(() => {
  if (child.pid !== undefined) peakKiB = Math.max(peakKiB, treeRssKiB(child.pid));
}, 500);

child.on('exit', async (code, signal) => {
  clearInterval(sampler);
  progress.stop();
  if (signal) console.error(`The build was stopped by ${signal}.`);
  if (code !== 0) {
    await discardStaging(staging);
    console.error(
      existsSync(outDir)
        ? `Nothing was published: ${outDir} is as the last successful build left it.`
        : `Nothing was published: ${outDir} was not created.`,
    );
  } else {
    await publishStaging(staging, outDir);
    const index = folderStats(join(outDir, 'pagefind'));
    console.log(
      `Built ${plural(rendered, { one: '{count} page or feed', other: '{count} pages and feeds' }, 'en')} from ${plural(published ?? articles, en.counted.articles, 'en')} in ${formatSeconds((performance.now() - started) / 1000)}` +
        ` · peak memory ${(peakKiB / 1024 / 1024).toFixed(2)} GiB · search index ${(index.bytes / 1024 / 1024).toFixed(1)} MiB in ${index.files.toLocaleString('en')} files → ${outDir}`,
    );
  }
  process.exit(code ?? 1);
});
