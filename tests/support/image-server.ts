/**
 * A small HTTP server on 127.0.0.1 for the image download tests, so they never reach the network:
 * each route answers with a status, a content type and a body, optionally after a delay.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  type?: string;
  body?: Uint8Array | string;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Send no Content-Length, so a size cap must count the bytes as they come. */
  chunked?: boolean;
}

export interface ImageServer {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts the server on a free port; unknown paths answer 404. */
export async function serveImages(routes: Record<string, Route>): Promise<ImageServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const route = routes[path];
    const answer = () => {
      if (!route) {
        response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        return;
      }
      const body = route.body ?? '';
      const headers: Record<string, string | number> = { 'content-type': route.type ?? 'application/octet-stream' };
      if (!route.chunked) headers['content-length'] = Buffer.byteLength(body);
      response.writeHead(route.status ?? 200, headers).end(body);
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
