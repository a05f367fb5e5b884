/**
 * The production build: `npm run build`. Runs Astro with a heap sized for large archives and
 * telemetry off. Environment: SITE_URL, BASE_PATH, CONTENT_DIR, TIME_ZONE (see README).
 * Usage: npm run build [-- --outDir dist]
 */
import { spawn } from 'node:child_process';
import { availableParallelism, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// Large archives need far more than V8's default heap; leave a quarter of memory to the OS.
const heapMb = Number(process.env.BUILD_HEAP_MB ?? Math.min(16_384, Math.floor((totalmem() / 1024 / 1024) * 0.75)));

const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, astroBin, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', UV_THREADPOOL_SIZE: String(Math.max(4, availableParallelism())) },
});
child.on('exit', (code, signal) => {
  if (signal) console.error(`The build was stopped by ${signal}.`);
  process.exit(code ?? 1);
});
