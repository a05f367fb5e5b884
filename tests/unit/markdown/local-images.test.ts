import { describe, expect, test } from 'vitest';
import {
  bodyShowsLeadImage,
  assetImportId,
  importPath,
  isLocalImage,
  localImageReferences,
  missingImageMessage,
  rewriteLocalImages,
} from '../../../src/markdown/local-images.ts';

describe('isLocalImage', () => {
  test.each([
    ['images/3f9a1c2e4b5d6e7f.jpg', true],
    ['./photo.JPEG', true],
    ['../2023/01/images/a.png', true],
    ['a%20b.webp', true],
    ['photo.avif?v=2', true],
    ['photo.gif#top', true],
    ['/images/a.jpg', false],
    ['https://example.org/a.jpg', false],
    ['//cdn.example.org/a.jpg', false],
    ['data:image/png;base64,AAAA', false],
    ['file:///etc/a.jpg', false],
    ['drawing.svg', false],
    ['notes.pdf', false],
    ['', false],
    ['#figure-1', false],
  ])('%s → %s', (src, expected) => {
    expect(isLocalImage(src)).toBe(expected);
  });
});

describe('localImageReferences', () => {
  test.each([
    ['a Markdown image', '![A wall](images/a.jpg)', undefined, [{ field: 'body image', src: 'images/a.jpg' }]],
    ['an image with a title', '![A wall](images/a.jpg "The wall")', undefined, [{ field: 'body image', src: 'images/a.jpg' }]],
    ['an image in angle brackets', '![A wall](<images/a b.jpg>)', undefined, [{ field: 'body image', src: 'images/a b.jpg' }]],
    ['raw HTML with double quotes', '<img src="images/b.png" alt="b">', undefined, [{ field: 'body image', src: 'images/b.png' }]],
    ['raw HTML with single quotes', "<img alt='b' src='images/b.png'>", undefined, [{ field: 'body image', src: 'images/b.png' }]],
    ['raw HTML without quotes', '<IMG SRC=images/b.png>', undefined, [{ field: 'body image', src: 'images/b.png' }]],
    ['remote and public images', '![a](https://x.test/a.jpg) ![b](/images/b.jpg)', undefined, []],
    ['a link, not an image', '[the photo](images/a.jpg)', undefined, []],
    [
      'the lead first, each file once',
      '![a](./images/a.jpg) ![again](images/a.jpg)',
      'images/a.jpg',
      [{ field: 'image.src', src: 'images/a.jpg' }],
    ],
    ['a remote lead', '', 'https://x.test/lead.jpg', []],
    ['nothing in a fenced code sample', '```markdown\n![a](images/a.jpg)\n```\n\n~~~\n<img src="b.png">\n~~~\n', undefined, []],
    ['nothing in a code span', 'Write `![a](images/a.jpg)` or ``<img src="b.png">``.', undefined, []],
    [
      'the image after a code sample',
      '```\n![a](images/a.jpg)\n```\n\n![c](images/c.jpg)\n',
      undefined,
      [{ field: 'body image', src: 'images/c.jpg' }],
    ],
    ['nothing in an unclosed fence', '```\n![a](images/a.jpg)\n', undefined, []],
  ] as const)('finds %s', (_name, body, lead, expected) => {
    expect(localImageReferences(body, lead)).toEqual(expected);
  });
});

describe('importPath and assetImportId', () => {
  test.each([
    ['images/a.jpg', './images/a.jpg'],
    ['./images/a.jpg', './images/a.jpg'],
    ['../images/a.jpg', '../images/a.jpg'],
    ['images/a%20b.jpg', './images/a b.jpg'],
    ['images/bad%zz.jpg', './images/bad%zz.jpg'],
    ['a.jpg?v=1#x', './a.jpg'],
  ])('%s is imported as %s', (src, expected) => {
    expect(importPath(src)).toBe(expected);
  });

  test('matches the id Astro 7 gives content images (astroContentImageFlag, then the importer)', () => {
    expect(assetImportId('images/a.jpg', 'content/articles/2024/03/a.md')).toBe(
      './images/a.jpg?astroContentImageFlag=&importer=content%2Farticles%2F2024%2F03%2Fa.md',
    );
  });
});

describe('rewriteLocalImages', () => {
  const processed = async (src: string) => ({
    src: `/_astro/${src.replace(/\W/g, '')}.webp`,
    srcset: '/_astro/a-320.webp 320w, /_astro/a-640.webp 640w',
    sizes: '100vw',
    width: 1200,
    height: 675,
  });

  test('gives a local image the processed src, srcset, sizes, size and lazy loading, keeping its alt', async () => {
    const html = await rewriteLocalImages('<p><img src="images/a.jpg" alt="A wall"></p>', processed);
    expect(html).toBe(
      '<p><img src="/_astro/imagesajpg.webp" alt="A wall" srcset="/_astro/a-320.webp 320w, /_astro/a-640.webp 640w" sizes="100vw" width="1200" height="675" loading="lazy" decoding="async"></p>',
    );
  });

  test.each([
    ['no image', '<p>Text only.</p>'],
    ['a remote image', '<p><img src="https://x.test/a.jpg" alt="a"></p>'],
    ['an image under public/', '<p><img src="/images/a.jpg" alt="a"></p>'],
  ])('returns the HTML unchanged with %s', async (_name, html) => {
    expect(await rewriteLocalImages(html, processed)).toBe(html);
  });

  test('rewrites images nested in figures and leaves remote ones beside them alone', async () => {
    const html = await rewriteLocalImages(
      '<figure><img src="b.png" alt="b"><figcaption>Map</figcaption></figure><img src="https://x.test/c.jpg" alt="c">',
      processed,
    );
    expect(html).toContain('<img src="/_astro/bpng.webp"');
    expect(html).toContain('<img src="https://x.test/c.jpg" alt="c">');
  });

  test('passes on the error when an image cannot be processed', async () => {
    await expect(
      rewriteLocalImages('<img src="a.jpg" alt="">', async () => {
        throw new Error('a.md: image "a.jpg" unknown');
      }),
    ).rejects.toThrow('a.md: image "a.jpg" unknown');
  });
});

test('missingImageMessage names the article, the field, where it looked and the fixes', () => {
  const message = missingImageMessage(
    '/site/content/2024/03/a.md',
    { field: 'image.src', src: 'images/x.jpg' },
    '/site/content/2024/03/images/x.jpg',
  );
  expect(message).toContain('/site/content/2024/03/a.md: image.src "images/x.jpg"');
  expect(message).toContain('looked for /site/content/2024/03/images/x.jpg');
  expect(message).toMatch(/Put the image there, correct the path/);
});

describe('bodyShowsLeadImage', () => {
  test.each([
    ['the same relative file', '![Quay](images/quay.jpg)', './images/quay.jpg', true],
    ['the same file, escaped in the body', '![Quay](images/a%20quay.jpg)', 'images/a quay.jpg', true],
    ['the same remote URL', 'Text.\n\n<img src="https://x.test/a.jpg" alt="A">', 'https://x.test/a.jpg', true],
    ['a Markdown image in angle brackets', '![A](<images/quay.jpg> "Title")', 'images/quay.jpg', true],
    ['another file', '![Map](images/map.png)', 'images/quay.jpg', false],
    ['another view of one file', '![Flag](/sprite.svg#flag-fr)', '/sprite.svg#flag-de', false],
    ['another crop of one URL', '![Face](https://x.test/a.jpg?crop=face)', 'https://x.test/a.jpg', false],
    ['the same view of one file', '![Flag](./sprite.svg#flag-fr)', 'sprite.svg#flag-fr', true],
    ['a file of the same name elsewhere', '![Quay](other/quay.jpg)', 'images/quay.jpg', false],
    ['only in a code sample', '```md\n![Quay](images/quay.jpg)\n```', 'images/quay.jpg', false],
    ['a body with no image', 'Just text.', 'images/quay.jpg', false],
  ])('%s', (_, body, lead, shown) => {
    expect(bodyShowsLeadImage(body, lead)).toBe(shown);
  });
});
