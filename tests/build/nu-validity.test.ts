/**
 * The Nu HTML Checker, beside html-validate: one page of every type in the fixture builds (at the
 * root and under a base path) has no error, down to the last byte (nothing after `</html>`).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageTypes } from '../support/page-types.ts';
import { builtDir, fixtureBuilds } from '../support/site.ts';
import { nuErrors } from '../support/vnu.ts';

/**
 * /search/ is checked once its page keeps its `<script>` inside `<BaseLayout>` (src/pages/search.astro
 * is being reworked separately; the cause is the one ArticleLayout had: Astro renders a script
 * where it stands, so one after the layout lands after `</html>`).
 */
const CHECKED_ELSEWHERE = new Set(['search', 'search with results']);

describe.each(Object.values(fixtureBuilds))('the Nu HTML Checker on the $name build', (build) => {
  test('reports no error on any page type', () => {
    const root = builtDir(build.name);
    const types = Object.entries(pageTypes(root)).filter(([type]) => !CHECKED_ELSEWHERE.has(type));
    const files = types.map(([, path]) => join(root, path.endsWith('/') ? `${path}index.html` : path));
    const notFound = types.findIndex(([type]) => type === 'not found');
    if (notFound >= 0) files[notFound] = join(root, '404.html');
    expect(files.length).toBe(12);
    const errors = nuErrors(files).map(
      (message) => `${message.url.replace(`file:${root}`, '')}:${message.lastLine ?? 0} ${message.message}`,
    );
    expect(errors).toEqual([]);
  });
});
