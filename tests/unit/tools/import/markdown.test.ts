import { describe, expect, test } from 'vitest';
import type { Root } from 'mdast';
import {
  bodyText,
  FIELD_ORDER,
  frontmatterYaml,
  isBlankText,
  paragraph,
  parseArticle,
  plainText,
  readFrontmatter,
  serialiseArticle,
  stringifyBody,
} from '../../../../tools/import/markdown.ts';

const bodyOf = (...texts: string[]): Root => ({ type: 'root', children: texts.map(paragraph) });
const roundTrip = (texts: string[]) => parseArticle(serialiseArticle({ title: 'T', date: '2022-09-10' }, bodyOf(...texts))).body.children;

describe('serialiseArticle', () => {
  test('writes frontmatter fields in the house order, whatever order they are given in', () => {
    const yaml = frontmatterYaml({
      lang: 'en',
      organisations: ['UN'],
      places: ['Geneva'],
      title: 'T',
      date: '2022-09-10',
      source: 'S',
      credit: 'C',
    });
    const keys = yaml
      .split('\n')
      .filter((line) => /^\w/.test(line))
      .map((line) => line.split(':')[0]);
    expect(keys).toEqual(FIELD_ORDER.filter((key) => keys.includes(key)));
    expect(keys).toEqual(['title', 'date', 'source', 'credit', 'places', 'organisations', 'lang']);
  });
  test('quotes dates so YAML readers keep them as strings', () => {
    expect(frontmatterYaml({ title: 'T', date: '2022-09-10' })).toContain("date: '2022-09-10'");
    expect(frontmatterYaml({ title: 'T', date: '2022-09-10T14:30:00+08:00' })).toContain("date: '2022-09-10T14:30:00+08:00'");
  });
  test('quotes titles a YAML 1.1 reader would take for something else', () => {
    expect(parseArticle(serialiseArticle({ title: 'yes', date: '2022-09-10' }, bodyOf('x'))).frontmatter).toEqual({
      title: 'yes',
      date: '2022-09-10',
    });
    expect(frontmatterYaml({ title: 'No', date: '2022-09-10' })).toContain("title: 'No'");
  });
  test('leaves out empty fields', () => {
    expect(frontmatterYaml({ title: 'T', date: '2022-09-10', authors: [], description: '' })).toBe("title: T\ndate: '2022-09-10'");
  });
  test('keeps curly quotes, dashes, ellipses and three dots untouched', () => {
    const text = '“Quoted,” she said — ‘it’s done’… or is it... – Łódź, Zürich, 習近平';
    const markdown = serialiseArticle({ title: 'T', date: '2022-09-10' }, bodyOf(text));
    expect(markdown).toContain(`\n${text}\n`);
  });
  test('escapes paragraphs that would otherwise read as Markdown syntax, and they read back as the same text', () => {
    const texts = [
      '# 1 priority',
      '1. First',
      '2) Second',
      '- not a list',
      '+ plus',
      '> not a quote',
      '*stars* and _underscores_',
      '[x](y)',
      '<script>alert(1)</script>',
      '***',
      '=== x',
      '`code`',
      '1986. A year.',
      'a & b &amp; c',
      'back\\slash',
    ];
    const read = roundTrip(texts);
    expect(read.map((node) => node.type)).toEqual(texts.map(() => 'paragraph'));
    expect(read.map(plainText)).toEqual(texts);
  });
  test('is stable: parse then stringify gives back the same file', () => {
    const markdown = serialiseArticle(
      { title: '‘Closed the door’', date: '2022-09-10', people: ['Chen Xu'] },
      {
        type: 'root',
        children: [
          paragraph('# not a heading'),
          { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Section' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'emphasis', children: [{ type: 'text', value: 'em' }] },
              { type: 'text', value: ' and ' },
              { type: 'link', url: 'https://example.com/a_b', children: [{ type: 'text', value: 'link' }] },
            ],
          },
        ],
      },
    );
    const { frontmatter, body } = parseArticle(markdown);
    expect(serialiseArticle(frontmatter as Record<string, string>, body)).toBe(markdown);
  });
});

describe('parseArticle', () => {
  test('returns no frontmatter for a file without one', () => {
    expect(parseArticle('Just text').frontmatter).toBeUndefined();
  });
});

describe('bodyText', () => {
  test.each([
    ['Interlagos  \nCuritiba', 'Interlagos\nCuritiba'],
    ['Ticketing\\\nwww.example.com', 'Ticketing\nwww.example.com'],
    ['**un**believable', 'unbelievable'],
    ['First\n\nSecond', 'First\n\nSecond'],
  ])('%j reads as %j: a line break separates words', (markdown, text) => {
    expect(bodyText(parseArticle(markdown).body)).toBe(text);
  });
});

describe('blocks that show nothing', () => {
  test.each([
    ['a space', ' '],
    ['a no-break space', '\u00a0'],
    ['a zero-width space', '\u200b'],
    ['an em space and a byte-order mark', '\u2003\ufeff'],
    ['"&#x20;" written out', '&#x20;'],
    ['"&nbsp;" written out', '&nbsp;'],
    ['decimal references to spaces', '&#160;&#32;&#8203;'],
    ['several references and spaces', ' &NBSP; &#xA0; '],
  ])('%s is blank', (_kind, text) => {
    expect(isBlankText(text)).toBe(true);
  });
  test.each([
    ['a word', 'a'],
    ['a reference to a letter', '&#x41;'],
    ['an entity that shows', '&amp;'],
    ['an impossible code point', '&#x110000;'],
    ['punctuation', '—'],
  ])('%s is not blank', (_kind, text) => {
    expect(isBlankText(text)).toBe(false);
  });

  const text = (value: string) => ({ type: 'text' as const, value });
  const words = { type: 'paragraph' as const, children: [text('Words.')] };
  test.each([
    ['a paragraph of a no-break space', { type: 'paragraph', children: [text('\u00a0')] }],
    ['a paragraph of "&#x20;" text', { type: 'paragraph', children: [text('&#x20;')] }],
    ['a paragraph of a bold no-break space', { type: 'paragraph', children: [{ type: 'strong', children: [text('\u00a0')] }] }],
    ['a paragraph of line breaks and spaces', { type: 'paragraph', children: [text(' '), { type: 'break' }, text('\u00a0')] }],
    ['an empty heading', { type: 'heading', depth: 2, children: [text('\u00a0')] }],
    ['a quotation of a blank paragraph', { type: 'blockquote', children: [{ type: 'paragraph', children: [text('\u200b')] }] }],
    [
      'a list of one blank item',
      { type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text('\u00a0')] }] }] },
    ],
  ])('%s leaves the Markdown', (_kind, blank) => {
    const body = { type: 'root', children: [words, blank, words] } as Root;
    expect(stringifyBody(body)).toBe('Words.\n\nWords.\n');
  });
  test.each([
    [
      'an image without alt text',
      { type: 'paragraph', children: [{ type: 'image', url: 'images/a.webp', alt: '' }] },
      '![](images/a.webp)',
    ],
    ['a thematic break', { type: 'thematicBreak' }, '---'],
    ['a code block of spaces', { type: 'code', value: '  ' }, '```\n  \n```'],
  ])('%s stays', (_kind, node, markdown) => {
    const body = { type: 'root', children: [words, node, words] } as Root;
    expect(stringifyBody(body)).toBe(`Words.\n\n${markdown}\n\nWords.\n`);
  });
  test('a list keeps its other items', () => {
    const item = (value: string) => ({ type: 'listItem', children: [{ type: 'paragraph', children: [text(value)] }] });
    const body = {
      type: 'root',
      children: [{ type: 'list', spread: false, children: [item('One'), item('\u00a0'), item('Two')] }],
    } as Root;
    expect(stringifyBody(body)).toBe('- One\n- Two\n');
  });
  test('the body text for entities and language leaves blank blocks out', () => {
    const body = { type: 'root', children: [words, { type: 'paragraph', children: [text('\u00a0')] }, words] } as Root;
    expect(bodyText(body)).toBe('Words.\n\nWords.');
  });
});

describe('readFrontmatter', () => {
  const body = {
    type: 'root',
    children: [paragraph('Text with --- dashes.'), { type: 'thematicBreak' }, paragraph('After a rule.')],
  } as Root;
  test.each([
    ['an imported article', serialiseArticle({ title: 'A --- B', date: '2022-09-10', topics: ['x', '---'] }, body)],
    ['YAML with a block scalar', '---\ntitle: |\n  Two\n  lines\ndate: 2022-09-10\n---\n\nBody.\n'],
    ['an empty block', '---\n---\n\nBody.\n'],
    ['Windows line endings', '---\r\ntitle: T\r\n---\r\n\r\nBody.\r\n'],
    ['no frontmatter', 'Body only.\n\n---\n\ntitle: not frontmatter\n'],
    ['a rule later in the file', 'Intro.\n\n---\ntitle: no\n---\n'],
  ])('%s reads as the Markdown parser reads it', (_kind, markdown) => {
    expect(readFrontmatter(markdown)).toEqual(parseArticle(markdown).frontmatter);
  });
});
