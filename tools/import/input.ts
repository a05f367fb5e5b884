/**
 * Turning the bytes of one input file into text, and telling plain text from HTML.
 *
 * Saved pages come in the encoding their site used: windows-1252 and Shift_JIS are still common
 * in older archives. The encoding is found as a browser finds it (the HTML Standard's sniffing
 * algorithm, by html-encoding-sniffer: byte-order mark, then `<meta charset>` or
 * `<meta http-equiv="Content-Type">` in the first 1,024 bytes) and the bytes are decoded by
 * @exodus/bytes, the WHATWG Encoding Standard's decoders (the pair jsdom uses), so no table of
 * encodings is kept here.
 */
import { TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import path from 'node:path';
import { startsWithFrontmatter } from './article-file.ts';
import { ImportError } from './types.ts';

export type InputFormat = 'text' | 'html' | 'article';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// What the sniffer answers when the file declares nothing; the HTML Standard's own default
// (windows-1252) would turn any invalid UTF-8 into plausible-looking but wrong text, silently.
const UNDECLARED = 'undeclared';

/**
 * The encoding a file declares by its byte-order mark or, for HTML, a `<meta>` in its first
 * 1,024 bytes, as a WHATWG encoding name ("UTF-8", "windows-1252", "Shift_JIS", "UTF-16LE"…);
 * undefined when it declares none.
 */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const found = sniffHtmlEncoding(bytes, { defaultEncoding: UNDECLARED });
  return found === UNDECLARED ? undefined : found;
}

/**
 * Decodes a file to text with Unix line endings: by the encoding it declares (BOM, `<meta
 * charset>`, http-equiv), else as UTF-8. Throws ImportError for an empty, binary or
 * whitespace-only file, and for one that declares nothing and is not valid UTF-8, saying how to fix it.
 * @example decodeInput(new TextEncoder().encode('\uFEFFTitle\r\n\r\nBody')) // 'Title\n\nBody'
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const encoding = declaredEncoding(bytes);
  // UTF-16 is full of NUL bytes, so only a file that does not say it is UTF-16 is checked for them.
  // Text never contains NUL; images, PDFs and archives almost always do within the first kilobytes.
  if (!encoding?.startsWith('UTF-16') && bytes.subarray(0, 8192).includes(0)) {
    throw new ImportError('the file looks binary (it contains NUL bytes), not text or HTML');
  }
  let text: string;
  if (encoding && encoding !== 'UTF-8') {
    // The WHATWG decoders replace a byte the encoding has no character for with U+FFFD, as a
    // browser shows the page; the BOM, if any, is skipped.
    text = new WhatwgDecoder(encoding).decode(bytes);
  } else {
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new ImportError(
        encoding
          ? 'the file says it is UTF-8 but is not valid UTF-8: correct its <meta charset> to the encoding it was saved in (e.g. windows-1252), or save it as UTF-8, and import it again'
          : 'the file is not valid UTF-8 and declares no other encoding: save it as UTF-8, or add <meta charset="windows-1252"> (the encoding it was saved in) to its <head>, and import it again',
      );
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError('the file contains only whitespace');
  return text;
}

/** Extensions of Markdown files, read as articles (frontmatter and body). */
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];

/**
 * Chooses the reader: `article` for Markdown (by extension) and for any file that opens with a
 * frontmatter fence (`---`), which is an article already and never a headline; then by extension;
 * then by a look at the first characters.
 */
export function detectFormat(fileName: string, text: string): InputFormat {
  if (MARKDOWN_EXTENSIONS.includes(path.extname(fileName).toLowerCase()) || startsWithFrontmatter(text)) return 'article';
  if (/\.(x?html?)$/i.test(fileName)) return 'html';
  if (/\.(txt|text)$/i.test(fileName)) return 'text';
  return /^\s*<(!doctype\s+html|html|head|body|article|meta)\b/i.test(text) ? 'html' : 'text';
}
