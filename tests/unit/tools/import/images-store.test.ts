import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { formatReport, importFiles, type ImportOptions } from '../../../../tools/import/index.ts';
import { localiseImages, writeImages } from '../../../../tools/import/images-store.ts';
import { eachImage } from '../../../../tools/import/images.ts';
import { parseHtml } from '../../../../tools/import/html.ts';
import { serveImages, type ImageServer } from '../../../support/image-server.ts';
import { SAVED_FILES, SAVED_PAGE, tempDir } from './helpers.ts';

let server: ImageServer;
let dir: string;
let cleanup: () => Promise<void>;
let page: string;
let options: ImportOptions;

beforeAll(async () => {
  server = await serveImages({ '/media/og-lead.jpg': { type: 'image/jpeg', body: await readFile(path.join(SAVED_FILES, 'og-lead.jpg')) } });
});
afterAll(() => server.close());

/** The saved page copied into a temporary folder, its publisher's address pointed at the local server. */
async function savedPage(origin = server.origin): Promise<string> {
  const copy = path.join(dir, 'inbox');
  await cp(path.dirname(SAVED_PAGE), copy, { recursive: true });
  const file = path.join(copy, path.basename(SAVED_PAGE));
  await writeFile(file, (await readFile(file, 'utf8')).replaceAll('__ORIGIN__', origin));
  return file;
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  page = await savedPage();
  options = { contentDir: path.join(dir, 'articles'), cwd: dir, timeZone: 'UTC', download: true };
});
afterEach(() => cleanup());

const files = async (root: string) => (await readdir(root, { recursive: true })).map((file) => file.split(path.sep).join('/')).sort();
const ARTICLE = '2024/03/harbour-sea-wall-finished-after-three-winters.md';

describe('importing a page saved "complete"', () => {
  test('stores its _files/ images and the downloaded og:image next to the article, named by content hash', async () => {
    const report = await importFiles([page], options);
    expect(report.failed).toEqual([]);
    expect(report.created[0]?.path).toBe(ARTICLE);
    expect(report.unavailableImages).toEqual([]);
    const stored = (await files(options.contentDir)).filter((file) => file.includes('/images/'));
    expect(stored).toHaveLength(3);
    for (const file of stored) expect(file).toMatch(/^2024\/03\/images\/[0-9a-f]{16}\.(jpg|png)$/);
    expect(report.created[0]?.images?.sort()).toEqual(stored);
    expect(server.requests).toContain('/media/og-lead.jpg');
  });

  test('writes the body images as archive paths, keeping alt text and captions', async () => {
    const { created } = await importFiles([page], options);
    const markdown = created[0]?.markdown ?? '';
    expect(markdown).toMatch(
      /!\[Workers fixing the last granite blocks to the wall\]\(images\/[0-9a-f]{16}\.jpg\)\n\nThe last blocks went in on Tuesday\. Photo: Ines Aho/,
    );
    expect(markdown).toMatch(/!\[Map of the harbour showing the new wall along its northern side\]\(images\/[0-9a-f]{16}\.png\)/);
    expect(markdown).not.toContain('_files');
  });

  test('writes og:image as the lead image with og:image:alt', async () => {
    const { created } = await importFiles([page], options);
    expect(created[0]?.markdown).toMatch(
      /image:\n {2}src: images\/[0-9a-f]{16}\.jpg\n {2}alt: The finished sea wall at dusk, seen from the harbour mouth\n/,
    );
  });

  test('re-running the import changes nothing', async () => {
    await importFiles([page], options);
    const before = await files(options.contentDir);
    const again = await importFiles([page], options);
    expect(again.created).toEqual([]);
    expect(again.skipped).toHaveLength(1);
    expect(await files(options.contentDir)).toEqual(before);
  });

  test('a dry run writes no article and no image', async () => {
    const report = await importFiles([page], { ...options, dryRun: true });
    expect(report.created[0]?.images).toHaveLength(3);
    await expect(readdir(options.contentDir)).rejects.toThrow(/ENOENT/);
  });

  test('without downloads, copies the saved files, keeps the og:image link and lists it in the summary', async () => {
    const report = await importFiles([page], { ...options, download: false });
    expect(report.created[0]?.images).toHaveLength(2);
    expect(report.created[0]?.markdown).toContain(`src: ${server.origin}/media/og-lead.jpg`);
    expect(report.unavailableImages).toEqual([
      { input: path.relative(dir, page), url: `${server.origin}/media/og-lead.jpg`, reason: 'downloads are off (--no-download)' },
    ]);
    const summary = formatReport(report);
    expect(summary).toContain('Images not stored in the archive 1');
    expect(summary).toContain(`${server.origin}/media/og-lead.jpg: downloads are off (--no-download)`);
    expect(summary).toContain('(+2 images)');
  });

  test('lists an image outside the page folder and a data: URI image in the summary, and reads neither', async () => {
    const secret = path.join(dir, 'secret.png');
    await writeFile(secret, await readFile(path.join(SAVED_FILES, 'og-lead.jpg')));
    const dataUri = `data:image/png;base64,${'iVBORw0KGgo'.repeat(8)}`;
    const html = (await readFile(page, 'utf8')).replace(
      '</article>',
      `<p><img src="../secret.png" alt="Secret"></p><p><img src="${dataUri}" alt="Inline"></p></article>`,
    );
    await writeFile(page, html);
    const report = await importFiles([page], { ...options, download: false });
    const input = path.relative(dir, page);
    expect(report.unavailableImages).toEqual(
      expect.arrayContaining([
        { input, url: secret, reason: expect.stringContaining("outside the saved page's folder") },
        { input, url: `${dataUri.slice(0, 40)}…`, reason: expect.stringContaining('data: URI') },
      ]),
    );
    expect(report.created[0]?.images).toHaveLength(2);
    expect(report.created[0]?.markdown).not.toContain('secret.png');
    const summary = formatReport(report);
    expect(summary).toContain(`${secret}: outside the saved page's folder`);
    expect(summary).toContain('data:image/png;base64,');
  });
  test('an og:image that answers 404 keeps its link, with a warning naming the article and URL', async () => {
    const other = await serveImages({});
    page = await savedPage(other.origin);
    await other.close();
    const report = await importFiles([page], options);
    expect(report.created[0]?.markdown).toContain(`src: ${other.origin}/media/og-lead.jpg`);
    expect(report.warnings).toContainEqual({
      input: path.relative(dir, page),
      message: expect.stringMatching(
        new RegExp(
          `^image ${other.origin}/media/og-lead.jpg not stored in the archive: it could not be fetched: .*; the original link is kept$`,
        ),
      ),
    });
  });

  test('two articles sharing a photo share its file, and neither overwrites the other', async () => {
    const second = path.join(dir, 'inbox', 'Second.html');
    const html = await readFile(page, 'utf8');
    await writeFile(
      second,
      html
        .replaceAll('Harbour sea wall finished after three winters', 'Fishing fleet returns behind the new wall')
        .replace('/2024/03/sea-wall-finished', '/2024/03/fleet'),
    );
    const report = await importFiles([page, second], options);
    expect(report.created).toHaveLength(2);
    expect((await files(options.contentDir)).filter((file) => file.includes('/images/'))).toHaveLength(3);
    expect(report.created[1]?.images?.sort()).toEqual(report.created[0]?.images?.sort());
  });
});

describe('localiseImages', () => {
  const parsedPage = async (html: string, pageFile = page) => parseHtml(html, { pageFile });

  test('leaves out a saved file that is missing and says so', async () => {
    const html = (await readFile(page, 'utf8')).replace('map.png', 'tide-gauge.png');
    const parsed = await parsedPage(html);
    const result = await localiseImages(parsed, { pageFile: page });
    expect(result.unavailable).toEqual([
      {
        url: expect.stringMatching(/Sea%20wall%20finished_files\/tide-gauge\.png$/),
        reason: expect.stringContaining('the saved page has no file'),
      },
      { url: `${server.origin}/media/og-lead.jpg`, reason: 'downloads are off (--no-download)' },
    ]);
    const urls: string[] = [];
    eachImage(parsed.body, (image) => urls.push(image.url));
    expect(urls).toEqual([expect.stringMatching(/^images\/[0-9a-f]{16}\.jpg$/)]);
  });

  test('downloads a missing saved file from where the publisher served it', async () => {
    const map = await readFile(path.join(SAVED_FILES, 'map.png'));
    const publisher = await serveImages({ '/2024/03/Sea%20wall%20finished_files/tide-gauge.png': { type: 'image/png', body: map } });
    const html = (await readFile(page, 'utf8')).replace('map.png', 'tide-gauge.png').replaceAll(server.origin, publisher.origin);
    const result = await localiseImages(await parsedPage(html), { pageFile: page, download: true });
    await publisher.close();
    expect(publisher.requests).toContain('/2024/03/Sea%20wall%20finished_files/tide-gauge.png');
    expect(result.stored.map((image) => image.name)).toContainEqual(expect.stringMatching(/\.png$/));
  });

  test('refuses a saved file that is not an image', async () => {
    await writeFile(path.join(path.dirname(page), 'Sea wall finished_files', 'map.png'), '<html>not a picture</html>');
    const result = await localiseImages(await parsedPage(await readFile(page, 'utf8')), { pageFile: page });
    expect(result.unavailable[0]?.reason).toMatch(/map\.png is not a JPEG, PNG, GIF, WebP or AVIF image$/);
  });

  test('takes the first body image as the lead, with its alt, when there is no og:image', async () => {
    const html = (await readFile(page, 'utf8')).replace(/<meta property="og:image[^>]*>/g, '');
    const parsed = await parsedPage(html);
    await localiseImages(parsed, { pageFile: page });
    expect(parsed.image).toEqual({
      src: expect.stringMatching(/^images\/[0-9a-f]{16}\.jpg$/),
      alt: 'Workers fixing the last granite blocks to the wall',
    });
  });

  test('gives a lead image without alt anywhere its caption', async () => {
    const html = (await readFile(page, 'utf8'))
      .replace(/<meta property="og:image[^>]*>/g, '')
      .replace(' alt="Workers fixing the last granite blocks to the wall"', '');
    const parsed = await parsedPage(html);
    await localiseImages(parsed, { pageFile: page });
    expect(parsed.image?.alt).toBe('The last blocks went in on Tuesday. Photo: Ines Aho');
  });

  test.each([
    ['with downloads on, nothing is fetched', true],
    ['without downloads, nothing is listed as missing', false],
  ])('an og:image saved as a body image of the same file name is that stored file (%s)', async (_, download) => {
    // As a browser saves a page "complete": the body image points into _files/, og:image stays at the publisher's.
    const html = (await readFile(page, 'utf8')).replace(
      /<meta property="og:image" content="[^"]*">/,
      '<meta property="og:image" content="https://unreachable.invalid/img/harbour-wall.jpg?w=1200">',
    );
    const parsed = await parsedPage(html);
    const result = await localiseImages(parsed, { pageFile: page, download });
    const body: string[] = [];
    eachImage(parsed.body, (image) => body.push(image.url));
    expect(parsed.image?.src).toMatch(/^images\/[0-9a-f]{16}\.jpg$/);
    expect(body).toContain(parsed.image?.src);
    expect(result.unavailable.map((image) => image.url)).not.toContain('https://unreachable.invalid/img/harbour-wall.jpg?w=1200');
    expect(result.warnings.join('\n')).not.toMatch(/unreachable\.invalid/);
  });

  test('drops the lead when it is a saved file that is missing', async () => {
    const html = (await readFile(page, 'utf8'))
      .replace(/<meta property="og:image[^>]*>/g, '')
      .replace('harbour-wall.jpg', 'gone.jpg')
      .replace('map.png', 'gone.png');
    const parsed = await parsedPage(html);
    await localiseImages(parsed, { pageFile: page });
    expect(parsed.image).toBeUndefined();
  });
});

describe('writeImages', () => {
  test('writes each image once and leaves a file of the same name alone', async () => {
    const folder = path.join(dir, 'images');
    await writeImages(folder, [{ name: 'a.jpg', bytes: new TextEncoder().encode('first') }]);
    await writeImages(folder, [{ name: 'a.jpg', bytes: new TextEncoder().encode('first') }]);
    expect(await readFile(path.join(folder, 'a.jpg'), 'utf8')).toBe('first');
    await writeImages(path.join(dir, 'never-made'), []);
    await expect(readdir(path.join(dir, 'never-made'))).rejects.toThrow(/ENOENT/);
  });
});
