/**
 * docs/architecture.md is a newcomer's map and the four recipes in it are instructions: they must
 * not drift from the code. Every repository path the page names exists, and every name it places
 * "in" a file is defined in that file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../../tools/run.ts';

const page = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
const PATH = /`((?:src|tools|tests|scripts|docs|content)\/[\w./[\]-]*)`/g;
const NAME_IN_FILE = /`(\w+)` in\s+`((?:src|tools|tests)\/[\w./[\]-]+\.(?:ts|astro|md))`/g;

describe('docs/architecture.md', () => {
  const paths = [...new Set([...page.matchAll(PATH)].map((match) => match[1]!))];

  test('names real paths', () => {
    expect(paths.length).toBeGreaterThan(40);
    const missing = paths.filter((path) => !existsSync(join(ROOT, path.replace(/\*\*.*$/, ''))));
    expect(missing).toEqual([]);
  });

  test('has the four recipes', () => {
    for (const recipe of ['Add a page type', 'Add a frontmatter field', 'Add a search facet', 'Add a feed']) {
      expect(page).toContain(`### ${recipe}`);
    }
  });

  const placed = [...page.matchAll(NAME_IN_FILE)].map((match) => [match[1]!, match[2]!] as const);
  test.each(placed)('`%s` is defined in %s', (name, file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    expect(source).toMatch(new RegExp(`(?:function\\*?|const|let|interface|type|class)\\s+${name}\\b|^\\s+${name}[?]?[:(]`, 'm'));
  });
});
