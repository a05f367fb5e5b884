/**
 * Input a careless or hostile user hands the importer, built into a site: articles that already are
 * Markdown with frontmatter, a first paragraph of 2 MB, a headline of invisible characters. What a
 * reader sees in Chromium, and what the build says about an over-long description.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { importFiles } from '../../tools/import/index.ts';
import type { ImportReport } from '../../tools/import/types.ts';
import { DESCRIPTION_MAX } from '../../src/content/standfirst.ts';
import { type RunningSite, serveSite } from '../support/server.ts';
import { type BuildResult, buildSite, ROOT } from '../support/site.ts';

const inputs = join(ROOT, '.tmp/hostile-inputs');
const contentDir = join(ROOT, '.tmp/hostile-content');
const HUGE = `${'Council members argued about the harbour budget again '.repeat(40_000)}to no end.`;
const LONG_STANDFIRST = 'A standfirst that goes on and on. '.repeat(60).trim();
const INPUTS: Record<string, string> = {
  'geneva.md':
    '---\ntitle: "Geneva talks resume"\ndate: 2023-04-05\ndescription: "Delegates met again after a two-year pause."\nauthors: [Jane Reporter]\ntopics: [Water]\n---\n\nDelegates from twelve countries met in Geneva.\n',
  'harvest.txt': '---\ntitle: "Record harvest in the valley"\ndate: 2023-04-06\n---\n\nFarmers reported record harvests.\n',
  'huge.txt': `Harbour budget debate\n\n${HUGE}\n\nThe vote is next week.\n`,
  'invisible.txt': '\u00a0\u200b\ufeff\u2060\n\nA body paragraph that is fine.\n',
  'long-standfirst.md': `---\ntitle: "A standfirst that runs on"\ndate: 2023-04-07\ndescription: "${LONG_STANDFIRST}"\n---\n\nThe body.\n`,
};

let report: ImportReport;
let build: BuildResult;
let site: RunningSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await rm(inputs, { recursive: true, force: true });
  await rm(contentDir, { recursive: true, force: true });
  await mkdir(inputs, { recursive: true });
  for (const [name, text] of Object.entries(INPUTS)) await writeFile(join(inputs, name), text);
  report = await importFiles(Object.keys(INPUTS), { contentDir, cwd: inputs, timeZone: 'UTC', date: '2023-04-08', entities: false });
  build = await buildSite({ name: 'hostile-import', contentDir, basePath: '/archive/' });
  if (build.code !== 0) throw new Error(`Building the imported articles failed:\n${build.output}`);
  site = await serveSite(build.outDir, '/archive/');
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the import of hostile input', () => {
  test('imports the article files under their own titles, refuses the invisible headline, and cuts nothing else', () => {
    expect(report.created.map((entry) => [entry.input, entry.path])).toEqual([
      ['geneva.md', '2023/04/geneva-talks-resume.md'],
      ['harvest.txt', '2023/04/record-harvest-in-the-valley.md'],
      ['huge.txt', '2023/04/harbour-budget-debate.md'],
      ['long-standfirst.md', '2023/04/a-standfirst-that-runs-on.md'],
    ]);
    expect(report.failed).toEqual([
      {
        input: 'invisible.txt',
        reason: expect.stringMatching(/^the headline shows nothing: it holds only invisible characters \(U\+200B, U\+FEFF, U\+2060\)/),
      },
    ]);
    expect(report.skipped).toEqual([]);
  });
});

describe('a site built from them', () => {
  test.each([
    ['2023/04/05/geneva-talks-resume/', 'Geneva talks resume', 'Delegates met again after a two-year pause.'],
    ['2023/04/06/record-harvest-in-the-valley/', 'Record harvest in the valley', undefined],
  ])('shows the article file %s with its own headline and standfirst', async (path, headline, standfirst) => {
    await page.goto(`${site.url}${path}`);
    const h1 = page.locator('h1');
    expect(await h1.isVisible()).toBe(true);
    expect((await h1.textContent())?.trim()).toBe(headline);
    if (standfirst) expect(await page.getByText(standfirst).first().isVisible()).toBe(true);
  });

  test('the 2 MB first paragraph becomes a standfirst a reader sees whole, and the home page and feed stay small', async () => {
    await page.goto(`${site.url}2023/04/08/harbour-budget-debate/`);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(Array.from(description ?? '').length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(description).toMatch(/^Council members argued .*…$/);
    expect(
      await page
        .getByText(description ?? '', { exact: true })
        .first()
        .isVisible(),
    ).toBe(true);
    for (const file of ['index.html', 'rss.xml']) {
      expect((await stat(join(build.outDir, file))).size, file).toBeLessThan(100_000);
    }
  });

  test('the build warns, once and naming the file and the field, about the description it would not cut', () => {
    const warnings = build.output.split('\n').filter((line) => line.includes('[news-archive:description]'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/2023\/04\/a-standfirst-that-runs-on\.md: description is 2,039 characters; .*move the rest into the body/);
    expect(report.warnings).toContainEqual({
      input: 'long-standfirst.md',
      message: expect.stringMatching(/^description is 2,039 characters/),
    });
  });

  test('the page of the long standfirst is still built and shows it', async () => {
    const html = await readFile(join(build.outDir, '2023/04/07/a-standfirst-that-runs-on/index.html'), 'utf8');
    expect(html).toContain(LONG_STANDFIRST.slice(0, 60));
  });
});
