/**
 * Downloading an imported article's image, with the refusals that keep junk out of the archive:
 * an HTTP error, a response that is not an image, one larger than the cap, one that takes too long.
 * Node's own fetch; no library adds anything here beyond these few checks.
 */
import { sniffImageType } from './images.ts';

export interface DownloadOptions {
  /** Give up after this many milliseconds, headers and body together (default 15,000). */
  timeoutMs?: number;
  /** Refuse images larger than this many bytes (default 20 MiB: a full-size news photo is 2–8 MB). */
  maxBytes?: number;
  /** The fetch to use (tests pass none and serve from 127.0.0.1). */
  fetch?: typeof fetch;
  /**
   * Hosts found unreachable earlier in the batch, with why (filled in here). An image on such a
   * host is refused without asking again: with the network or a publisher's domain gone, each of
   * thousands of images would otherwise wait for its own failed look-up, one after the other.
   */
  unreachable?: Map<string, string>;
}

// Errors that say the host itself cannot be reached (no such name, refused, no route), not that
// this one image failed.
const HOST_ERRORS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Why a download was refused, for the warning and the import summary. */
export class ImageRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageRefused';
  }
}

/**
 * The bytes and sniffed extension of the image at `url` (http or https).
 * @throws ImageRefused naming why: HTTP status, a non-image content type, bytes that are not an
 * image, more than `maxBytes`, or no complete answer within `timeoutMs`.
 */
export async function downloadImage(url: string, options: DownloadOptions = {}): Promise<{ bytes: Uint8Array; ext: string }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const host = URL.canParse(url) ? new URL(url).host : '';
  const earlier = options.unreachable?.get(host);
  if (earlier !== undefined) throw new ImageRefused(`its server ${host} could not be reached earlier in this import: ${earlier}`);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(url, { signal, redirect: 'follow', headers: { accept: 'image/*' } });
    if (!response.ok)
      throw new ImageRefused(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!type.startsWith('image/') || type === 'image/svg+xml')
      throw new ImageRefused(`it is not a stored image type: the server sent ${type || 'no content type'}`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new ImageRefused(`it is ${declared} bytes, more than the ${maxBytes}-byte limit`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new ImageRefused(`it is more than the ${maxBytes}-byte limit`);
      chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    const ext = sniffImageType(bytes);
    if (!ext) throw new ImageRefused(`its bytes are not a JPEG, PNG, GIF, WebP or AVIF image (sent as ${type})`);
    return { bytes, ext };
  } catch (error) {
    if (error instanceof ImageRefused) throw error;
    if (signal.aborted) throw new ImageRefused(`no complete answer within ${timeoutMs / 1000} s`);
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    const code = error instanceof Error ? (error.cause as { code?: unknown } | undefined)?.code : undefined;
    if (typeof code === 'string' && HOST_ERRORS.has(code)) options.unreachable?.set(host, reason);
    throw new ImageRefused(`it could not be fetched: ${reason}`);
  }
}
