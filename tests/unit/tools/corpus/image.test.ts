import sharp from 'sharp';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { CORPUS_IMAGE_SIZE, corpusImage, corpusImageSvg } from '../../../../tools/corpus/image.ts';
import { generateArticle } from '../../../../tools/corpus/index.ts';
import { toFrontmatterYaml } from '../../../../tools/corpus/frontmatter.ts';

describe('corpus images', () => {
  test('each of the first 10,000 articles gets a different picture', () => {
    const pictures = new Set(Array.from({ length: 10_000 }, (_, index) => corpusImageSvg(index)));
    expect(pictures.size).toBe(10_000);
  });

  test('are real JPEGs of the stated size', async () => {
    const metadata = await sharp(await corpusImage(42)).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', ...CORPUS_IMAGE_SIZE });
  });

  test.each([0, 1, 57])('article %i names its own image beside it and keeps its text', (index) => {
    const plain = generateArticle(index, { seed: 3 });
    const withImage = generateArticle(index, { seed: 3, images: true });
    expect(plain.imagePath).toBeUndefined();
    const folder = withImage.relativePath.replace(/[^/]+\.md$/, '');
    const slug = withImage.relativePath.slice(folder.length, -'.md'.length);
    expect(withImage.imagePath).toBe(`${folder}images/${slug}.jpg`);
    const front = parse(withImage.markdown.split('---\n')[1] ?? '') as { title: string; image: { src: string; alt: string } };
    expect(front.image).toEqual({ src: `images/${slug}.jpg`, alt: `Illustration: ${front.title}` });
    expect(withImage.markdown.replace(/^image:\n(?: {2}.*\n)+/m, '')).toBe(plain.markdown);
  });
});

test('toFrontmatterYaml writes a flat record as a map', () => {
  const yaml = toFrontmatterYaml({ title: 'A', image: { src: 'images/a.jpg', alt: 'A "quoted" alt' } });
  expect(parse(yaml)).toEqual({ title: 'A', image: { src: 'images/a.jpg', alt: 'A "quoted" alt' } });
});
