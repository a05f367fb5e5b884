/**
 * Turning the bytes of one input file into text, and telling plain text from HTML.
 */
import { ImportError } from './types.ts';

export type InputFormat = 'text' | 'html';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file as UTF-8 text with Unix line endings; empty and binary files are refused.
 * @example decodeInput(new TextEncoder().encode('\uFEFFTitle\r\n\r\nBody')) // 'Title\n\nBody'
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  // UTF-16 files start with a byte-order mark and are full of NUL bytes; say so rather than "binary".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError('the file is UTF-16 text; save it as UTF-8 and import it again');
  }
  // Text never contains NUL; images, PDFs and archives almost always do within the first kilobytes.
  if (bytes.subarray(0, 8192).includes(0)) throw new ImportError('the file looks binary (it contains NUL bytes), not text or HTML');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ImportError('the file is not valid UTF-8 text (binary, or another encoding such as Windows-1252)');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError('the file contains only whitespace');
  return text;
}

/** Chooses the reader from the file extension, falling back to a look at the first characters. */
export function detectFormat(fileName: string, text: string): InputFormat {
  if (/\.(x?html?)$/i.test(fileName)) return 'html';
  if (/\.(txt|text)$/i.test(fileName)) return 'text';
  return /^\s*<(!doctype\s+html|html|head|body|article|meta)\b/i.test(text) ? 'html' : 'text';
}
