/**
 * Every id on an article page is unique, whatever the author's headings are called: the layout's
 * own ids are the reserved list in src/markdown/plugins.ts, and body ids step around them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LAYOUT_IDS } from '../../src/markdown/plugins.ts';
import { filesUnder } from '../../tools/fs.ts';
import { $, $$, parseHtml } from '../support/html.ts';
import { builtDir, corpusBuild, demoBuild, fixtureBuilds } from '../support/site.ts';

const articlePages = (root: string) =>
  [...filesUnder(root, { suffix: 'index.html' })].filter((path) => /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path));

describe.each([fixtureBuilds.root, corpusBuild, demoBuild])('ids on the article pages of $name', (build) => {
  test('are unique on every page, and the layout uses only the reserved ones', () => {
    const pages = articlePages(builtDir(build.name));
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of pages) {
      const tree = parseHtml(readFileSync(file, 'utf8'));
      const ids = $$(tree, '[id]').map((element) => String(element.properties.id));
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      if (repeated.length > 0) problems.push(`${file}: repeated ${repeated.join(', ')}`);
      const body = $(tree, '.article__body');
      const inBody = new Set(body ? $$(body, '[id]').map((element) => String(element.properties.id)) : []);
      const layoutOnly = ids.filter((id) => !inBody.has(id) && !LAYOUT_IDS.has(id));
      if (layoutOnly.length > 0) problems.push(`${file}: layout id not reserved: ${layoutOnly.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
