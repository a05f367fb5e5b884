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
