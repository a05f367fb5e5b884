/**
 * Article images stored in the archive (src/markdown/local-images.ts), processed by Astro's image
 * pipeline (`getImage` from astro:assets, sharp): a WebP `srcset` at a few widths, with the
 * intrinsic width and height so nothing shifts while it loads. Astro keeps the results in its cache
 * folder, so a rebuild re-encodes nothing that has not changed. Remote URLs and paths under public/
 * are not processed and keep going through `Paths.content`.
 */
import { getImage } from 'astro:assets';
import imageAssets from 'astro:asset-imports';
import { assetImportId, isLocalImage, rewriteLocalImages, type ProcessedImage } from '../markdown/local-images.ts';
import { paths } from '../content/site-paths.ts';

/**
 * Widths generated, in pixels: the 20rem phone column and the 40rem reading measure
 * (src/styles/global.css `--measure`), each at 1× and 2×; an original narrower than one is not
 * enlarged, and none is wider than 1,280 (the measure at 2×).
 */
const WIDTHS = [320, 640, 960, 1280];
const MAX_WIDTH = 1280;
/** The image fills the reading measure (40rem) or, on a narrower screen, the viewport. */
export const IMAGE_SIZES = '(min-width: 40rem) 40rem, 100vw';

/**
 * The processed version of `src`, a local image of the article whose file is `articleFile`
 * (its `filePath`, relative to the project root).
 * @throws Error naming the article and the image when the pipeline does not know the file: the
 * content loader registers every image it finds, so this means the reference was not recognised.
 */
export async function processedImage(src: string, articleFile: string): Promise<ProcessedImage> {
  const source = imageAssets.get(assetImportId(src, articleFile));
  if (!source)
    throw new Error(
      `${articleFile}: image "${src}" was not registered with the image pipeline; write it as a Markdown image ![alt](${src}) or an <img src> with a relative path`,
    );
  const widest = Math.min(source.width, MAX_WIDTH);
  const widths = [...new Set([...WIDTHS.filter((width) => width < source.width), widest])];
  // `src` (for browsers without srcset, and og:image) is the widest candidate itself, so it is
  // encoded once: a separate full-size src cost a fifth encode, the largest, per image.
  const image = await getImage({ src: source, width: widest, widths, sizes: IMAGE_SIZES, format: 'webp' });
  return {
    src: image.src,
    ...(image.srcSet.values.length > 0 ? { srcset: image.srcSet.attribute } : {}),
    sizes: IMAGE_SIZES,
    width: Number(image.attributes.width ?? source.width),
    height: Number(image.attributes.height ?? source.height),
  };
}

/** The lead image's attributes: processed when it is stored in the archive, else its URL through the base path. */
export async function leadImage(image: { src: string }, articleFile: string): Promise<ProcessedImage | { src: string }> {
  return isLocalImage(image.src) ? processedImage(image.src, articleFile) : { src: paths.content(image.src) };
}

/** A rendered body with its local images replaced by their processed versions (lazy-loaded). */
export function processBodyImages(html: string, articleFile: string): Promise<string> {
  return rewriteLocalImages(html, (src) => processedImage(src, articleFile));
}
