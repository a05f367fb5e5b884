/**
 * Serves the built archive (dist/) on localhost the way a static host would.
 * Usage: npm run serve [-- --port 4321 --host 127.0.0.1]
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { createStaticServer } from '../tools/serve/static-server.ts';
import { site } from '../src/site.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
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
server.listen(Number(values.port), values.host, () => {
  console.log(
    `The archive is served at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}${site.base}  (Ctrl+C to stop)`,
  );
});
