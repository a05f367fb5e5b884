/**
 * The pure rules for an imported article's images: what kind of file some bytes are, the name a
 * stored image gets, where an image's source is (a file of a page saved "complete", or a URL), and
 * which text becomes the lead image's alt. The I/O is in images-fetch.ts and images-store.ts.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Image, Nodes, Parent, Root } from 'mdast';
import { plainText } from './markdown.ts';

/**
 * Folder, next to the article files of a month, that holds their images: `YYYY/MM/images/`.
 * One folder per month rather than per article: the Markdown can name `images/<hash>.<ext>` before
 * the article's final file name is known (a taken slug gets `-2`), and an agency photo that several
 * articles carry is stored once. Names are content hashes, so a name is only ever reused for the
 * very same bytes and nothing is overwritten.
 */
export const IMAGE_FOLDER = 'images';

/** Image types we store, by their first bytes (the formats' own signatures), with their extension. */
const SIGNATURES: Array<{ ext: string; test: (bytes: Uint8Array) => boolean }> = [
  { ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: 'png', test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte) },
  { ext: 'gif', test: (b) => ascii(b, 0, 4) === 'GIF8' },
  { ext: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { ext: 'avif', test: (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12)) },
];
const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/**
 * The extension of an image by its content (JPEG, PNG, GIF, WebP, AVIF), or undefined when the
 * bytes are none of them: a server's or a file name's claim is not trusted, an HTML error page
 * served as image/jpeg is refused. SVG is refused too: it can carry script.
 */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => signature.test(bytes))?.ext;
}

/**
 * The stored name of an image: the first 16 hex digits of its SHA-256 and its sniffed extension,
 * so the same bytes always get the same name and different bytes practically never do (64 bits).
 * @example imageFileName(bytes, 'jpg') // '3f9a1c2e4b5d6e7f.jpg'
 */
export function imageFileName(bytes: Uint8Array, ext: string): string {
  return `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
}

/** Where an image can be had from. */
export type ImageSource = { kind: 'file'; file: string; url?: string } | { kind: 'url'; url: string };

/**
 * Where the image at `src` (as the article body or og:image has it after reading) comes from:
 * a `file:` URL in the folder of `pageFile` is a file of a page saved "complete" (`Page_files/…`); when `pageUrl` is known,
 * the same path against it is where the publisher served it, tried when the file is missing.
 * http(s) URLs are downloaded. Anything else (data:, relative leftovers) has no source.
 */
export function imageSource(src: string, options: { pageFile?: string; pageUrl?: string } = {}): ImageSource | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'url', url: url.href };
  // Only files beside the page it was read from: a page may not pull other files into the archive.
  if (url.protocol !== 'file:' || !options.pageFile) return undefined;
  const file = fileURLToPath(url);
  const fromPage = path.relative(path.dirname(options.pageFile), file);
  if (fromPage.startsWith('..') || path.isAbsolute(fromPage)) return undefined;
  if (!options.pageUrl) return { kind: 'file', file };
  const relative = fromPage.split(path.sep).map(encodeURIComponent).join('/');
  try {
    return { kind: 'file', file, url: new URL(relative, options.pageUrl).href };
  } catch {
    return { kind: 'file', file };
  }
}

/**
 * Why `imageSource` finds no source for `src` (same inputs), for the "Images not stored in the
 * archive" summary: `shown` is how to name the image there (a file's path; a data: URI cut to its
 * first 40 characters) and `reason` what was refused and why. Undefined when `src` has a source.
 */
export function imageRefusal(
  src: string,
  options: { pageFile?: string; pageUrl?: string } = {},
): { shown: string; reason: string } | undefined {
  if (imageSource(src, options)) return undefined;
  if (/^data:/i.test(src)) {
    return {
      shown: src.length > 40 ? `${src.slice(0, 40)}…` : src,
      reason: 'an image written into the page as a data: URI; the archive stores image files only (save it as a file beside the page)',
    };
  }
  if (/^file:/i.test(src)) {
    let file = src;
    try {
      file = fileURLToPath(src);
    } catch {
      // An unreadable file: URL is shown as written.
    }
    return {
      shown: file,
      reason: options.pageFile
        ? "outside the saved page's folder, which is the only place the importer reads images from (copy it beside the page)"
        : 'a local file, and only a saved page can bring the files beside it',
    };
  }
  return { shown: src, reason: 'not a web address nor a file beside the saved page' };
}

/** Calls `visit` on every image of a Markdown tree with its parent and index. */
export function eachImage(tree: Parent, visit: (image: Image, parent: Parent, index: number) => void): void {
  tree.children.forEach((node, index) => {
    if (node.type === 'image') visit(node, tree, index);
    else if ('children' in node) eachImage(node as Parent, visit);
  });
}

/**
 * The caption the importer gave an image: a figure becomes the image's paragraph followed by its
 * caption's paragraph (tools/import/html-body.ts), so it is the text of the paragraph right after
 * a paragraph holding only this image.
 */
export function captionOf(body: Root, src: string): string | undefined {
  const children = body.children as Nodes[];
  for (const [index, node] of children.entries()) {
    const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined;
    const next = children[index + 1];
    if (
      only?.type === 'image' &&
      only.url === src &&
      next?.type === 'paragraph' &&
      !next.children.some((child) => child.type === 'image')
    ) {
      const text = plainText(next).replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return undefined;
}

/** Where a lead image's alt text came from, in this order of trust. */
export type AltSource = 'og:image:alt' | 'body alt' | 'caption' | 'headline';

/**
 * The lead image's alt text. The schema requires one and an empty alt would hide the image from
 * screen readers, so: the page's og:image:alt, else the alt the same image has in the body, else
 * its caption, else the headline (a lead image illustrates the story it leads).
 */
export function leadImageAlt(candidates: { ogAlt?: string; bodyAlt?: string; caption?: string; headline: string }): {
  alt: string;
  from: AltSource;
} {
  const clean = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;
  const ogAlt = clean(candidates.ogAlt);
  if (ogAlt) return { alt: ogAlt, from: 'og:image:alt' };
  const bodyAlt = clean(candidates.bodyAlt);
  if (bodyAlt) return { alt: bodyAlt, from: 'body alt' };
  const caption = clean(candidates.caption);
  if (caption) return { alt: caption, from: 'caption' };
  return { alt: candidates.headline.trim(), from: 'headline' };
}
