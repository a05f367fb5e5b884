/** Imported articles are real articles: the site builds with them and serves them at their permalinks. */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { importFiles } from '../../tools/import/index.ts';
import type { ImportReport } from '../../tools/import/types.ts';
import { buildSite, ROOT, type BuildResult } from '../support/site.ts';
import { $, $$, parseHtml, text } from '../support/html.ts';
import { readFile } from 'node:fs/promises';

const contentDir = join(ROOT, '.tmp/import-content');
let report: ImportReport;
let build: BuildResult;

beforeAll(async () => {
  await rm(contentDir, { recursive: true, force: true });
  await mkdir(contentDir, { recursive: true });
  report = await importFiles(
    ['tests/fixtures/import/china-un-xinjiang-report.txt', 'tests/fixtures/import/article.html', 'tests/fixtures/import/hostile.html'],
    {
      contentDir,
      cwd: ROOT,
      timeZone: 'UTC',
      date: '2022-09-10',
      source: 'The Independent',
    },
  );
  build = await buildSite({ name: 'imported', contentDir });
});

describe('a site built from freshly imported articles', () => {
  test('imports every input', () => {
    expect(report.failed).toEqual([]);
    expect(report.created).toHaveLength(3);
  });

  test('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  test('publishes the imported seed at its permalink with the original paragraphs and credit', async () => {
    const html = await readFile(
      join(build.outDir, '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang/index.html'),
      'utf8',
    );
    const page = parseHtml(html);
    expect(text($(page, 'h1'))).toBe('China says UN has ‘closed the door’ on cooperation over human rights with Xinjiang report');
    expect($$(page, '.article__body p')).toHaveLength(11);
    expect(text($(page, '.article__credit'))).toBe('Additional reporting by agencies');
  });

  test('publishes every imported article and none of the hostile markup', async () => {
    for (const created of report.created) {
      const html = await readFile(join(build.outDir, permalinkOf(created.path, created.markdown), 'index.html'), 'utf8');
      const body = $(parseHtml(html), '.article__body');
      expect(body).toBeDefined();
      expect($$(body!, 'script, iframe[srcdoc], [onerror], [onclick], a[href^="javascript:"]')).toEqual([]);
    }
  });
});

/** The URL path of an imported article: its date folder plus day from frontmatter, and its file slug. */
function permalinkOf(path: string, markdown: string): string {
  const date = /^date: '?(\d{4})-(\d{2})-(\d{2})/m.exec(markdown);
  if (!date) throw new Error(`no date in ${path}`);
  const slug = path.split('/').pop()!.replace(/\.md$/, '');
  return `${date[1]}/${date[2]}/${date[3]}/${slug}/`;
}
