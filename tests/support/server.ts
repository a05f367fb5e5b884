/** Serves a built site on an ephemeral localhost port for browser tests. */
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../tools/serve/static-server.ts';

export interface RunningSite {
  /** Origin plus base path, e.g. http://127.0.0.1:40123/archive/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export async function serveSite(root: string, base = '/', options: { applyHeadersFile?: boolean } = {}): Promise<RunningSite> {
  const server = await createStaticServer({ root, base, applyHeadersFile: options.applyHeadersFile ?? true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
