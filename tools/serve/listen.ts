/**
 * Starts a server on a port for `npm start`, `npm run serve` and `npm run demo`. Two of these
 * running at once is common (the demo beside your own archive), so a busy default port moves to
 * the next free one instead of ending in an EADDRINUSE stack trace; a port the user chose is kept
 * or refused in one line.
 */
import type { Server } from 'node:http';

export interface ListenOptions {
  port: number;
  host: string;
  /** True when the user asked for this port (`--port`/`PORT`): never move it. */
  chosen: boolean;
  /** How many further ports to try when the default is busy. */
  attempts?: number;
}

export class PortInUseError extends Error {
  constructor(port: number, host: string, chosen: boolean) {
    super(
      chosen
        ? `Port ${port} on ${host} is in use. Choose another with --port, e.g. --port ${port + 1}.`
        : `Ports from ${port} on ${host} are in use. Choose a free one with --port.`,
    );
    this.name = 'PortInUseError';
  }
}

/**
 * Listens on `port`, or on the next free port after a busy default one; resolves to the port used.
 * @throws PortInUseError when the chosen port, or every port tried, is busy; other listen errors as they come.
 */
export async function listen(server: Server, options: ListenOptions): Promise<number> {
  const attempts = options.chosen ? 1 : (options.attempts ?? 20);
  for (let offset = 0; offset < attempts; offset++) {
    const port = options.port + offset;
    const result = await new Promise<'ok' | 'busy'>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE') resolve('busy');
        else reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve('ok');
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, options.host);
    });
    if (result === 'ok') return port;
  }
  throw new PortInUseError(options.port, options.host, options.chosen);
}
