import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  contentFolderProblem,
  DEFAULT_SUGGEST_OPTIONS,
  formatSuggestions,
  rareLimit,
  readArticles,
  readSuggestArguments,
  suggestStorylines,
  type SuggestArticle,
} from '../../../../tools/storylines/suggest.ts';

const none = { topics: [], people: [], places: [], organisations: [] };
const make = (file: string, date: string, entities: Partial<SuggestArticle['entities']>, storyline: string[] = []): SuggestArticle => ({
  file,
  title: file,
  date: new Date(date),
  storyline,
  entities: { ...none, ...entities },
});
const options = { maxShare: 0.3, windowDays: 21, minArticles: 3, minShared: 2 };
const files = (clusters: { articles: SuggestArticle[] }[]) => clusters.map((cluster) => cluster.articles.map((article) => article.file));

describe('suggestStorylines', () => {
  // Twenty unrelated articles, so that a feature four of them share is common (> 30%) and one three share is rare.
  const filler = Array.from({ length: 20 }, (_, i) =>
    make(`filler-${i}.md`, `2020-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`, { topics: [`Topic ${i}`] }),
  );
  const story = (dates: string[], entities: Partial<SuggestArticle['entities']>, prefix = 's') =>
    dates.map((date, i) => make(`${prefix}${i}.md`, date, entities));

  test('links articles sharing two rare entities within the window and labels the cluster with them', () => {
    const clusters = suggestStorylines(
      [...story(['2022-09-01', '2022-09-10', '2022-09-20'], { people: ['Chen Xu'], places: ['Geneva'] }), ...filler],
      options,
    );
    expect(files(clusters)).toEqual([['s0.md', 's1.md', 's2.md']]);
    expect(clusters[0]!.entities).toEqual(expect.arrayContaining(['people: Chen Xu', 'places: Geneva']));
  });

  test.each([
    ['one shared rare entity alone links nothing (a place joins unrelated stories)', { places: ['Ireland'] }, 'Talks', 0],
    ['one rare entity and one rare headline word link', { places: ['Ireland'] }, 'Prorogation', 1],
    ['two rare headline words without an entity link nothing', {}, 'Prorogation vote', 0],
    ['a headline word from an entity’s name is not a second feature', { places: ['Northern Ireland'] }, 'Ireland', 0],
    ['two rare entities link', { places: ['Ireland'], people: ['Ann Lee'] }, 'Talks', 1],
  ])('%s', (_name, entities, headline, expected) => {
    const articles = ['2022-01-01', '2022-01-05', '2022-01-09'].map((date, i) => ({
      ...make(`h${i}.md`, date, entities),
      title: `${headline} ${['resume', 'stall', 'end'][i]}`,
    }));
    // "Talks" is in every filler headline too, so it is not rare.
    const common = filler.map((article) => ({ ...article, title: `Talks on ${article.file}` }));
    expect(suggestStorylines([...articles, ...common], options)).toHaveLength(expected);
  });

  test.each([
    ['a gap longer than the window splits the cluster below the minimum', ['2022-01-01', '2022-01-10', '2022-03-01'], [], 0],
    ['an article already in a storyline is left out', ['2022-01-01', '2022-01-05', '2022-01-09'], ['Existing story'], 0],
    ['a chain of articles each within the window of the next is one cluster', ['2022-01-01', '2022-01-20', '2022-02-05'], [], 1],
  ])('%s', (_name, dates, storylineOfFirst, expected) => {
    const articles = dates.map((date, i) =>
      make(`s${i}.md`, date, { organisations: ['Verity Foods'], places: ['Leeds'] }, i === 0 ? storylineOfFirst : []),
    );
    expect(suggestStorylines([...articles, ...filler], options)).toHaveLength(expected);
  });

  test('entities more than maxShare of the archive has are common and link nothing', () => {
    const many = story(
      Array.from({ length: 10 }, (_, i) => `2022-01-${String(i + 1).padStart(2, '0')}`),
      {
        topics: ['China'],
        places: ['Beijing'],
      },
    );
    expect(suggestStorylines([...many, ...filler], options)).toEqual([]);
    expect(suggestStorylines([...many, ...filler], { ...options, maxShare: 0.5 })).toHaveLength(1);
  });

  test('headline words come from Intl.Segmenter, so a Chinese headline has words too', () => {
    const articles = ['2022-01-01', '2022-01-02', '2022-01-03'].map((date, i) => ({
      ...make(`z${i}.md`, date, { places: ['新疆'] }),
      title: `联合国发布新疆报告 ${i}`,
    }));
    const clusters = suggestStorylines([...articles, ...filler], options);
    expect(files(clusters)).toEqual([['z0.md', 'z1.md', 'z2.md']]);
    expect(clusters[0]!.entities.some((feature) => feature.startsWith('headline: '))).toBe(true);
  });

  test('clusters come largest first, and the report lists each and says nothing was changed', () => {
    const small = story(['2022-09-01', '2022-09-02', '2022-09-03'], { places: ['Tripoli'], people: ['Ann Lee'] }, 'x');
    const large = story(['2021-01-01', '2021-01-02', '2021-01-03', '2021-01-04'], { places: ['Lima'], people: ['Bo Ng'] }, 'y');
    const clusters = suggestStorylines([...small, ...large, ...filler], options);
    expect(files(clusters).map((list) => list.length)).toEqual([4, 3]);
    const text = formatSuggestions(clusters, 27, options);
    expect(text).toContain('2 suggested storylines among 27 articles');
    expect(text).toContain('at least 2 shared entities or headline words');
    expect(text).toContain('Nothing was changed');
    expect(text).toMatch(/2\. .*places: Tripoli.* — 3 articles/);
    expect(text).toContain('   2022-09-01  x0.md  (x0.md)');
  });
});

describe('readArticles', () => {
  test('reads valid articles, skips drafts, and names every file it cannot read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storylines-'));
    await mkdir(join(dir, '2022'));
    await writeFile(
      join(dir, '2022', 'a.md'),
      '---\ntitle: A\ndate: 2022-09-10\npeople: [Chen Xu]\nstoryline: Xinjiang report\n---\nBody\n',
    );
    await writeFile(join(dir, '2022', 'b.md'), '---\ntitle: B\ndate: 2022-09-11\ndraft: true\n---\nBody\n');
    await writeFile(join(dir, '2022', 'c.md'), '---\ntitle: C\n---\nBody\n');
    const before = await readFile(join(dir, '2022', 'a.md'), 'utf8');
    const { articles, skipped } = await readArticles(dir, 'UTC');
    expect(articles.map((article) => [article.file, article.storyline, article.entities.people])).toEqual([
      ['2022/a.md', ['Xinjiang report'], ['Chen Xu']],
    ]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/^2022\/c\.md: /);
    expect(await readFile(join(dir, '2022', 'a.md'), 'utf8')).toBe(before);
  });
});

describe('rareLimit and the report’s rule', () => {
  test.each([
    ['a small archive: the floor --min + 2 wins over 1%', 171, DEFAULT_SUGGEST_OPTIONS, 5],
    ['a large archive: 1% wins over the floor', 10_000, DEFAULT_SUGGEST_OPTIONS, 100],
    ['the share is rounded down', 1_099, DEFAULT_SUGGEST_OPTIONS, 10],
    ['a share of 0 leaves the floor', 10_000, { ...DEFAULT_SUGGEST_OPTIONS, maxShare: 0 }, 5],
    ['a larger --min raises the floor', 100, { ...DEFAULT_SUGGEST_OPTIONS, minArticles: 6 }, 8],
    ['a share of 1 is every article', 40, { ...DEFAULT_SUGGEST_OPTIONS, maxShare: 1 }, 40],
  ])('%s', (_case, total, settings, limit) => {
    expect(rareLimit(total, settings)).toBe(limit);
    const text = formatSuggestions([], total, settings);
    expect(text).toContain(`headline words that at most ${limit} articles have`);
    expect(text).toContain(`Rare means in at most ${limit} articles`);
  });

  test.each([
    ['a share of 1% (the floor, 5)', 0.01, 5],
    ['a share of 30% (9 of 30)', 0.3, 9],
    ['a share of 50% (15 of 30)', 0.5, 15],
  ])(
    'in 30 articles with %s, a story is suggested exactly when at most the printed number share its entities',
    (_case, maxShare, limit) => {
      const settings = { ...options, maxShare };
      expect(formatSuggestions([], 30, settings)).toContain(`at most ${limit} articles have`);
      const found = [limit - 1, limit, limit + 1].map((size) => {
        const articles = Array.from({ length: 30 }, (_, i) =>
          make(`a${i}.md`, `2022-01-${String(i + 1).padStart(2, '0')}`, i < size ? { people: ['Ann Lee'], places: ['Lima'] } : {}),
        );
        return suggestStorylines(articles, { ...settings, windowDays: 60 }).length;
      });
      expect(found).toEqual([1, 1, 0]);
    },
  );

  test('the report no longer claims a bare percentage the code does not apply', () => {
    expect(formatSuggestions([], 171, DEFAULT_SUGGEST_OPTIONS)).not.toMatch(/at most 1\.0% of articles/);
  });
});

describe('readSuggestArguments', () => {
  const defaults = { 'max-share': '0.01', window: '21', min: '3', 'min-shared': '2', limit: '50' };
  test.each([
    ['the defaults', {}, { maxShare: 0.01, windowDays: 21, minArticles: 3, minShared: 2 }, 50],
    [
      'a share of 0 (the floor alone) and a window of 0 days',
      { 'max-share': '0', window: '0' },
      { maxShare: 0, windowDays: 0, minArticles: 3, minShared: 2 },
      50,
    ],
    ['a share of 1 (every article)', { 'max-share': '1', limit: '5' }, { maxShare: 1, windowDays: 21, minArticles: 3, minShared: 2 }, 5],
  ])('reads %s', (_case, typed, expected, limit) => {
    expect(readSuggestArguments({ ...defaults, ...typed })).toEqual({ options: expected, limit });
  });

  test.each([
    ['--max-share', '5', /^--max-share must be a number from 0 to 1, not "5"\. .*0\.01 is 1%/],
    ['--max-share', '-0.01', /^--max-share must be a number from 0 to 1, not "-0\.01"/],
    ['--max-share', '1%', /^--max-share must be a number from 0 to 1, not "1%"/],
    ['--window', '-1', /^--window must be a number of at least 0, not "-1"/],
    ['--min', '2.5', /^--min must be a whole number of at least 1, not "2\.5"/],
    ['--min-shared', '0', /^--min-shared must be a whole number of at least 1, not "0"/],
    ['--limit', 'ten', /^--limit must be a whole number of at least 1, not "ten"/],
  ])('refuses %s %s, naming the option', (flag, value, message) => {
    expect(() => readSuggestArguments({ ...defaults, [flag.slice(2)]: value })).toThrow(message);
  });
});

describe('contentFolderProblem', () => {
  test.each([
    [
      'a missing folder named by CONTENT_DIR',
      'missing',
      '/srv/missing',
      /missing: no such folder \(from CONTENT_DIR=\/srv\/missing\)\. Set CONTENT_DIR/,
    ],
    ['a missing default folder', 'missing', undefined, /missing: no such folder \(the default, as CONTENT_DIR is not set\)/],
    ['a file instead of a folder', 'file.md', 'file.md', /file\.md: not a folder \(from CONTENT_DIR=file\.md\)/],
    ['a folder', '.', '.', undefined],
  ])('%s', async (_case, name, configured, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'storylines-folder-'));
    await writeFile(join(dir, 'file.md'), '');
    const problem = await contentFolderProblem(join(dir, name), configured);
    if (message) expect(problem).toMatch(message);
    else expect(problem).toBeUndefined();
  });

  test('readArticles refuses a missing folder instead of reading an empty archive', async () => {
    await expect(readArticles(join(tmpdir(), 'storylines-no-such-folder'), 'UTC')).rejects.toThrow(
      /storylines-no-such-folder: no such folder/,
    );
  });
});
