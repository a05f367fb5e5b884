/**
 * Serves the built archive (dist/) on localhost the way a static host would, at the base path it
 * was built for. Usage: see USAGE.
 */
import { existsSync } from 'node:fs';
import { normaliseBase } from '../src/content/base.ts';
import { site } from '../src/site.ts';
import { parseCommandLine, readNumberOption } from '../tools/cli.ts';
import { builtBase } from '../tools/serve/built-base.ts';
import { listen } from '../tools/serve/listen.ts';
import { createStaticServer } from '../tools/serve/static-server.ts';

const USAGE = `Usage: npm run serve [-- --port 4321 --host 127.0.0.1 --dir dist]

  --port N     port to listen on (default PORT or 4321; a busy default moves to the next free port)
  --host NAME  interface to listen on (default HOST or 127.0.0.1; 0.0.0.0 for every interface)
  --dir PATH   the built site to serve (default dist)

The site is served at the base path it was built with (BASE_PATH at build time).`;

const { values } = parseCommandLine(USAGE, {
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});

const wanted = values.port ?? process.env.PORT;
// Checked before anything else, so a wrong port is reported as such whatever the state of the build.
const port =
  wanted === undefined
    ? 4321
    : readNumberOption(USAGE, wanted, values.port === undefined ? 'PORT' : '--port', { integer: true, min: 0, max: 65535 });

if (!existsSync(values.dir)) {
  console.error(
    `Nothing to serve: ${values.dir}/ does not exist. Run \`npm run build\` first (or \`npm start\`, which builds and serves).`,
  );
  process.exit(1);
}

// The build's own links decide: serving a /archive/ build at / (or the reverse) breaks every link.
const built = await builtBase(values.dir);
if (built !== undefined && process.env.BASE_PATH !== undefined && normaliseBase(process.env.BASE_PATH) !== built) {
  console.warn(
    `${values.dir}/ was built for the base path ${built}, so it is served there (BASE_PATH=${process.env.BASE_PATH} is ignored).`,
  );
}
const base = built ?? site.base;
const server = await createStaticServer({ root: values.dir, base, applyHeadersFile: true });
try {
  const listening = await listen(server, { port, host: values.host, chosen: wanted !== undefined });
  const host = values.host === '0.0.0.0' ? 'localhost' : values.host;
  console.log(`The archive is served at http://${host}:${listening}${base}  (Ctrl+C to stop)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
