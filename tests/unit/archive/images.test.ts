import { describe, expect, test } from 'vitest';
import { IMAGE_SIZES, leadImage, processBodyImages, processedImage } from '../../../src/archive/images.ts';
import { assetImportId } from '../../../src/markdown/local-images.ts';
import { assetImports, getImageCalls } from '../../support/astro-assets.ts';

const ARTICLE = 'content/articles/2024/03/sea-wall.md';
const register = (src: string, width: number, height: number) =>
  assetImports.set(assetImportId(src, ARTICLE), { src: `/_astro/${src.replace(/^.*\//, '')}`, width, height, format: 'jpg' });

describe('processedImage', () => {
  test.each([
    ['a photo wider than every width', 1600, [320, 640, 960, 1280]],
    ['a photo of exactly 1280 pixels', 1280, [320, 640, 960, 1280]],
    ['a 480-pixel map, never enlarged', 480, [320, 480]],
    ['a 200-pixel icon', 200, [200]],
  ])('asks for WebP at the widths that fit %s', async (_name, width, widths) => {
    register(`images/w${width}.jpg`, width, width / 2);
    getImageCalls.length = 0;
    const image = await processedImage(`images/w${width}.jpg`, ARTICLE);
    const widest = Math.min(width, 1280);
    expect(getImageCalls[0]).toMatchObject({ width: widest, widths, sizes: IMAGE_SIZES, format: 'webp' });
    expect(image).toMatchObject({ width: widest, height: widest / 2, sizes: IMAGE_SIZES, src: `/_astro/w${width}.webp` });
    expect(image.srcset?.split(', ')).toHaveLength(widths.length);
  });

  test('names the article and the image when the pipeline does not know it', async () => {
    await expect(processedImage('images/unknown.jpg', ARTICLE)).rejects.toThrow(
      `${ARTICLE}: image "images/unknown.jpg" was not registered with the image pipeline`,
    );
  });
});

describe('leadImage', () => {
  test('processes an image beside the article', async () => {
    register('images/lead.jpg', 1600, 900);
    expect(await leadImage({ src: 'images/lead.jpg' }, ARTICLE)).toMatchObject({ src: '/_astro/lead.webp', width: 1280, height: 720 });
  });
  test.each([
    ['https://cdn.example/a.jpg', 'https://cdn.example/a.jpg'],
    ['/images/a.jpg', '/images/a.jpg'],
  ])('leaves %s to the URL builder', async (src, expected) => {
    expect(await leadImage({ src }, ARTICLE)).toEqual({ src: expected });
  });
});

test('processBodyImages rewrites the body’s local images', async () => {
  register('images/body.jpg', 1200, 675);
  const html = await processBodyImages('<p><img src="images/body.jpg" alt="Wall"></p>', ARTICLE);
  expect(html).toContain('src="/_astro/body.webp"');
  expect(html).toContain('width="1200" height="675" loading="lazy"');
});
