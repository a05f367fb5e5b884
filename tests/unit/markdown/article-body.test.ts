import { describe, expect, test } from 'vitest';
import { bodyFacts, repeatsLead } from '../../../src/markdown/article-body.ts';
import { markdownBody } from '../../../src/markdown/render.ts';

describe('bodyFacts', () => {
  test('computes reading time from the body', () => {
    expect(bodyFacts('word '.repeat(920), undefined).readingMinutes).toBe(4);
  });

  test('drops a standfirst that only repeats the first paragraph', () => {
    expect(bodyFacts('The lead\nparagraph.\n\nMore.', 'The lead  paragraph.').standfirst).toBeUndefined();
    expect(bodyFacts('The lead paragraph.\n\nMore.', 'A summary.').standfirst).toBe('A summary.');
  });
});

describe('repeatsLead', () => {
  test('is false without a description', () => {
    expect(repeatsLead(undefined, 'Anything.')).toBe(false);
  });
});

describe('markdownBody', () => {
  test.each([
    ['---\ntitle: x\n---\n\nBody text.\n', '\nBody text.\n'],
    ['\uFEFF---\r\ntitle: x\r\n---\r\n\r\nBody.', '\r\nBody.'],
    ['---\n---\n    indented code\n', '    indented code\n'],
    ['---\ntitle: x\n---\n---\nnot: frontmatter\n---\n', '---\nnot: frontmatter\n---\n'],
  ])('drops the frontmatter block of %j and keeps the body byte for byte', (source, body) => {
    expect(markdownBody(source)).toBe(body);
  });

  test('keeps a body that has no frontmatter', () => {
    expect(markdownBody('Just text --- with dashes.')).toBe('Just text --- with dashes.');
  });
});
