/**
 * Bringing an imported article's images into the archive: each body image and the og:image is
 * read from the saved page's `_files/` folder or downloaded, renamed by content hash
 * (tools/import/images.ts) and referenced as `images/<hash>.<ext>` next to the article. An image
 * that cannot be had keeps its original http(s) link (or, a file that is not there, is left out),
 * with a warning and a line in the summary.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { downloadImage, ImageRefused, type DownloadOptions } from './images-fetch.ts';
import {
  captionOf,
  eachImage,
  IMAGE_FOLDER,
  imageFileName,
  imageRefusal,
  imageSource,
  leadImageAlt,
  sniffImageType,
  type ImageSource,
} from './images.ts';
import type { ParsedInput, RefusedImage } from './types.ts';

export interface LocaliseOptions extends DownloadOptions {
  /** The HTML file the input was read from, whose `_files/` folder holds a complete save's images. */
  pageFile?: string;
  /** Download http(s) images (default false, so nothing reaches the network unless asked). */
  download?: boolean;
}

/** An image to write next to the article: `images/<name>` under its month folder. */
export interface StoredImage {
  name: string;
  bytes: Uint8Array;
}

/** An image that could not be had: its URL as the input gave it and why. */
export type UnavailableImage = RefusedImage;

export interface LocalisedImages {
  /** How many distinct images the article names (body and og:image); 0 means nothing changed. */
  found: number;
  stored: StoredImage[];
  unavailable: UnavailableImage[];
  warnings: string[];
}

/** Reads one image from disk: the bytes must be an image we store, whatever the file is called. */
async function readImageFile(file: string): Promise<{ bytes: Uint8Array; ext: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new ImageRefused(`the saved page has no file ${file}`);
  }
  const ext = sniffImageType(bytes);
  if (!ext) throw new ImageRefused(`${file} is not a JPEG, PNG, GIF, WebP or AVIF image`);
  return { bytes, ext };
}

/**
 * Stores the images of `parsed` (its body images and `parsed.image`, the og:image) and rewrites
 * their URLs in place to `images/<hash>.<ext>`; sets `parsed.image` to the og:image or, without
 * one, the first body image, with an alt (see `leadImageAlt`). Never throws for an image: each one
 * that cannot be had is listed in `unavailable` with its reason and a warning.
 */
export async function localiseImages(parsed: ParsedInput, options: LocaliseOptions = {}): Promise<LocalisedImages> {
  const stored = new Map<string, StoredImage>();
  const unavailable: UnavailableImage[] = [];
  const warnings: string[] = [];
  const results = new Map<string, string | undefined>();
  const pageUrl = parsed.sourceUrl;
  // An article file may name images of the site itself (`/images/a.jpg`, under public/, as the
  // schema allows): they are the archive's already, so they stay as written. A web page's
  // root-relative leftovers are no such thing and are refused as before.
  const sitePath = (src: string) => parsed.fields !== undefined && /^\/(?!\/)/.test(src);
  for (const image of parsed.refusedImages ?? []) {
    unavailable.push(image);
    warnings.push(`image ${image.url} not stored in the archive: ${image.reason}`);
  }

  /** The archive path for `src`, or undefined when it cannot be had (listed and warned once). */
  const localise = async (src: string): Promise<string | undefined> => {
    if (results.has(src)) return results.get(src);
    if (sitePath(src)) return undefined;
    const source = imageSource(src, { pageFile: options.pageFile, pageUrl });
    let result: string | undefined;
    if (source) {
      try {
        const image = await fetchSource(source, options);
        const name = imageFileName(image.bytes, image.ext);
        stored.set(name, { name, bytes: image.bytes });
        result = `${IMAGE_FOLDER}/${name}`;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const shown = source.kind === 'file' ? (source.url ?? source.file) : source.url;
        unavailable.push({ url: shown, reason });
        warnings.push(`image ${shown} not stored in the archive: ${reason}${source.kind === 'url' ? '; the original link is kept' : ''}`);
      }
    } else {
      // Refused before any reading: listed too, so no image leaves the article unaccounted for.
      const refusal = imageRefusal(src, { pageFile: options.pageFile, pageUrl });
      if (refusal) {
        unavailable.push({ url: refusal.shown, reason: refusal.reason });
        warnings.push(`image ${refusal.shown} not stored in the archive: ${refusal.reason}`);
      }
    }
    results.set(src, result);
    return result;
  };

  const bodyImages: Array<{ url: string; alt?: string }> = [];
  const drop: Array<{ parent: { children: unknown[] }; index: number }> = [];
  const images: Array<{ image: { url: string; alt?: string | null }; parent: { children: unknown[] }; index: number }> = [];
  eachImage(parsed.body, (image, parent, index) => images.push({ image, parent, index }));
  for (const { image, parent, index } of images) {
    const original = image.url;
    const local = await localise(original);
    bodyImages.push({ url: original, alt: image.alt ?? undefined });
    if (local) image.url = local;
    // A saved page's missing file has no link worth keeping.
    else if (!/^https?:/i.test(original) && !sitePath(original)) drop.push({ parent, index });
  }
  for (const { parent, index } of drop.reverse()) parent.children.splice(index, 1);

  // A page saved "complete" points its body images at its own _files/ folder but leaves og:image at
  // the publisher's address: a saved body image of the same file name is that picture, already here.
  const ogName = parsed.image && /^https?:/i.test(parsed.image.src) ? fileNameOf(parsed.image.src) : '';
  const saved = ogName
    ? bodyImages.find((image) => !/^https?:/i.test(image.url) && fileNameOf(image.url) === ogName && results.get(image.url))
    : undefined;
  const lead =
    saved && parsed.image
      ? { ...parsed.image, src: saved.url }
      : (parsed.image ?? (bodyImages[0] ? { src: bodyImages[0].url } : undefined));
  if (lead) {
    const local = await localise(lead.src);
    const inBody = bodyImages.find((image) => image.url === lead.src);
    const src = local ?? (/^https?:/i.test(lead.src) || sitePath(lead.src) ? lead.src : undefined);
    if (src) {
      // Alt from the page's own words about the image first; the headline last (see leadImageAlt).
      const { alt } = leadImageAlt({
        ogAlt: parsed.image?.alt,
        bodyAlt: inBody?.alt,
        caption: captionOf(parsed.body, local ?? lead.src),
        headline: parsed.title ?? '',
      });
      parsed.image = { src, alt, ...(parsed.image?.credit ? { credit: parsed.image.credit } : {}) };
    } else delete parsed.image;
  }
  return { found: results.size, stored: [...stored.values()], unavailable, warnings };
}

/** The last segment of an image address's path, decoded: `…/img/harbour.png?w=800` → `harbour.png`. */
function fileNameOf(src: string): string {
  try {
    return decodeURIComponent(new URL(src, 'file:///').pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/** The bytes of an image from its source: the saved file, else (when allowed) the publisher's copy. */
async function fetchSource(source: ImageSource, options: LocaliseOptions): Promise<{ bytes: Uint8Array; ext: string }> {
  if (source.kind === 'file') {
    try {
      return await readImageFile(source.file);
    } catch (error) {
      if (!source.url || !options.download) throw error;
      return downloadImage(source.url, options);
    }
  }
  if (!options.download) throw new ImageRefused('downloads are off (--no-download)');
  return downloadImage(source.url, options);
}

/**
 * Writes stored images into `folder` (the article's month folder's `images/`). A file of the same
 * name holds the same bytes (the name is their hash), so it is left as it is: re-running an import
 * writes nothing, and two articles sharing a photo share its file.
 */
export async function writeImages(folder: string, images: StoredImage[]): Promise<void> {
  if (images.length === 0) return;
  await mkdir(folder, { recursive: true });
  for (const image of images) {
    try {
      await writeFile(path.join(folder, image.name), image.bytes, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
