import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseGlobalHeaders } from '../../../tools/serve/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Reads `add_header Name "value" always;` lines from an nginx snippet. */
function parseNginxHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const match of text.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;\s*$/gm)) headers[match[1]!] = match[2]!;
  return headers;
}

/** Reads the `Name: value` lines of the Content-Security-Policy example in docs/deploying.md. */
function parseDocumentedHeaders(readme: string): Record<string, string> {
  const section = readme.split('## Content-Security-Policy')[1]?.split('\n## ')[0] ?? '';
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return Object.fromEntries(
    block
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

const NAMES = ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy'];

describe('security headers', () => {
  const fromHeadersFile = parseGlobalHeaders(read('public/_headers'));
  const fromNginx = parseNginxHeaders(read('deploy/security-headers.conf'));

  test('public/_headers sets the policy, nosniff and the referrer policy for every path', () => {
    expect(Object.keys(fromHeadersFile).sort()).toEqual([...NAMES].sort());
    expect(fromHeadersFile['X-Content-Type-Options']).toBe('nosniff');
    expect(fromHeadersFile['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(fromHeadersFile['Content-Security-Policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
  });

  test('the nginx snippet sends exactly the same headers as public/_headers', () => {
    expect(fromNginx).toEqual(fromHeadersFile);
  });

  test('docs/deploying.md documents exactly the same headers', () => {
    expect(parseDocumentedHeaders(read('docs/deploying.md'))).toEqual(fromHeadersFile);
  });

  test('the policy allows no inline scripts or styles and no eval beyond WebAssembly', () => {
    const policy = fromHeadersFile['Content-Security-Policy']!;
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy).toMatch(/object-src 'none'/);
  });
});
