/**
 * WordPress shortcodes in post bodies (WXR `content:encoded`, and feeds that carry the raw post):
 * WordPress expands them when it shows a page, so an export holds `[caption …]<img …> A
 * caption[/caption]` where the site showed a figure. They are found with @wordpress/shortcode,
 * WordPress's own parser (the regular expression of `get_shortcode_regex()`), rather than ours.
 *
 * What each core shortcode becomes (docs/importing.md):
 * - `[caption]` / `[wp_caption]`: a `<figure>` with the image (and its link) and a `<figcaption>`,
 *   from the text after the image or the older `caption="…"` attribute; the HTML reader then
 *   writes it as any figure (tools/import/html-body.ts);
 * - `[embed]URL[/embed]`, `[video src=…]`, `[audio src=…]`: a paragraph linking to the media;
 * - `[gallery]`, `[playlist]`: left out with a warning: they list media-library attachment ids,
 *   which a WXR export does not carry as images;
 * - any other shortcode (a plugin's) stays as the text it is, as WordPress itself shows an
 *   unregistered shortcode.
 */
import { replace, type Shortcode } from '@wordpress/shortcode';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// The image, possibly inside its link, at the start of a caption shortcode's content.
const LEADING_IMAGE = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i;
const MEDIA_ATTRIBUTES = ['src', 'mp4', 'm4v', 'webm', 'ogv', 'mp3', 'ogg', 'wav', 'm4a', 'url'];

const linkParagraph = (url: string) => `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;

function caption(shortcode: Shortcode): string {
  const found = LEADING_IMAGE.exec(shortcode.content ?? '');
  if (!found) return shortcode.content ?? '';
  const text = found[2]?.trim() || escapeHtml(shortcode.attrs.named.caption ?? '');
  return `<figure>${found[1]}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

function media(shortcode: Shortcode): string | undefined {
  const url = [shortcode.content?.trim(), ...MEDIA_ATTRIBUTES.map((name) => shortcode.attrs.named[name])].find(
    (value) => value !== undefined && /^https?:\/\//i.test(value),
  );
  return url ? linkParagraph(url) : undefined;
}

/**
 * `html` with WordPress's core shortcodes expanded as listed above. Returns the HTML and a
 * warning for each shortcode left out.
 * @example expandShortcodes('[caption id="a1"]<img src="x.jpg"> The quay[/caption]').html
 * // '<figure><img src="x.jpg"><figcaption>The quay</figcaption></figure>'
 */
export function expandShortcodes(html: string): { html: string; warnings: string[] } {
  const warnings: string[] = [];
  if (!html.includes('[')) return { html, warnings };
  let out = html;
  for (const tag of ['caption', 'wp_caption']) out = replace(tag, out, caption);
  for (const tag of ['embed', 'video', 'audio']) {
    out = replace(tag, out, (shortcode) => {
      const link = media(shortcode);
      if (link !== undefined) return link;
      warnings.push(`[${tag}] left out: it names no http(s) address to link to`);
      return '';
    });
  }
  for (const tag of ['gallery', 'playlist']) {
    out = replace(tag, out, (shortcode) => {
      const ids = shortcode.attrs.named.ids;
      warnings.push(
        `[${tag}${ids ? ` ids="${ids}"` : ''}] left out: it lists WordPress media-library attachments, which the export does not carry as images`,
      );
      return '';
    });
  }
  return { html: out, warnings };
}
