/**
 * See the archive at scale: generates N synthetic articles into .tmp/demo-content (reused when
 * the count and seed are unchanged), builds them into .tmp/demo-dist and serves the result.
 * Usage: npm run demo -- --articles 2000 [--seed 1] [--port 4321]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus } from '../tools/corpus/ensure.ts';
import { listen } from '../tools/serve/listen.ts';
import { createStaticServer } from '../tools/serve/static-server.ts';
import { site } from '../src/site.ts';
import { runScript } from '../tools/run.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const count = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run demo -- --articles N [--seed S] [--port P]  (N and S whole numbers, N ≥ 1)');
  process.exit(1);
}

const content = resolve('.tmp/demo-content');
const outDir = resolve('.tmp/demo-dist');
let started = performance.now();
const wrote = await ensureCorpus(content, { count, seed });
console.log(
  wrote
    ? `Generated ${count.toLocaleString('en')} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`
    : `Reusing the ${count.toLocaleString('en')} articles in ${content}`,
);

started = performance.now();
const { code } = await runScript('scripts/build.ts', ['--outDir', outDir], { env: { CONTENT_DIR: content }, output: 'inherit' });
if (code !== 0) process.exit(code);
console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const server = await createStaticServer({ root: outDir, base: site.base, applyHeadersFile: true });
const wanted = values.port ?? process.env.PORT;
try {
  const port = await listen(server, { port: Number(wanted ?? 4321), host: values.host, chosen: wanted !== undefined });
  console.log(`The demo archive is served at http://${values.host}:${port}${site.base}  (Ctrl+C to stop)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
