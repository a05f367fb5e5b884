import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import type { SourceEntry } from '../../../src/archive/catalog.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });
const entry = (id: string, data: Record<string, unknown>): SourceEntry => ({
  id,
  filePath: `content/articles/${id}`,
  data: schema.parse({ title: id, ...data }),
});

/** 30 articles on 3 days of September 2022 and one draft, so month and day pages need a second page at 25 a page. */
function archive(): SourceEntry[] {
  const list = Array.from({ length: 30 }, (_, n) =>
    entry(`2022/09/story-${n}.md`, {
      date: `2022-09-${String(10 + (n % 3)).padStart(2, '0')}T${String(n % 24).padStart(2, '0')}:00:00Z`,
      topics: n % 2 === 0 ? ['Human rights'] : ['Trade'],
      people: n === 0 ? ['Michelle Bachelet'] : [],
      authors: n === 0 ? ['Ann Lee'] : [],
      section: 'World',
    }),
  );
  return [
    ...list,
    entry('2021/01/old.md', { date: '2021-01-05', topics: ['Trade'] }),
    entry('2022/09/draft.md', { date: '2022-09-11', draft: true }),
  ];
}

/** Fresh module instances, since the archive index is computed once per module instance (once per build). */
async function load() {
  vi.resetModules();
  const content = await import('../../support/astro-content.ts');
  content.setEntries(archive());
  return {
    routes: await import('../../../src/archive/routes.ts'),
    index: await import('../../../src/archive/index.ts'),
    articles: await import('../../../src/archive/articles.ts'),
  };
}

describe('the archive read from the collection', () => {
  test('getArticles lists published articles newest first, drafts left out, and shares one list', async () => {
    const { articles } = await load();
    const list = await articles.getArticles();
    expect(list).toHaveLength(31);
    expect(list.some((article) => article.id.includes('draft'))).toBe(false);
    expect(list.at(-1)?.url).toBe('/2021/01/05/old/');
    expect(await articles.getArticles()).toBe(list);
  });

  test('getArchiveIndex groups the same articles by date and subject', async () => {
    const { index } = await load();
    const { articles, calendar, entities } = await index.getArchiveIndex();
    expect(calendar.years.map((year) => [year.year, year.articles.length])).toEqual([
      ['2021', 1],
      ['2022', 30],
    ]);
    expect(entities.topics.get('trade')?.articles).toHaveLength(16);
    expect(index.pick(articles, entities.people.get('michelle-bachelet')?.articles ?? []).map((a) => a.slug)).toEqual(['story-0']);
  });

  test('getRelated ranks articles sharing a rare subject first and never the article itself', async () => {
    const { index } = await load();
    const { articles } = await index.getArchiveIndex();
    const related = await index.getRelated();
    expect(related).toHaveLength(articles.length);
    related.forEach((list, i) => {
      expect(list).not.toContain(i);
    });
  });
});

describe('renderArticle', () => {
  test('renders an article body from its file, with its reading time', async () => {
    const { articles } = await load();
    const seed = {
      ...entry('seed.md', { date: '2022-09-10', description: 'UN report' }),
      filePath: 'tests/fixtures/archive/2022/09/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report.md',
    };
    const [article] = (await import('../../../src/archive/catalog.ts')).buildCatalog([seed], {
      timeZone: 'UTC',
      paths: (await import('../../../src/content/site-paths.ts')).paths,
    });
    const rendered = await articles.renderArticle(article!);
    expect(rendered.html).toContain('<p>');
    expect(rendered.html).toContain('Xinjiang');
    expect(rendered.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(rendered.standfirst).toBe('UN report');
  });

  test('counts an article’s words once, from its file or from the body the caller read, whichever comes first', async () => {
    const { articles } = await load();
    const path =
      'tests/fixtures/archive/2022/09/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report.md';
    const { countWords } = await import('../../../src/markdown/reading-time.ts');
    const { markdownBody } = await import('../../../src/markdown/render.ts');
    const words = countWords(markdownBody(readFileSync(path, 'utf8')));
    const catalog = (await import('../../../src/archive/catalog.ts')).buildCatalog(
      [
        { ...entry('a.md', { date: '2022-09-10' }), filePath: path },
        { ...entry('b.md', { date: '2022-09-11' }), filePath: 'elsewhere/b.md' },
      ],
      { timeZone: 'UTC', paths: (await import('../../../src/content/site-paths.ts')).paths },
    );
    const fromFile = catalog.find((article) => article.filePath === path);
    const other = catalog.find((article) => article.filePath === 'elsewhere/b.md');
    expect(await articles.articleWordCount(fromFile!)).toBe(words);
    // Counted once: a different body given later for the same file does not change the count.
    expect(await articles.articleWordCount(fromFile!, 'one two')).toBe(words);
    expect(await articles.articleWordCount(other!, 'one two three')).toBe(3);
    expect(await articles.articleWordCount(other!)).toBe(3);
  });
});

describe('routes', () => {
  test('month and day pages are paginated at the page size, later pages under page/n/', async () => {
    const { routes } = await load();
    const first = await routes.monthRoutes(false);
    const later = await routes.monthRoutes(true);
    expect(first.map((route) => route.params)).toEqual([
      { year: '2021', month: '01' },
      { year: '2022', month: '09' },
    ]);
    expect(later.map((route) => route.params)).toEqual([{ year: '2022', month: '09', page: '2' }]);
    expect(later[0]?.props.page.items).toHaveLength(5);
    expect(first[1]?.props.older?.month).toBe('01');
    const days = await routes.dayRoutes(false);
    expect(days.map((route) => `${route.params.month}-${route.params.day}`)).toEqual(['01-05', '09-10', '09-11', '09-12']);
    expect(await routes.dayRoutes(true)).toEqual([]);
  });

  test('every article has a route at its permalink with its position in the list', async () => {
    const { routes } = await load();
    const list = await routes.articleRoutes();
    expect(list).toHaveLength(31);
    expect(list.every((route, i) => route.props.index === i)).toBe(true);
    expect(list.at(-1)?.params).toEqual({ year: '2021', month: '01', day: '05', slug: 'old' });
  });

  test('entity pages, indexes and feeds cover every kind and name once', async () => {
    const { routes } = await load();
    const pages = await routes.entityRoutes();
    const feeds = await routes.entityFeedRoutes();
    const indexes = await routes.entityIndexRoutes();
    expect(indexes.map((route) => route.params.kind)).toEqual([
      'topics',
      'people',
      'places',
      'organisations',
      'sections',
      'sources',
      'authors',
    ]);
    expect(feeds.map((route) => `${route.params.kind}/${route.params.slug}`).sort()).toEqual(
      ['authors/ann-lee', 'people/michelle-bachelet', 'sections/world', 'topics/human-rights', 'topics/trade'].sort(),
    );
    expect(pages.filter((route) => route.params.slug === 'trade').map((route) => route.params.page)).toEqual([undefined]);
  });

  test('on-this-day has all 366 month-days, empty ones included', async () => {
    const { routes } = await load();
    const list = await routes.onThisDayRoutes();
    expect(list.filter((route) => route.params.page === undefined)).toHaveLength(366);
    expect(list.find((route) => route.params.monthDay === '09-10')?.props.count).toBe(10);
    expect(list.find((route) => route.params.monthDay === '02-29')?.props.count).toBe(0);
  });

  test('year routes link their neighbours, skipping empty years', async () => {
    const { routes } = await load();
    const years = await routes.yearRoutes();
    expect(years.map((route) => [route.params.year, route.props.older?.year, route.props.newer?.year])).toEqual([
      ['2021', undefined, '2022'],
      ['2022', '2021', undefined],
    ]);
  });

  test('the planned page count equals every route plus the fixed pages', async () => {
    const { routes } = await load();
    const lists = await Promise.all([
      routes.yearRoutes(),
      routes.monthRoutes(false),
      routes.monthRoutes(true),
      routes.dayRoutes(false),
      routes.dayRoutes(true),
      routes.onThisDayRoutes(),
      routes.entityIndexRoutes(),
      routes.entityRoutes(),
      routes.entityFeedRoutes(),
      routes.articleRoutes(),
      routes.correctionsRoutes(),
      routes.storylineRoutes(),
      routes.dataFileRoutes(),
    ]);
    const expected = routes.FIXED_PAGES + lists.reduce((total, list) => total + list.length, 0);
    expect(await routes.plannedPageCount()).toBe(expected);
  });
});
