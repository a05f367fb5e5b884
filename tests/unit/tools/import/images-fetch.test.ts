import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { downloadImage, ImageRefused } from '../../../../tools/import/images-fetch.ts';
import { serveImages, type ImageServer } from '../../../support/image-server.ts';
import { SAVED_FILES } from './helpers.ts';

let server: ImageServer;
let jpeg: Uint8Array;

beforeAll(async () => {
  jpeg = await readFile(path.join(SAVED_FILES, 'harbour-wall.jpg'));
  server = await serveImages({
    '/photo.jpg': { type: 'image/jpeg', body: jpeg },
    '/photo-charset.jpg': { type: 'IMAGE/JPEG; charset=binary', body: jpeg },
    '/chunked.jpg': { type: 'image/jpeg', body: jpeg, chunked: true },
    '/gone.jpg': { status: 410, type: 'image/jpeg', body: '' },
    '/page.html': { type: 'text/html', body: '<h1>Sign in</h1>' },
    '/untyped': { body: jpeg },
    '/drawing.svg': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    '/liar.jpg': { type: 'image/jpeg', body: '<!DOCTYPE html><p>Hotlinking is not allowed</p>' },
    '/slow.jpg': { type: 'image/jpeg', body: jpeg, delayMs: 2000 },
  });
});
afterAll(() => server.close());

describe('downloadImage', () => {
  test.each(['/photo.jpg', '/photo-charset.jpg', '/chunked.jpg'])('returns the bytes and type of %s', async (route) => {
    const image = await downloadImage(`${server.origin}${route}`);
    expect(image.ext).toBe('jpg');
    expect(Buffer.from(image.bytes).equals(Buffer.from(jpeg))).toBe(true);
  });

  // [case, route, options, the reason given]
  test.each([
    ['a 404', '/missing.jpg', {}, 'the server answered 404 Not Found'],
    ['a 410', '/gone.jpg', {}, 'the server answered 410 Gone'],
    ['an HTML page', '/page.html', {}, 'it is not a stored image type: the server sent text/html'],
    ['no content type', '/untyped', {}, 'it is not a stored image type: the server sent application/octet-stream'],
    ['an SVG', '/drawing.svg', {}, 'it is not a stored image type: the server sent image/svg+xml'],
    ['HTML sent as image/jpeg', '/liar.jpg', {}, 'its bytes are not a JPEG, PNG, GIF, WebP or AVIF image (sent as image/jpeg)'],
    ['an image over the cap, by its length', '/photo.jpg', { maxBytes: 1000 }, /^it is \d+ bytes, more than the 1000-byte limit$/],
    ['an image over the cap, while streaming', '/chunked.jpg', { maxBytes: 1000 }, 'it is more than the 1000-byte limit'],
    ['an answer slower than the timeout', '/slow.jpg', { timeoutMs: 200 }, 'no complete answer within 0.2 s'],
  ] as const)('refuses %s', async (_name, route, options, reason) => {
    const refusal = downloadImage(`${server.origin}${route}`, options);
    await expect(refusal).rejects.toBeInstanceOf(ImageRefused);
    await expect(refusal).rejects.toThrow(reason);
  });

  test('refuses a server that is not there, saying why', async () => {
    const closed = await serveImages({});
    await closed.close();
    await expect(downloadImage(`${closed.origin}/a.jpg`)).rejects.toThrow(/^it could not be fetched: .*ECONNREFUSED/);
  });
});

describe('downloadImage with hosts found unreachable', () => {
  // A fetch that fails as Node's does when the network is missing, counting the calls that reach it.
  const failing = (code: string) => {
    const calls: string[] = [];
    const fetch = (async (url: string) => {
      calls.push(url);
      throw new TypeError('fetch failed', { cause: Object.assign(new Error(`getaddrinfo ${code} cdn.example`), { code }) });
    }) as unknown as typeof globalThis.fetch;
    return { calls, fetch };
  };
  test.each(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH'])(
    'after %s, later images on the same host are refused without asking again',
    async (code) => {
      const { calls, fetch } = failing(code);
      const unreachable = new Map<string, string>();
      await expect(downloadImage('https://cdn.example/a.jpg', { fetch, unreachable })).rejects.toThrow(`getaddrinfo ${code}`);
      await expect(downloadImage('https://cdn.example/b.jpg', { fetch, unreachable })).rejects.toThrow(
        `its server cdn.example could not be reached earlier in this import: getaddrinfo ${code} cdn.example`,
      );
      await expect(downloadImage('https://other.example/c.jpg', { fetch, unreachable })).rejects.toThrow(ImageRefused);
      expect(calls).toEqual(['https://cdn.example/a.jpg', 'https://other.example/c.jpg']);
    },
  );
  test('an image that fails alone (HTTP 410) does not mark its host', async () => {
    const unreachable = new Map<string, string>();
    await expect(downloadImage(`${server.origin}/gone.jpg`, { unreachable })).rejects.toThrow(/410/);
    expect(unreachable.size).toBe(0);
    expect((await downloadImage(`${server.origin}/photo.jpg`, { unreachable })).ext).toBe('jpg');
  });
  test('an error without a host-level code does not mark its host', async () => {
    const unreachable = new Map<string, string>();
    const fetch = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
    }) as unknown as typeof globalThis.fetch;
    await expect(downloadImage('https://cdn.example/a.jpg', { fetch, unreachable })).rejects.toThrow('socket hang up');
    expect(unreachable.size).toBe(0);
  });
});
