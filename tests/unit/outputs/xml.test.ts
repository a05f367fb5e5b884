import { describe, expect, test } from 'vitest';
import { escapeXml } from '../../../src/outputs/xml.ts';
import { HOSTILE } from './xml-support.ts';

describe('escapeXml', () => {
  test('escapes markup characters and quotes, keeps emoji, drops characters XML forbids', () => {
    expect(escapeXml(HOSTILE)).toBe('Ministers &amp; envoys say “no deal” as talks &lt;stall&gt; in &quot;Zürich&quot; it&apos;s 🌍');
  });
});
