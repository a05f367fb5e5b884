/**
 * Builds and serves a demo archive: by default the 171 real Wikinews articles in examples/wikinews;
 * with --generated N, N synthetic articles written to .tmp/demo-content (reused when the count and
 * seed are unchanged) to see the archive at scale. A busy default port moves to the next free one.
 * Usage: npm run demo [-- --generated 2000 [--seed 1]] [--port 4321]   (--articles N = --generated N)
 */
import { resolve } from 'node:path';
import { ensureCorpus } from '../tools/corpus/ensure.ts';
import { demoPlan, type DemoPlan } from '../tools/demo/plan.ts';
import { listen } from '../tools/serve/listen.ts';
import { createStaticServer } from '../tools/serve/static-server.ts';
import { site } from '../src/site.ts';
import { runScript } from '../tools/run.ts';
import { parseCommandLine } from '../tools/cli.ts';

const USAGE = `Usage: npm run demo [-- --generated N [--seed S]] [--port 4321] [--host 127.0.0.1]

  (no options)      build and serve the 171 real Wikinews articles in examples/wikinews
  --generated N     build and serve N generated articles instead (--articles N is the same)
  --seed S          seed of the generated articles (default 1)
  --port N          port (a busy default moves to the next free one)
  --host NAME       interface to listen on (default 127.0.0.1)`;

const { values } = parseCommandLine(USAGE, {
  options: {
    generated: { type: 'string' },
    articles: { type: 'string' },
    seed: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
let plan: DemoPlan;
try {
  plan = demoPlan(values);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const content = resolve(plan.contentDir);
const outDir = resolve(plan.outDir);
let started = performance.now();
if (plan.kind === 'generated') {
  const wrote = await ensureCorpus(content, { count: plan.count, seed: plan.seed });
  console.log(
    wrote
      ? `Generated ${plan.count.toLocaleString('en')} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`
      : `Reusing the ${plan.count.toLocaleString('en')} articles in ${content}`,
  );
} else {
  console.log(`Building the demo archive: real news from Wikinews (CC BY 2.5) in ${plan.contentDir}`);
}

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
