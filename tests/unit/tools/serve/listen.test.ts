import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { listen, PortInUseError } from '../../../../tools/serve/listen.ts';

const servers: Server[] = [];
const server = () => {
  const created = createServer();
  servers.push(created);
  return created;
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

/** A port that is busy for the rest of the test. */
async function busyPort(): Promise<number> {
  const blocker = server();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  const address = blocker.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('listen', () => {
  test('moves a busy default port to the next free one', async () => {
    const busy = await busyPort();
    const port = await listen(server(), { port: busy, host: '127.0.0.1', chosen: false });
    expect(port).toBeGreaterThan(busy);
  });

  test('refuses a busy chosen port in one line that names the flag', async () => {
    const busy = await busyPort();
    const attempt = listen(server(), { port: busy, host: '127.0.0.1', chosen: true });
    await expect(attempt).rejects.toThrow(PortInUseError);
    await expect(attempt).rejects.toThrow(new RegExp(`Port ${busy} on 127\\.0\\.0\\.1 is in use\\. Choose another with --port`));
  });

  test('uses a free chosen port as it is', async () => {
    const free = await busyPort();
    await new Promise((done) => servers.shift()?.close(done));
    expect(await listen(server(), { port: free, host: '127.0.0.1', chosen: true })).toBe(free);
  });
});
