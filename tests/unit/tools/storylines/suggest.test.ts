import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatSuggestions, readArticles, suggestStorylines, type SuggestArticle } from '../../../../tools/storylines/suggest.ts';

const none = { topics: [], people: [], places: [], organisations: [] };
const make = (file: string, date: string, entities: Partial<SuggestArticle['entities']>, storyline: string[] = []): SuggestArticle => ({
  file,
  title: file,
  date: new Date(date),
  storyline,
  entities: { ...none, ...entities },
});
const options = { maxShare: 0.5, windowDays: 21, minArticles: 3 };

describe('suggestStorylines', () => {
  const common = Array.from({ length: 6 }, (_, i) => make(`filler-${i}.md`, `2020-0${i + 1}-01`, { topics: ['Politics'] }));

  test('clusters articles sharing a rare entity within the window, naming every shared entity', () => {
    const story = [
      make('a.md', '2022-09-01', { people: ['Chen Xu'], places: ['Geneva'], topics: ['Politics'] }),
      make('b.md', '2022-09-10', { people: ['chen xu'], places: ['Geneva'] }),
      make('c.md', '2022-09-20', { people: ['Chen Xu'], places: ['Geneva'] }),
    ];
    const clusters = suggestStorylines([...story, ...common], options);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.entities).toEqual(['people: Chen Xu', 'places: Geneva']);
    expect(clusters[0]!.articles.map((article) => article.file)).toEqual(['a.md', 'b.md', 'c.md']);
  });

  test.each([
    ['a gap longer than the window splits the run below the minimum', ['2022-01-01', '2022-01-10', '2022-03-01'], [], 0],
    ['an article already in a storyline is left out', ['2022-01-01', '2022-01-05', '2022-01-09'], ['Existing story'], 0],
    ['three articles within the window make a cluster', ['2022-01-01', '2022-01-20', '2022-02-05'], [], 1],
  ])('%s', (_name, dates, storylineOfFirst, expected) => {
    const story = dates.map((date, i) => make(`s${i}.md`, date, { organisations: ['Verity Foods'] }, i === 0 ? storylineOfFirst : []));
    expect(suggestStorylines([...story, ...common], options)).toHaveLength(expected);
  });

  test('an entity most articles name is too common to suggest anything, and a smaller cluster inside a larger one is dropped', () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      make(`m${i}.md`, `2022-01-0${i + 1}`, { topics: ['China'], places: i < 3 ? ['Tibet'] : ['Lhasa'] }),
    );
    const clusters = suggestStorylines(many, { ...options, maxShare: 0.7 });
    expect(clusters.map((cluster) => cluster.entities)).toEqual([['places: Tibet']]);
    const nested = [...many.map((article) => ({ ...article, entities: { ...article.entities, people: ['Ann Lee'] } })), ...common];
    expect(suggestStorylines(nested, options).map((cluster) => cluster.entities)).toEqual([['topics: China', 'people: Ann Lee']]);
  });

  test('the report lists each cluster and says nothing was changed', () => {
    const story = ['2022-09-01', '2022-09-02', '2022-09-03'].map((date, i) => make(`x${i}.md`, date, { places: ['Tripoli'] }));
    const text = formatSuggestions(suggestStorylines([...story, ...common], options), 9, options);
    expect(text).toContain('1 suggested storyline among 9 articles');
    expect(text).toContain('Nothing was changed');
    expect(text).toContain('1. places: Tripoli — 3 articles');
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
