import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { countFeedItems, feedItemInput, isFeedFile, itemLabel, readFeedItems, type FeedItem } from '../../../../tools/import/feed.ts';
import { importFiles } from '../../../../tools/import/index.ts';
import { stringifyBody } from '../../../../tools/import/markdown.ts';
import { fixture, tempDir } from './helpers.ts';

const items = async (file: string, chunkSize?: number) => Array.fromAsync(readFeedItems(file, chunkSize));
let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
  cleanups = [];
});

describe('readFeedItems', () => {
  test.each([1, 7, 64 * 1024])('reads the same WXR items whatever the chunk size (%i bytes)', async (chunkSize) => {
    const found = await items(fixture('wordpress.xml'), chunkSize);
    expect(found.map((item) => [item.title, item.status, item.postType])).toEqual([
      ['Ferry <em>returns</em> to the harbour &amp; the island', 'publish', 'post'],
      ['Council budget: “no new taxes” promise kept', 'publish', 'post'],
      ["Unfinished: the lighthouse keeper's diary", 'draft', 'post'],
      ['ferry.jpg', 'inherit', 'attachment'],
      ['A post with no text', 'publish', 'post'],
    ]);
    expect(found[0]?.authors).toEqual(['Maeve Brennan']);
    expect(found[0]?.categories).toEqual(['Transport', 'Uncategorized']);
    expect(found[0]?.tags).toEqual(['Ferries']);
    expect(found[0]?.dates).toEqual({
      gmt: '2021-06-10 08:30:00',
      local: '2021-06-10 09:30:00',
      written: 'Thu, 10 Jun 2021 08:30:00 +0000',
    });
    expect(found[1]?.dates).toEqual({ local: '2021-06-14 19:45:00' });
  });
  test('reads Atom entries: links, several authors, category labels, escaped and XHTML content', async () => {
    const [first, second] = await items(fixture('feed.atom'));
    expect(first?.link).toBe('https://observer.example.net/2023/03/skaftafell');
    expect(first?.authors).toEqual(['Sigrún Pálsdóttir', 'SIGRÚN PÁLSDÓTTIR']);
    expect(first?.categories).toEqual(['Science', 'climate']);
    expect(second?.content).toContain('<p>Tours resume when the cave is judged safe &amp; dry.</p>');
    expect(second?.dates).toEqual({});
  });
  test('tells feeds from other files by their first element', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const cases: Array<[string, string, boolean]> = [
      ['rss.xml', '<?xml version="1.0"?>\n<!-- c --><rss version="2.0"><channel></channel></rss>', true],
      ['feed.txt', '\uFEFF<feed xmlns="http://www.w3.org/2005/Atom"></feed>', true],
      ['page.xml', '<?xml version="1.0"?><html><body>x</body></html>', false],
      ['note.txt', 'Headline\n\nText about <rss> feeds.', false],
    ];
    for (const [name, content, expected] of cases) {
      await writeFile(path.join(dir, name), content);
      expect(await isFeedFile(path.join(dir, name)), name).toBe(expected);
    }
  });
  test('streams a 50 MB WXR export without holding it in memory', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'large.xml');
    const out = createWriteStream(file);
    const post = (n: number) =>
      `<item><title>Post ${n}</title><dc:creator>writer</dc:creator><content:encoded><![CDATA[<p>${'Harbour news and council notes. '.repeat(160)}</p>]]></content:encoded><wp:post_date_gmt>2020-01-01 10:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n`;
    out.write('<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n');
    let bytes = 0;
    let count = 0;
    while (bytes < 50 * 1024 * 1024) {
      const chunk = post(++count);
      bytes += chunk.length;
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    out.end('</channel></rss>\n');
    await new Promise<void>((resolve) => out.once('finish', () => resolve()));

    // Garbage is collected before each measurement (vitest.config.ts runs the unit tests with
    // --expose-gc), so the peak is what the reader keeps, not when V8 happened to collect.
    const gc = globalThis.gc;
    if (!gc) throw new Error('run the unit tests with --expose-gc (vitest.config.ts)');
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let seen = 0;
    for await (const item of readFeedItems(file)) {
      seen++;
      if (seen % 500 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
      expect(item.title).toBe(`Post ${seen}`);
    }
    expect(seen).toBe(count);
    expect(await countFeedItems(file)).toBe(count);
    // Read whole, the file alone would keep 50 MB (a one-byte string) until the last item; streamed,
    // the reader keeps a chunk and the item in hand.
    expect(peak).toBeLessThan(16 * 1024 * 1024);
  }, 120_000);
});

describe('feeds in other encodings', () => {
  const rss = (declaration: string, title: string) =>
    `${declaration}<rss version="2.0"><channel><item><title>${title}</title><description>&lt;p&gt;${title}&lt;/p&gt;</description></item></channel></rss>`;
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
  // windows-1252 bytes for “ ” – € (0x93 0x94 0x96 0x80), which ISO-8859-1 lacks.
  const cp1252 = (text: string) =>
    Buffer.from([...text].map((char) => ({ '“': 0x93, '”': 0x94, '–': 0x96, '€': 0x80 })[char] ?? char.charCodeAt(0)));
  test.each([
    [
      'ISO-8859-1 by its declaration',
      Buffer.from(rss('<?xml version="1.0" encoding="ISO-8859-1"?>', 'Café Ñandú à Zürich'), 'latin1'),
      'Café Ñandú à Zürich',
    ],
    ['windows-1252 by its declaration', cp1252(rss("<?xml version='1.0' encoding='windows-1252'?>", '“Café” – 5 €')), '“Café” – 5 €'],
    [
      'UTF-16LE by its byte-order mark',
      Buffer.from(`\uFEFF${rss('<?xml version="1.0" encoding="UTF-16"?>', 'Ελλάδα 日本 Café')}`, 'utf16le'),
      'Ελλάδα 日本 Café',
    ],
    ['UTF-16BE by its byte-order mark', utf16be(`\uFEFF${rss('', 'Ελλάδα 日本 Café')}`), 'Ελλάδα 日本 Café'],
    ['UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${rss('<?xml version="1.0"?>', 'Ελλάδα – Café')}`), 'Ελλάδα – Café'],
    ['UTF-8 by default', Buffer.from(rss('', 'Ελλάδα – Café')), 'Ελλάδα – Café'],
    [
      'UTF-8 mislabelled UTF-16 without a byte-order mark',
      Buffer.from(rss('<?xml version="1.0" encoding="UTF-16"?>', 'Ελλάδα – Café')),
      'Ελλάδα – Café',
    ],
  ])('decodes a feed in %s, whatever the chunk size', async (_case, bytes, title) => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'feed.xml');
    await writeFile(file, bytes);
    expect(await isFeedFile(file)).toBe(true);
    expect(await countFeedItems(file)).toBe(1);
    for (const chunkSize of [1, 3, 64 * 1024]) {
      const found = await items(file, chunkSize);
      expect(found.map((item) => [item.title, item.summary])).toEqual([[title, `<p>${title}</p>`]]);
    }
  });
  test('an encoding no decoder knows is refused naming the file, the encoding and the fix', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'odd.xml');
    await writeFile(file, rss('<?xml version="1.0" encoding="x-mac-klingon"?>', 'Title'));
    expect(await isFeedFile(file)).toBe(true);
    await expect(items(file)).rejects.toThrow(/odd\.xml: the XML declaration says encoding="x-mac-klingon".*convert the file to UTF-8/);
    const report = await importFiles([file], { cwd: dir, contentDir: path.join(dir, 'content'), timeZone: 'UTC', entities: false });
    expect(report.failed).toEqual([{ input: 'odd.xml', reason: expect.stringMatching(/encoding="x-mac-klingon".*import it again/) }]);
  });
});

describe('feedItemInput', () => {
  const item = (fields: Partial<FeedItem>): FeedItem => ({ index: 1, dates: {}, authors: [], categories: [], tags: [], ...fields });
  test.each<[string, Partial<FeedItem>, Record<string, unknown>]>([
    [
      'HTML and entities in the title become text',
      { title: 'A <em>bold</em> move &amp; more', content: '<p>Text.</p>' },
      { title: 'A bold move & more' },
    ],
    [
      'WXR GMT date wins over the local one',
      { content: 'Text.', dates: { gmt: '2021-06-10 08:30:00', local: '2021-06-10 09:30:00' } },
      { date: '2021-06-10T08:30:00Z' },
    ],
    [
      'RSS pubDate is kept as written for the date reader',
      { content: 'Text.', dates: { written: 'Thu, 10 Jun 2021 08:30:00 +0000' } },
      { date: 'Thu, 10 Jun 2021 08:30:00 +0000' },
    ],
    [
      "categories and tags become topics, without WordPress's placeholder",
      { content: 'Text.', categories: ['Transport', 'Uncategorized'], tags: ['Ferries', 'transport'] },
      { topics: ['Transport', 'Ferries'] },
    ],
    [
      'an RSS author "email (Name)" keeps the name; names are deduplicated without case',
      { content: 'Text.', authors: ['Jane Doe', 'JANE DOE'] },
      { authors: ['Jane Doe'] },
    ],
    [
      'a summary beside full content is the description',
      { content: '<p>Body.</p>', summary: 'The <b>short</b> version.' },
      { description: 'The short version.' },
    ],
    ['a draft is marked', { content: 'Text.', status: 'draft' }, { draft: true }],
    ['the link is the source URL', { content: 'Text.', link: 'https://example.org/a' }, { sourceUrl: 'https://example.org/a' }],
  ])('%s', (_kind, fields, expected) => {
    expect(feedItemInput(item(fields))).toMatchObject(expected);
  });
  test('WordPress bodies without <p> are split into paragraphs on blank lines, as wpautop does', () => {
    const parsed = feedItemInput(
      item({ content: 'First line\nsame paragraph.\n\nSecond paragraph.\n\n<figure><img src="https://x.example/a.jpg" alt="A"></figure>' }),
    );
    expect(stringifyBody(parsed.body)).toBe('First line\\\nsame paragraph.\n\nSecond paragraph.\n\n![A](https://x.example/a.jpg)\n');
  });
  test.each<[string, string, string, string[]]>([
    [
      'a caption with the image in its link and the caption after it',
      'Intro.\n\n[caption id="attachment_12" align="aligncenter" width="600"]<a href="https://x.example/big.jpg"><img src="https://x.example/quay.jpg" alt="The quay" width="600" /></a> Boats at the <em>quay</em>, 1920[/caption]\n\nAfter.',
      'Intro.\n\n![The quay](https://x.example/quay.jpg)\n\nBoats at the _quay_, 1920\n\nAfter.\n',
      [],
    ],
    [
      'an older caption in the caption="" attribute',
      '[caption id="a1" caption="The old lighthouse"]<img src="https://x.example/l.jpg" alt="Lighthouse" />[/caption]',
      '![Lighthouse](https://x.example/l.jpg)\n\nThe old lighthouse\n',
      [],
    ],
    [
      'wp_caption, with nothing but the image',
      'Nets dry.\n\n[wp_caption]<img src="https://x.example/n.jpg" alt="Net" />[/wp_caption]',
      'Nets dry.\n\n![Net](https://x.example/n.jpg)\n',
      [],
    ],
    [
      'an embed becomes a link to the media',
      'Watch it:\n\n[embed]https://video.example/v/123[/embed]',
      'Watch it:\n\n[https://video.example/v/123](https://video.example/v/123)\n',
      [],
    ],
    ['a video by its src', '[video src="https://x.example/clip.mp4"]', '[https://x.example/clip.mp4](https://x.example/clip.mp4)\n', []],
    [
      'a gallery is left out with a warning',
      'Text.\n\n[gallery ids="4,5,6" columns="3"]',
      'Text.\n',
      ['[gallery ids="4,5,6"] left out: it lists WordPress media-library attachments, which the export does not carry as images'],
    ],
    [
      "a plugin's shortcode and bracketed prose stay as text",
      'He said [sic] it was [button link="https://x.example"]here[/button].',
      'He said \\[sic] it was \\[button link="https\\://x.example"]here\\[/button].\n',
      [],
    ],
  ])('WordPress shortcode: %s', (_kind, content, markdown, warnings) => {
    const parsed = feedItemInput(item({ title: 'Harbour', content }));
    expect(stringifyBody(parsed.body)).toBe(markdown);
    expect(parsed.warnings).toEqual(warnings);
  });
  test('an item without text is refused with a reason', () => {
    expect(() => feedItemInput(item({ title: 'Empty', content: '' }))).toThrow('the item has no text');
  });
  test('report labels name the item by position and headline text', () => {
    expect(itemLabel(item({ index: 4, title: 'A <i>long</i> headline' }))).toBe('#4 (A long headline)');
    expect(itemLabel(item({ index: 5 }))).toBe('#5');
  });
});

describe('importing feeds', () => {
  test('is idempotent: a second run creates nothing and skips every article as a duplicate', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const options = { contentDir: dir, timeZone: 'UTC', date: '2022-09-10', entities: false };
    const inputs = [fixture('wordpress.xml'), fixture('feed.atom')];
    const first = await importFiles(inputs, options);
    expect(first.created).toHaveLength(4);
    const second = await importFiles(inputs, options);
    expect(second.created).toEqual([]);
    expect(second.skipped.filter((entry) => entry.reason.startsWith('already in the archive'))).toHaveLength(4);
  });
  test('--drafts imports the draft with draft: true; --dry-run writes nothing; progress counts items', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const progress: Array<[number, number]> = [];
    const report = await importFiles([fixture('wordpress.xml')], {
      contentDir: dir,
      timeZone: 'UTC',
      date: '2022-09-10',
      entities: false,
      drafts: true,
      dryRun: true,
      onProgress: (done, total) => progress.push([done, total]),
    });
    const draft = report.created.find((entry) => entry.title.startsWith('Unfinished'));
    expect(draft?.markdown).toContain('draft: true');
    expect(progress).toEqual([1, 2, 3, 4, 5].map((done) => [done, 5]));
    expect(await Array.fromAsync((await import('node:fs/promises')).glob('**/*.md', { cwd: dir }))).toEqual([]);
  });
});
