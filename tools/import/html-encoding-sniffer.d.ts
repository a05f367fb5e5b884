/**
 * Types for html-encoding-sniffer 6 (it ships none): the HTML Standard's encoding sniffing
 * algorithm over a page's first bytes, answering a WHATWG encoding name.
 */
declare module 'html-encoding-sniffer' {
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
