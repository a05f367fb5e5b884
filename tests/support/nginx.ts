/**
 * Runs deploy/nginx.conf in a real nginx for the tests: the server block is used as written, with
 * only its listen address, root and snippet path pointed at the test's build, inside a throwaway
 * prefix (pid, logs and temp files under a temporary folder), in the foreground as a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { programPath } from '../../tools/test-deps.ts';
import { ROOT } from './site.ts';

export interface NginxOptions {
  /** Replaces the not-found page, as the config's comment says to for a sub-path build. */
  errorPage?: string;
}

export interface RunningNginx {
  origin: string;
  /** What nginx wrote to stderr while starting (warnings, errors). */
  startupLog: string;
  close(): Promise<void>;
}

/** The nginx binary: NGINX_PATH, or Debian's. Throws, saying how to install it, when there is none. */
export const nginxBinary = () => programPath('nginx');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Replaces `from` in the config once, failing if the deploy config no longer contains it. */
function substitute(config: string, from: string, to: string): string {
  if (!config.includes(from)) throw new Error(`deploy/nginx.conf no longer contains \`${from}\`; update tests/support/nginx.ts to match.`);
  return config.split(from).join(to);
}

/** The deployed server block, pointed at `root` and the repository's security-headers snippet. */
export async function serverBlock(root: string, port: number, options: NginxOptions = {}): Promise<string> {
  let config = await readFile(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  config = substitute(config, 'listen 80;', `listen 127.0.0.1:${port};`);
  config = substitute(config, 'root /var/www/archive;', `root ${root};`);
  config = substitute(config, '/etc/nginx/snippets/archive-security-headers.conf', join(ROOT, 'deploy/security-headers.conf'));
  if (options.errorPage) config = substitute(config, 'error_page 404 /404.html;', `error_page 404 ${options.errorPage};`);
  return config;
}

/** Starts nginx serving `root` with deploy/nginx.conf on a free localhost port. */
export async function startNginx(root: string, options: NginxOptions = {}): Promise<RunningNginx> {
  const binary = nginxBinary();
  const prefix = await mkdtemp(join(tmpdir(), 'archive-nginx-'));
  const port = await freePort();
  await writeFile(join(prefix, 'server.conf'), await serverBlock(root, port, options));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(prefix, kind)};`).join('\n');
  // One foreground process as the current user: nothing outlives the test, no root needed.
  await writeFile(
    join(prefix, 'nginx.conf'),
    `daemon off;\nmaster_process off;\npid ${join(prefix, 'nginx.pid')};\nerror_log stderr;\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n${temp}\n  include ${join(prefix, 'server.conf')};\n}\n`,
  );

  const child = spawn(binary, ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const origin = `http://127.0.0.1:${port}`;

  try {
    await waitUntilServing(origin, child, exited, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }

  return {
    origin,
    startupLog: log,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}

async function waitUntilServing(origin: string, child: ChildProcess, exited: Promise<number | null>, log: () => string): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (stopped) throw new Error(`nginx exited with code ${child.exitCode} while starting:\n${log()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on ${origin} within 10 s:\n${log()}`);
}
