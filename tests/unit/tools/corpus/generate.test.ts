import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createArticleSchema } from '../../../../src/content/schema.ts';
import { generateArticle, generateCorpus, type CorpusOptions, type GeneratedArticle } from '../../../../tools/corpus/index.ts';
import { toFrontmatterYaml } from '../../../../tools/corpus/frontmatter.ts';
import { AUTHORS, ORGANISATIONS, PEOPLE, PLACES, SECTIONS, SOURCES, TOPICS } from '../../../../tools/corpus/names.ts';
import * as vocabulary from '../../../../tools/corpus/vocabulary.ts';
import { countGeneratedWords } from '../../../../tools/corpus/word-count.ts';
import { countWords } from '../../../../src/markdown/reading-time.ts';
import { slugify, slugMap } from '../../../../src/content/slug.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });

interface Parsed {
  article: GeneratedArticle;
  frontmatter: Record<string, unknown>;
  body: string;
}

function parseArticle(article: GeneratedArticle): Parsed {
  const match = /^---\n([\s\S]*?\n)---\n\n([\s\S]*)$/.exec(article.markdown);
  if (!match) throw new Error(`${article.relativePath} has no frontmatter block`);
  return { article, frontmatter: parseYaml(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

const corpus = (options: CorpusOptions) => [...generateCorpus(options)].map(parseArticle);
const sample = corpus({ count: 500, seed: 42 });
const data = sample.map(({ frontmatter }) => schema.parse(frontmatter));

describe('generateCorpus', () => {
  test('yields identical files for the same seed', () => {
    expect([...generateCorpus({ count: 50, seed: 7 })]).toEqual([...generateCorpus({ count: 50, seed: 7 })]);
  });

  test('yields different files for a different seed', () => {
    const a = [...generateCorpus({ count: 50, seed: 7 })];
    const b = [...generateCorpus({ count: 50, seed: 8 })];
    expect(a.filter((article, i) => article.markdown === b[i]?.markdown)).toHaveLength(0);
  });

  test('generates any one article alone exactly as it appears in the corpus', () => {
    const all = [...generateCorpus({ count: 40, seed: 3 })];
    expect(generateArticle(37, { seed: 3 })).toEqual(all[37]);
  });

  test('rejects impossible options before generating anything', () => {
    expect(() => generateCorpus({ count: -1 })).toThrow(RangeError);
    expect(() => generateCorpus({ count: 1, startYear: 2020, endYear: 2010 })).toThrow(RangeError);
    expect(() => generateCorpus({ count: 1, minWords: 500, maxWords: 100 })).toThrow(RangeError);
  });
});

describe('generated articles', () => {
  test('each parses as YAML frontmatter and a Markdown body', () => {
    for (const { frontmatter, body } of sample) {
      expect(typeof frontmatter.title).toBe('string');
      expect(body.trim().length).toBeGreaterThan(0);
    }
  });

  test('each validates against the article schema', () => {
    const failures = sample
      .map(({ article, frontmatter }) => ({ path: article.relativePath, result: schema.safeParse(frontmatter) }))
      .filter(({ result }) => !result.success)
      .map(({ path, result }) => `${path}: ${result.error?.message}`);
    expect(failures).toEqual([]);
  });

  test('bodies stay within the default 400–1,500 words', () => {
    const counts = sample.map(({ body }) => countWords(body));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(400);
    expect(Math.max(...counts)).toBeLessThanOrEqual(1500);
  });

  test('bodies honour a custom word range, even a narrow one', () => {
    for (const { body } of corpus({ count: 200, seed: 5, minWords: 60, maxWords: 70, languages: { zh: 0.2 } })) {
      const words = countWords(body);
      expect(words).toBeGreaterThanOrEqual(60);
      expect(words).toBeLessThanOrEqual(70);
    }
  });

  test('paths are unique YYYY/MM/<slug>.md whose folders match the date written', () => {
    const paths = sample.map(({ article }) => article.relativePath);
    expect(new Set(paths).size).toBe(paths.length);
    for (const { article, frontmatter } of sample) {
      const [year, month] = String(frontmatter.date).split('-');
      expect(article.relativePath).toMatch(new RegExp(`^${year}/${month}/[\\p{Ll}\\p{Lo}\\p{N}]+(?:-[\\p{Ll}\\p{Lo}\\p{N}]+)*\\.md$`, 'u'));
    }
  });

  test('dates fall in the chosen years, mixing bare days and zoned date-times', () => {
    const dates = corpus({ count: 200, seed: 9, startYear: 2015, endYear: 2016 }).map(({ frontmatter }) => String(frontmatter.date));
    expect(dates.every((date) => date.startsWith('2015') || date.startsWith('2016'))).toBe(true);
    expect(dates.some((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
    expect(dates.some((date) => /T\d{2}:\d{2}:00(?:Z|[+-]\d{2}:\d{2})$/.test(date))).toBe(true);
  });

  test('recent years are denser, and busy days carry many articles', () => {
    const years = data.map(({ date }) => date.getUTCFullYear());
    expect(years.filter((year) => year >= 2020).length).toBeGreaterThan(2 * years.filter((year) => year < 2005).length);
    const perDay = new Map<string, number>();
    for (const { frontmatter } of corpus({ count: 3000, seed: 11, startYear: 2020, endYear: 2020 })) {
      const day = String(frontmatter.date).slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const counts = [...perDay.values()].sort((a, b) => a - b);
    expect(counts.at(-1)).toBeGreaterThan(4 * (counts[Math.floor(counts.length / 2)] ?? 0));
  });

  test('some articles are in Chinese, with Chinese text that mentions 新疆', () => {
    const chinese = corpus({ count: 200, seed: 2, languages: { zh: 0.25 } }).filter(({ frontmatter }) => frontmatter.lang === 'zh');
    expect(chinese.length).toBeGreaterThan(20);
    expect(chinese.every(({ frontmatter }) => /\p{Script=Han}/u.test(String(frontmatter.title)))).toBe(true);
    expect(chinese.some(({ body }) => body.includes('新疆'))).toBe(true);
    const byDefault = corpus({ count: 2000, seed: 2, maxWords: 420 }).filter(({ frontmatter }) => frontmatter.lang === 'zh').length;
    expect(byDefault).toBeGreaterThanOrEqual(5);
    expect(byDefault).toBeLessThanOrEqual(45);
  });

  test('quotes use curly marks and are attributed to the article’s own people', () => {
    let attributions = 0;
    for (const { body } of sample.filter(({ frontmatter }) => frontmatter.lang === undefined)) {
      expect(body).not.toMatch(/["']/);
      const people = (data[sample.findIndex((entry) => entry.body === body)]?.people ?? []) as string[];
      for (const match of body.matchAll(/,” said (?!the )([^,.]+)[,.]|,” (?!the )([^,.“”]+) said\./g)) {
        expect(people).toContain(match[1] ?? match[2]);
        attributions++;
      }
    }
    expect(attributions).toBeGreaterThan(100);
  });

  test('entities are long-tailed: the top topic is far more common than the median one', () => {
    const frequency = (lists: string[][]) => {
      const counts = new Map<string, number>();
      for (const list of lists) for (const name of list) counts.set(name, (counts.get(name) ?? 0) + 1);
      return [...counts.values()].sort((a, b) => b - a);
    };
    const topics = frequency(data.map(({ topics }) => topics));
    expect(topics[0]).toBeGreaterThan(8 * (topics[Math.floor(topics.length / 2)] ?? 0));
    const people = frequency(data.map(({ people }) => people));
    expect(people[0]).toBeGreaterThan(8 * (people[Math.floor(people.length / 2)] ?? 0));
  });

  test('metadata varies: one or two authors, up to four topics, optional fields sometimes set', () => {
    expect(data.every(({ authors }) => authors.length >= 1 && authors.length <= 2)).toBe(true);
    expect(data.every(({ topics, people, places }) => topics.length <= 4 && people.length <= 4 && places.length <= 3)).toBe(true);
    expect(data.some(({ organisations }) => organisations.length === 0)).toBe(true);
    expect(data.some(({ updated }) => updated !== undefined)).toBe(true);
    expect(data.some(({ corrections }) => corrections.length > 0)).toBe(true);
    expect(data.some(({ credit }) => credit !== undefined)).toBe(true);
    expect(data.every(({ image }) => image === undefined)).toBe(true);
  });
});

describe('countGeneratedWords', () => {
  test('agrees with countWords on every generated body and headline', () => {
    const chinese = corpus({ count: 40, seed: 4, languages: { zh: 1 } });
    for (const { body, frontmatter } of [...sample, ...chinese]) {
      expect(countGeneratedWords(body)).toBe(countWords(body));
      expect(countGeneratedWords(String(frontmatter.title))).toBe(countWords(String(frontmatter.title)));
    }
  });
});

describe('toFrontmatterYaml', () => {
  test('round-trips text with quotes, colons, ampersands, hashes and newlines', () => {
    const fields = { title: 'Q&A: “why” he said "no" # not a comment', credit: '- 12: yes\nno', topics: ['@home', 'Trade'] };
    expect(parseYaml(toFrontmatterYaml(fields))).toEqual(fields);
  });

  test('leaves out undefined values and empty lists', () => {
    expect(toFrontmatterYaml({ title: 'A', updated: undefined, topics: [] })).toBe('title: "A"\n');
  });
});

describe('name pools', () => {
  const pools = { PEOPLE, AUTHORS, PLACES, ORGANISATIONS, TOPICS, SECTIONS, SOURCES };

  test.each(Object.entries(pools))('no two names in %s share a slug', (_, names) => {
    expect(new Set(names).size).toBe(names.length);
    expect(slugMap(names).collisions).toEqual([]);
  });

  test.each(Object.entries(pools))('every name in %s has letters to make a slug from', (_, names) => {
    for (const name of names) {
      expect(name).toMatch(/[\p{L}\p{N}]/u);
      expect(slugify(name)).toMatch(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u);
    }
  });

  test('pools are sized like a real archive’s and mix scripts and diacritics', () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(400);
    expect(AUTHORS.length).toBeGreaterThanOrEqual(150);
    expect(PLACES.length).toBeGreaterThanOrEqual(200);
    expect(ORGANISATIONS.length).toBeGreaterThanOrEqual(120);
    expect(TOPICS.length).toBeGreaterThanOrEqual(80);
    expect(SECTIONS).toHaveLength(10);
    expect(SOURCES.length).toBeGreaterThanOrEqual(12);
    expect(PEOPLE).toEqual(expect.arrayContaining(['José Martínez', 'Сергей Лавров', '王毅', 'Chen Xu']));
    expect(PLACES).toEqual(expect.arrayContaining(['São Paulo', 'Zürich', 'Geneva']));
    expect(ORGANISATIONS).toEqual(
      expect.arrayContaining(['UN Human Rights Office', 'World Health Organization', 'Médecins Sans Frontières']),
    );
  });

  test('the vocabulary has at least 3,000 distinct lowercase words', () => {
    const words = new Set(Object.values(vocabulary).flat());
    const lowercase = [...words].filter((word) => /^[a-z]+(?:-[a-z]+)*$/.test(word));
    expect(lowercase.length).toBeGreaterThanOrEqual(3000);
  });
});
