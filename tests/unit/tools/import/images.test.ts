import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { captionOf, imageFileName, imageRefusal, imageSource, leadImageAlt, sniffImageType } from '../../../../tools/import/images.ts';
import { parseArticle } from '../../../../tools/import/markdown.ts';
import { SAVED_FILES } from './helpers.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffImageType', async () => {
  const jpeg = await readFile(path.join(SAVED_FILES, 'harbour-wall.jpg'));
  const png = await readFile(path.join(SAVED_FILES, 'map.png'));
  test.each([
    ['a JPEG made by sharp', jpeg, 'jpg'],
    ['a PNG made by sharp', png, 'png'],
    ['a GIF', text('GIF89a\x01\x00'), 'gif'],
    ['a WebP', text('RIFF\x00\x00\x00\x00WEBPVP8 '), 'webp'],
    ['an AVIF', bytes(0, 0, 0, 0x1c, ...text('ftypavif')), 'avif'],
    ['an HTML error page', text('<!DOCTYPE html><h1>Not found</h1>'), undefined],
    ['an SVG, which can carry script', text('<svg xmlns="http://www.w3.org/2000/svg"/>'), undefined],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e), undefined],
    ['nothing', bytes(), undefined],
  ])('%s → %s', (_name, input, expected) => {
    expect(sniffImageType(input)).toBe(expected);
  });
});

describe('imageFileName', () => {
  test('is the same for the same bytes and different for different bytes', () => {
    const a = imageFileName(text('one picture'), 'jpg');
    expect(a).toMatch(/^[0-9a-f]{16}\.jpg$/);
    expect(imageFileName(text('one picture'), 'jpg')).toBe(a);
    expect(imageFileName(text('another picture'), 'jpg')).not.toBe(a);
  });
  test('is the first 16 hex digits of the SHA-256', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2, appendix B.1)
    expect(imageFileName(text('abc'), 'png')).toBe('ba7816bf8f01cfea.png');
  });
});

describe('imageSource', () => {
  const page = '/saved/Sea wall.html';
  const file = (relative: string) => pathToFileURL(path.join('/saved', relative)).href;
  test.each([
    ['an http URL', 'http://x.test/a.jpg', {}, { kind: 'url', url: 'http://x.test/a.jpg' }],
    ['an https URL', 'https://x.test/a b.jpg', {}, { kind: 'url', url: 'https://x.test/a%20b.jpg' }],
    ['a file of the saved page', file('Sea wall_files/a.jpg'), { pageFile: page }, { kind: 'file', file: '/saved/Sea wall_files/a.jpg' }],
    [
      'a file of the saved page, with the address the publisher served it at',
      file('Sea wall_files/a.jpg'),
      { pageFile: page, pageUrl: 'https://x.test/news/sea-wall' },
      { kind: 'file', file: '/saved/Sea wall_files/a.jpg', url: 'https://x.test/news/Sea%20wall_files/a.jpg' },
    ],
    ['a file outside the page folder', pathToFileURL('/home/editor/private.jpg').href, { pageFile: page }, undefined],
    ['a file URL without a page', file('a.jpg'), {}, undefined],
    ['a data: URL', 'data:image/png;base64,AAAA', {}, undefined],
    ['a relative leftover', 'images/a.jpg', {}, undefined],
  ] as const)('%s', (_name, src, options, expected) => {
    expect(imageSource(src, options)).toEqual(expected);
  });
});

describe('imageRefusal', () => {
  const page = '/saved/Sea wall.html';
  const longData = `data:image/png;base64,${'A'.repeat(60)}`;
  test.each([
    [
      'a file outside the page folder',
      pathToFileURL('/home/editor/private.jpg').href,
      { pageFile: page },
      '/home/editor/private.jpg',
      /outside the saved page's folder/,
    ],
    ['a file URL without a page', pathToFileURL('/saved/a.jpg').href, {}, '/saved/a.jpg', /a local file, and only a saved page/],
    ['a short data: URL', 'data:image/png;base64,AAAA', {}, 'data:image/png;base64,AAAA', /data: URI/],
    ['a long data: URL, cut', longData, {}, `${longData.slice(0, 40)}…`, /data: URI/],
    ['a relative leftover', 'images/a.jpg', {}, 'images/a.jpg', /not a web address nor a file beside the saved page/],
  ] as const)('%s is named with its reason', (_name, src, options, shown, reason) => {
    const refusal = imageRefusal(src, options);
    expect(refusal?.shown).toBe(shown);
    expect(refusal?.reason).toMatch(reason);
  });
  test.each([
    ['an https URL', 'https://x.test/a.jpg', {}],
    ['a file of the saved page', pathToFileURL('/saved/Sea wall_files/a.jpg').href, { pageFile: page }],
  ] as const)('%s is not refused', (_name, src, options) => {
    expect(imageRefusal(src, options)).toBeUndefined();
  });
});

describe('captionOf', () => {
  const body = (markdown: string) => parseArticle(markdown).body as Root;
  test.each([
    ['the paragraph after a figure image', '![a](images/a.jpg)\n\nThe last blocks. Photo: Ines Aho\n', 'The last blocks. Photo: Ines Aho'],
    ['none when text follows in the same paragraph', 'Before ![a](images/a.jpg) after\n\nNext.\n', undefined],
    ['none when the next paragraph is another image', '![a](images/a.jpg)\n\n![b](images/b.jpg)\n', undefined],
    ['none when the image ends the body', 'Text.\n\n![a](images/a.jpg)\n', undefined],
    ['none for another image', '![b](images/b.jpg)\n\nCaption of b\n', undefined],
  ])('%s', (_name, markdown, expected) => {
    expect(captionOf(body(markdown), 'images/a.jpg')).toBe(expected);
  });
});

describe('leadImageAlt', () => {
  const headline = 'Harbour sea wall finished';
  test.each([
    ['og:image:alt first', { ogAlt: ' The wall  at dusk ', bodyAlt: 'b', caption: 'c' }, { alt: 'The wall at dusk', from: 'og:image:alt' }],
    [
      'then the alt in the body',
      { ogAlt: '  ', bodyAlt: 'Workers on the wall', caption: 'c' },
      { alt: 'Workers on the wall', from: 'body alt' },
    ],
    ['then the caption', { bodyAlt: '', caption: 'The last blocks went in' }, { alt: 'The last blocks went in', from: 'caption' }],
    ['the headline when the page says nothing about the image', {}, { alt: headline, from: 'headline' }],
  ])('%s', (_name, candidates, expected) => {
    expect(leadImageAlt({ ...candidates, headline })).toEqual(expected);
  });
});
