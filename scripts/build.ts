/**
 * The production build: `npm run build`. Runs Astro with a heap sized for large archives and
 * telemetry off. Environment: SITE_URL, BASE_PATH, CONTENT_DIR, TIME_ZONE (see README).
 * Usage: npm run build [-- --outDir dist]
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildHeapMb } from '../tools/build/heap.ts';
import { site } from '../src/site.ts';

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const countArticles = () => {
  try {
    return readdirSync(site.contentDir, { recursive: true }).filter((name) => String(name).endsWith('.md')).length;
  } catch {
    return 0;
  }
};
const heapMb = process.env.BUILD_HEAP_MB ? Number(process.env.BUILD_HEAP_MB) : buildHeapMb(countArticles(), totalmem());

const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, astroBin, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', UV_THREADPOOL_SIZE: String(Math.max(4, availableParallelism())) },
});
child.on('exit', (code, signal) => {
  if (signal) console.error(`The build was stopped by ${signal}.`);
  process.exit(code ?? 1);
});
