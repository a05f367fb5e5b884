/**
 * Images stored inside the archive, next to the article that shows them: which references in an
 * article are such files, the id Astro's image pipeline knows them by, and rewriting the rendered
 * `<img>` elements to the processed (responsive, modern-format) versions. Pure: the Astro-bound
 * part is src/archive/images.ts.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * File types Astro's sharp service reads (Astro's VALID_INPUT_FORMATS less svg, which it passes
 * through unprocessed and which could carry script).
 */
export const LOCAL_IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EXTENSION = new RegExp(`\\.(?:${LOCAL_IMAGE_EXTENSIONS.join('|')})$`, 'i');

/**
 * True when `src` names an image file relative to the Markdown file (`photo.jpg`, `./a/b.png`,
 * `../x.webp`): not a URL with a scheme, not `//host`, not root-relative (those are files under
 * public/ and go through `Paths.content` unchanged), and with an extension the pipeline reads.
 * @example isLocalImage('./sea-wall/3f9a1c2e4b5d.jpg') // true
 * @example isLocalImage('/images/a.jpg') // false: a file under public/
 */
export function isLocalImage(src: string): boolean {
  const path = src.trim().replace(/[?#].*$/, '');
  return path !== '' && !SCHEME.test(path) && !path.startsWith('/') && EXTENSION.test(path);
}

/** `src` as a file path relative to the article: query and fragment off, percent-escapes decoded. */
export function filePathOf(src: string): string {
  const path = src.trim().replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Where an article names local images: `image.src` in its frontmatter and every image in its body.
 * `field` is what an editor fixes ("image.src" or "body image"); `src` is as written.
 */
export interface LocalImageReference {
  field: 'image.src' | 'body image';
  src: string;
}

/**
 * Markdown image destinations (`![alt](src "title")`, `![alt](<src>)`) and raw `<img src>`.
 * A scan, not a parse (parsing every body when the collection loads is what the loader avoids, see
 * src/content.config.ts): fenced code and code spans are blanked first, so a code sample that shows
 * image syntax is not taken for an image. An indented code block is not recognised; showing image
 * syntax there needs a fence.
 */
const BODY_IMAGE = /!\[[^\]]*\]\(\s*(?:<([^>\n]+)>|([^\s)]+))|<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** Fenced code blocks (CommonMark § 4.5) and code spans (§ 6.1) blanked out. */
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
const CODE_SPAN = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;
const withoutCode = (markdown: string) => markdown.replace(FENCE, '').replace(CODE_SPAN, '');

/**
 * The local images an article refers to, in order, each once: the frontmatter `image.src` (when
 * given) first, then the body's.
 * @example localImageReferences('![Sea wall](sea-wall/3f9a.jpg)', 'https://x.test/a.jpg') // [{ field: 'body image', src: 'sea-wall/3f9a.jpg' }]
 */
export function localImageReferences(body: string, leadSrc?: string): LocalImageReference[] {
  const found: LocalImageReference[] = [];
  const seen = new Set<string>();
  const add = (field: LocalImageReference['field'], src: string | undefined) => {
    if (src === undefined || !isLocalImage(src)) return;
    const key = imageKey(src);
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ field, src: src.trim() });
  };
  add('image.src', leadSrc);
  for (const src of bodyImageSources(body)) add('body image', src);
  return found;
}

/** Every image source a Markdown body names, local or not, in order, as written (code left out). */
export function bodyImageSources(body: string): string[] {
  // Most bodies hold no image: one scan, before blanking code, which costs a copy of the body.
  if (!/!\[|<img\b/i.test(body)) return [];
  return [...withoutCode(body).matchAll(BODY_IMAGE)].flatMap((match) => match.slice(1).find((group) => group !== undefined) ?? []);
}

/** One spelling per file: `./a.jpg`, `a.jpg` and `a%20b.jpg`/`a b.jpg` compare equal. */
const imageKey = (src: string) => filePathOf(src).replace(/^\.\//, '');

/**
 * One spelling per image address: as `imageKey`, but the query and fragment count, since they can
 * choose another picture (`sprite.svg#flag`, `photo.jpg?crop=face`).
 */
function imageAddressKey(src: string): string {
  const trimmed = src.trim();
  const [path = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(trimmed)?.slice(1) ?? [];
  return `${imageKey(path)}${rest}`;
}

/**
 * True when the body already shows the lead image (`image.src`), as an imported page often does
 * with its `og:image`: the page then shows it once, in the body, where its caption is.
 * @param body the Markdown body; @param leadSrc the frontmatter `image.src`.
 */
export function bodyShowsLeadImage(body: string, leadSrc: string): boolean {
  const lead = imageAddressKey(leadSrc);
  return bodyImageSources(body).some((src) => imageAddressKey(src) === lead);
}

/**
 * `src` as the module path the content layer imports: a file path starting `./` or `../`, since
 * Vite would read a bare `images/a.jpg` as a package name.
 * @example importPath('images/a%20b.jpg') // './images/a b.jpg'
 */
export function importPath(src: string): string {
  const path = filePathOf(src);
  return path.startsWith('../') || path.startsWith('./') ? path : `./${path}`;
}

/**
 * The id Astro's content layer gives a local image of a content entry: the module id of its
 * `astro:asset-imports` map (Astro 7, `imageSrcToImportId` in astro/dist/assets/utils/resolveImports.js,
 * which the package does not export). `importer` is the entry's `filePath`, relative to the project root.
 */
export function assetImportId(src: string, importer: string): string {
  const params = new URLSearchParams('astroContentImageFlag');
  params.set('importer', importer);
  return `${importPath(src)}?${params.toString()}`;
}

/** The attributes a processed image is written with. */
export interface ProcessedImage {
  src: string;
  srcset?: string;
  sizes?: string;
  width: number;
  height: number;
}

/**
 * Rewrites each `<img>` whose `src` is a local image with what `processed(src)` gives for it, and
 * marks it `loading="lazy"` and `decoding="async"` (body images sit below the lead image and the
 * headline). Other images are left as they are. Returns the HTML unchanged when it has no local image.
 */
export async function rewriteLocalImages(html: string, processed: (src: string) => Promise<ProcessedImage>): Promise<string> {
  if (!/<img\b/i.test(html)) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  const images: Element[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'img' && typeof child.properties.src === 'string' && isLocalImage(child.properties.src)) images.push(child);
      visit(child);
    }
  };
  visit(tree);
  if (images.length === 0) return html;
  for (const image of images) {
    const result = await processed(String(image.properties.src));
    image.properties = {
      ...image.properties,
      src: result.src,
      srcSet: result.srcset,
      sizes: result.sizes,
      width: result.width,
      height: result.height,
      loading: 'lazy',
      decoding: 'async',
    };
  }
  return toHtml(tree);
}

/**
 * The build error for a local image whose file is missing: names the article file, the field and
 * the fixes. `expected` is where the file was looked for.
 */
export function missingImageMessage(articleFile: string, reference: LocalImageReference, expected: string): string {
  return (
    `${articleFile}: ${reference.field} "${reference.src}" names a file that does not exist (looked for ${expected}). ` +
    'Put the image there, correct the path (it is relative to the article file), or use an http(s) URL or a path under public/ starting with /.'
  );
}
