import { describe, expect, test } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';

const file = (date: string) => `---\ntitle: Headline\ndate: ${date}\n---\nBody.\n`;

describe('parseFrontmatter', () => {
  // [frontmatter value as typed, text the schema receives, instant in America/New_York]
  test.each([
    ['2022-09-09', '2022-09-09', '2022-09-09T04:00:00.000Z'],
    ["'2022-09-09'", '2022-09-09', '2022-09-09T04:00:00.000Z'],
    ['2022-09-09T20:00:00-04:00', '2022-09-09T20:00:00-04:00', '2022-09-10T00:00:00.000Z'],
    ['"2022-09-09T20:00:00-04:00"', '2022-09-09T20:00:00-04:00', '2022-09-10T00:00:00.000Z'],
    ['2022-09-10T00:00:00Z', '2022-09-10T00:00:00Z', '2022-09-10T00:00:00.000Z'],
    ['2022-09-10T00:00:00.5+05:30', '2022-09-10T00:00:00.5+05:30', '2022-09-09T18:30:00.500Z'],
    ['2022-09-10 14:30:00 +02:00', '2022-09-10 14:30:00 +02:00', '2022-09-10T12:30:00.000Z'],
  ])('keeps the date %s as the text %j, which the schema reads as %s', (typed, text, instant) => {
    const { data } = parseFrontmatter(file(typed), 'a.md');
    expect(data.date).toBe(text);
    const article = createArticleSchema({ timeZone: 'America/New_York' }).parse(data);
    expect(article.date.toISOString()).toBe(instant);
  });

  test('refuses an unquoted date-time without a zone, naming the fix', () => {
    const { data } = parseFrontmatter(file('2022-09-10T14:30:00'), 'a.md');
    const result = createArticleSchema({ timeZone: 'UTC' }).safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/needs its zone, e\.g\. 2022-09-10T14:30:00Z/);
  });

  test.each([
    ['---\ntitle: [unclosed\n---\n', /a\.md: the frontmatter is not valid YAML/],
    ['---\n- a\n- b\n---\n', /a\.md: the frontmatter must be fields/],
    ['---\ntitle: a\ntitle: b\n---\n', /a\.md: the frontmatter is not valid YAML/],
  ])('names the file when the frontmatter %j is unusable', (source, message) => {
    expect(() => parseFrontmatter(source, 'a.md')).toThrow(message);
  });

  test.each([
    ['no frontmatter\n', undefined, 'no frontmatter\n'],
    ['\uFEFFno frontmatter', undefined, 'no frontmatter'],
    ['---\n---\nbody', '', 'body'],
    ['--- \ntitle: x\n---  \r\nbody', 'title: x', 'body'],
  ])('splits %j into its YAML and body', (source, yaml, body) => {
    expect(splitFrontmatter(source)).toEqual({ yaml, body });
  });

  test('removes code points XML and HTML forbid from every field and the body', () => {
    const source =
      '---\ntitle: "Bell\\u0007 ring"\ndescription: "Talks stalled\\u0008 again\\u001B; a form feed \\u000C"\nauthors: ["O\\u0085Brien"]\nimage: { src: /a.jpg, alt: "A\\uFFFE" }\n---\nBody\u0008 text\u001B.\n';
    const { data, body } = parseFrontmatter(source, 'a.md');
    expect(data).toEqual({
      title: 'Bell ring',
      description: 'Talks stalled again; a form feed ',
      authors: ['OBrien'],
      image: { src: '/a.jpg', alt: 'A' },
    });
    expect(body).toBe('Body text.\n');
  });
});
