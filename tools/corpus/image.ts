/**
 * A generated article's lead image, for measuring what images cost the build: each article gets its
 * own JPEG (different bytes, so Astro's pipeline processes every one; equal files would be encoded
 * once and shared). Two colours and a disc placed by the article's number: real pixels, a few KB.
 */
import sharp from 'sharp';

/** Pixel size of generated images: a 16:9 news photo, wider than the widest `srcset` candidate (1280). */
export const CORPUS_IMAGE_SIZE = { width: 1600, height: 900 } as const;

const PALETTE = ['#2a6f97', '#f4d35e', '#6a994e', '#bc4749', '#22223b', '#f2e9e4', '#ee964b', '#0d3b66'];

/**
 * The SVG drawn for article `index`: colours from a fixed palette and the disc's place from the
 * index, so no two of the first `width × height / 64` articles get the same picture.
 */
export function corpusImageSvg(index: number): string {
  const { width, height } = CORPUS_IMAGE_SIZE;
  const background = PALETTE[index % PALETTE.length];
  const disc = PALETTE[(index + 3) % PALETTE.length];
  const x = (index * 8) % width;
  const y = (Math.floor((index * 8) / width) * 8) % height;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${background}"/><circle cx="${x}" cy="${y}" r="${height / 3}" fill="${disc}"/></svg>`;
}

/** Article `index`'s image as JPEG bytes (quality 70). */
export function corpusImage(index: number): Promise<Buffer> {
  return sharp(Buffer.from(corpusImageSvg(index)))
    .jpeg({ quality: 70 })
    .toBuffer();
}
