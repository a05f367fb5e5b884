/**
 * Text in XML: escaped for element content and attribute values, with the code points XML 1.0
 * forbids removed (src/content/text.ts). Every hand-written XML output goes through here.
 */
import { stripForbidden } from '../content/text.ts';

/**
 * Escapes text for XML element content and attribute values (XML 1.0 §2.4: `&`, `<`, `>` and both quotes).
 * @example escapeXml('Ministers & "envoys" <stall>') // 'Ministers &amp; &quot;envoys&quot; &lt;stall&gt;'
 */
export function escapeXml(text: string): string {
  return stripForbidden(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `<name>text</name>` with the text escaped, or nothing when `text` is undefined. */
export function element(name: string, text: string | undefined): string {
  return text === undefined ? '' : `<${name}>${escapeXml(text)}</${name}>`;
}
