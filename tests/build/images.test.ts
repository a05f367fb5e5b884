/**
 * A page saved "complete" (with its `_files/` folder) and an og:image on a local server are
 * imported, then built at / and under /archive/: the images are the archive's own, served through
 * Astro's image pipeline as responsive WebP with their size set, and a reader's browser loads them
 * without the page moving.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { importFiles } from '../../tools/import/index.ts';
import type { ImportReport } from '../../tools/import/types.ts';
import { axeViolations } from '../support/axe.ts';
import { $, $$, parseHtml } from '../support/html.ts';
import { htmlValidateConfig } from '../support/html-validate-config.ts';
import { serveImages } from '../support/image-server.ts';
import { serveSite } from '../support/server.ts';
import { buildSite, ROOT, type BuildResult } from '../support/site.ts';
import { nuErrors } from '../support/vnu.ts';

const inbox = join(ROOT, '.tmp/images-inbox');
const contentDir = join(ROOT, '.tmp/images-content');
const ARTICLE = '2024/03/14/harbour-sea-wall-finished-after-three-winters/';
const BASES = ['/', '/archive/'] as const;
let report: ImportReport;
const builds = new Map<string, BuildResult>();

beforeAll(async () => {
  const fixtures = join(ROOT, 'tests/fixtures/images');
  const server = await serveImages({
    '/media/og-lead.jpg': { type: 'image/jpeg', body: await readFile(join(fixtures, 'Sea wall finished_files/og-lead.jpg')) },
  });
  await rm(inbox, { recursive: true, force: true });
  await rm(contentDir, { recursive: true, force: true });
  await cp(fixtures, inbox, { recursive: true });
  const page = join(inbox, 'Sea wall finished.html');
  await writeFile(page, (await readFile(page, 'utf8')).replaceAll('__ORIGIN__', server.origin));
  await mkdir(contentDir, { recursive: true });
  report = await importFiles([page], { contentDir, timeZone: 'UTC', download: true });
  await server.close();
  for (const base of BASES) builds.set(base, await buildSite({ name: `images${base.replaceAll('/', '-')}`, contentDir, basePath: base }));
});

describe.each(BASES)('imported images in a site built at %s', (base) => {
  const build = () => builds.get(base)!;
  const articleHtml = () => readFile(join(build().outDir, ARTICLE, 'index.html'), 'utf8');

  test('the import stored all three images and the build succeeded', () => {
    expect(report.created[0]?.images).toHaveLength(3);
    expect(build().code, build().output).toBe(0);
  });

  test('the lead image is a WebP srcset under the base path, eager, with width and height', async () => {
    const img = attributes($(parseHtml(await articleHtml()), '.article__image img'));
    expect(img.src).toMatch(new RegExp(`^${base}_astro/[0-9a-f]{16}\\.[\\w-]+\\.webp$`));
    expect(candidates(img).map((candidate) => candidate.split(' ')[1])).toEqual(['320w', '640w', '960w', '1280w']);
    // The fallback src is the widest candidate, not a fifth, full-size encoding of the 1600-pixel original.
    expect(candidates(img).at(-1)).toBe(`${img.src} 1280w`);
    for (const candidate of candidates(img)) expect(candidate).toMatch(new RegExp(`^${base}_astro/\\S+\\.webp \\d+w$`));
    expect(img).toMatchObject({
      width: '1280',
      height: '720',
      loading: 'eager',
      alt: 'The finished sea wall at dusk, seen from the harbour mouth',
    });
    expect(img.sizes).toBe('(min-width: 40rem) 40rem, 100vw');
  });

  test('body images are lazy WebP srcsets with width and height, keeping alt text and captions', async () => {
    const html = await articleHtml();
    const images = $$(parseHtml(html), '.article__body img').map((element) => attributes(element));
    expect(images.map((img) => [img.alt, img.width, img.height, img.loading])).toEqual([
      ['Workers fixing the last granite blocks to the wall', '1200', '675', 'lazy'],
      ['Map of the harbour showing the new wall along its northern side', '480', '320', 'lazy'],
    ]);
    for (const img of images) {
      expect(img.src).toMatch(new RegExp(`^${base}_astro/.+\\.webp$`));
      expect(candidates(img)[0]).toMatch(/\.webp 320w$/);
    }
    expect(html).toContain('The last blocks went in on Tuesday. Photo: Ines Aho');
  });

  test('og:image is the processed lead image, absolute and under the base path; so is the search result image', async () => {
    const page = parseHtml(await articleHtml());
    const og = attributes($(page, 'meta[property="og:image"]'));
    expect(og.content).toMatch(new RegExp(`^https://news\\.example${base}_astro/.+\\.webp$`));
    expect(og.content).toBe(`https://news.example${attributes($(page, '.article__image img')).src}`);
    expect(attributes($(page, '[data-pagefind-meta="image[data-value]"]'))['data-value']).toBe(
      attributes($(page, '.article__image img')).src,
    );
  });

  test('the article page ships no script and is valid HTML for html-validate and the Nu checker', async () => {
    const file = join(build().outDir, ARTICLE, 'index.html');
    expect($$(parseHtml(await articleHtml()), 'script').map((script) => script.properties.type)).toEqual(['application/ld+json']);
    const validation = await new HtmlValidate(htmlValidateConfig).validateFile(file);
    expect(validation.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.message}`))).toEqual([]);
    expect(nuErrors([file, join(build().outDir, 'index.html')])).toEqual([]);
  });

  test('the front page leads with the processed image', async () => {
    const img = attributes($(parseHtml(await readFile(join(build().outDir, 'index.html'), 'utf8')), '.lead-story__image'));
    expect(img.src).toMatch(new RegExp(`^${base}_astro/.+\\.webp$`));
    expect(img).toMatchObject({ width: '1280', height: '720' });
  });
});

/** An element's attributes as the HTML has them (hast keeps numbers and lists parsed). */
function attributes(element: Element | undefined): Record<string, string> {
  if (!element) throw new Error('element not found');
  const tag = toHtml({ ...element, children: [] });
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!.replaceAll('&#x26;', '&')]));
}
const candidates = (img: Record<string, string>) => img.srcset?.split(', ') ?? [];

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  test.each(BASES)('under %s every article image loads, from the srcset, without shifting the page', async (base) => {
    const site = await serveSite(builds.get(base)!.outDir, base);
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      // Layout shifts are recorded from the first paint; the images load as the reader scrolls.
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.url}${ARTICLE}`);
      for (let y = 0; y < 4000; y += 400) await page.mouse.wheel(0, 400);
      await page.waitForFunction(() => [...document.querySelectorAll('article img')].every((img) => (img as HTMLImageElement).complete));
      const images = await page.$$eval('article img', (elements) =>
        (elements as HTMLImageElement[]).map((img) => ({
          natural: img.naturalWidth,
          current: img.currentSrc,
          smallest: new URL(img.srcset.split(' ')[0] ?? '', document.baseURI).href,
          ratio: img.clientHeight / img.clientWidth,
        })),
      );
      expect(images).toHaveLength(3);
      // A 320 px screen at device pixel ratio 1 loads the 320w candidate, not the full-size file.
      for (const image of images) {
        expect(image.natural).toBeGreaterThan(0);
        expect(image.current).toMatch(/\.webp$/);
        expect(image.current).toBe(image.smallest);
      }
      expect(images.map((image) => image.ratio.toFixed(2))).toEqual(['0.56', '0.56', '0.67']);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
      await site.close();
    }
  });

  test('image space is reserved before the files arrive', async () => {
    const site = await serveSite(builds.get('/')!.outDir, '/');
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      // Image files are held back until the boxes have been measured.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/\.webp$/, async (route) => {
        await held;
        await route.continue().catch(() => {});
      });
      await page.goto(`${site.url}${ARTICLE}`, { waitUntil: 'domcontentloaded' });
      const boxes = await page.$$eval('article img', (elements) =>
        (elements as HTMLImageElement[]).map((img) => ({
          loaded: img.complete && img.naturalWidth > 0,
          ratio: img.clientHeight / img.clientWidth,
        })),
      );
      release();
      // No file has arrived, yet each box already has its image's aspect ratio (from width and height).
      expect(boxes.map((box) => box.loaded)).toEqual([false, false, false]);
      expect(boxes.map((box) => box.ratio.toFixed(2))).toEqual(['0.56', '0.56', '0.67']);
    } finally {
      await page.close();
      await site.close();
    }
  });
});

describe('a build with a local image that is missing', () => {
  test.each([
    [
      'image.src',
      '---\ntitle: "Lead missing"\ndate: 2024-03-14\nimage:\n  src: images/0000000000000000.jpg\n  alt: A photo\n---\n\nBody.\n',
    ],
    ['body image', '---\ntitle: "Body image missing"\ndate: 2024-03-14\n---\n\nBody.\n\n![A photo](images/gone.png)\n'],
  ])('fails naming the article file, the %s field and the fix', async (field, markdown) => {
    const dir = join(ROOT, '.tmp/fixtures', `missing-${field.replace(/\W/g, '-')}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, '2024/03'), { recursive: true });
    await writeFile(join(dir, '2024/03/story.md'), markdown);
    const result = await buildSite({ name: `missing-${field.replace(/\W/g, '-')}`, contentDir: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`2024/03/story.md: ${field} "images/`);
    expect(result.output).toContain('names a file that does not exist');
    expect(result.output).toContain('Put the image there, correct the path');
  });
});
