/**
 * Stands in for Astro's `astro:assets` and `astro:asset-imports` in unit tests (aliased in
 * vitest.config.ts): `getImage` answers like Astro's with made-up file names, and the map of
 * content images is the test's to fill.
 */
import type { ImageMetadata } from 'astro';

/** The content layer's map of local images, keyed by import id; tests add entries. */
export const assetImports = new Map<string, ImageMetadata>();
export default assetImports;

/** Calls `getImage` received, for tests that check what was asked. */
export const getImageCalls: Array<{ src: ImageMetadata; width?: number; widths?: number[]; sizes?: string; format?: string }> = [];

/** Astro's `getImage` for an imported image: one WebP per width, named after the source; `width` scales the height. */
export async function getImage(options: { src: ImageMetadata; width?: number; widths?: number[]; sizes?: string; format?: string }) {
  getImageCalls.push(options);
  const name = options.src.src.replace(/^.*\//, '').replace(/\.\w+$/, '');
  const values = (options.widths ?? []).map((width) => ({ url: `/_astro/${name}_${width}.webp`, descriptor: `${width}w` }));
  return {
    src: `/_astro/${name}.webp`,
    srcSet: { values, attribute: values.map((value) => `${value.url} ${value.descriptor}`).join(', ') },
    attributes: {
      width: options.width ?? options.src.width,
      height: Math.round((options.src.height * (options.width ?? options.src.width)) / options.src.width),
      sizes: options.sizes,
    },
  };
}
