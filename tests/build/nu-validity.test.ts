/**
 * The Nu HTML Checker, beside html-validate: one page of every type in the fixture builds (at the
 * root and under a base path) has no error, down to the last byte (nothing after `</html>`).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageTypes } from '../support/page-types.ts';
import { builtDir, fixtureBuilds } from '../support/site.ts';
import { nuErrors } from '../support/vnu.ts';

describe.each(Object.values(fixtureBuilds))('the Nu HTML Checker on the $name build', (build) => {
  test('reports no error on any page type', () => {
    const root = builtDir(build.name);
    const types = Object.entries(pageTypes(root));
    // A query string (search with results) names the same file as the page without it.
    const files = types.map(([, url]) => {
      const path = url.replace(/\?.*$/, '');
      return join(root, path.endsWith('/') ? `${path}index.html` : path);
    });
    const notFound = types.findIndex(([type]) => type === 'not found');
    if (notFound >= 0) files[notFound] = join(root, '404.html');
    expect(files.length).toBe(20);
    const errors = nuErrors(files).map(
      (message) => `${message.url.replace(`file:${root}`, '')}:${message.lastLine ?? 0} ${message.message}`,
    );
    expect(errors).toEqual([]);
  });
});
