/**
 * Serves the built archive (dist/) on localhost the way a static host would.
 * Usage: npm run serve [-- --port 4321 --host 127.0.0.1]
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { listen } from '../tools/serve/listen.ts';
import { createStaticServer } from '../tools/serve/static-server.ts';
import { site } from '../src/site.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});

if (!existsSync(values.dir)) {
  console.error(
    `Nothing to serve: ${values.dir}/ does not exist. Run \`npm run build\` first (or \`npm start\`, which builds and serves).`,
  );
  process.exit(1);
}

const server = await createStaticServer({ root: values.dir, base: site.base, applyHeadersFile: true });
const wanted = values.port ?? process.env.PORT;
try {
  const port = await listen(server, { port: Number(wanted ?? 4321), host: values.host, chosen: wanted !== undefined });
  const host = values.host === '0.0.0.0' ? 'localhost' : values.host;
  console.log(`The archive is served at http://${host}:${port}${site.base}  (Ctrl+C to stop)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
