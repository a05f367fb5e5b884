import { describe, expect, test } from 'vitest';
import { buildEntityIndex } from '../../../src/archive/entities.ts';
import { FRONT_PAGE_DEFAULTS, frontPage } from '../../../src/archive/front-page.ts';

const DAY = 86_400_000;
const newest = Date.UTC(2022, 8, 30);
/** Newest first: `daysAgo` from the newest story, with a section and subjects. */
function story(daysAgo: number, section?: string, topics: string[] = [], people: string[] = []) {
  return {
    filePath: `${daysAgo}.md`,
    data: {
      date: new Date(newest - daysAgo * DAY),
      section,
      topics,
      people,
      places: [],
      organisations: [],
      authors: [],
      source: undefined,
    },
  };
}

describe('frontPage', () => {
  test('an empty archive has no lead and nothing else', () => {
    expect(frontPage([], buildEntityIndex([]))).toEqual({ lead: undefined, sections: [], inTheNews: {} });
  });

  test('the newest story leads; sections follow in the order of their newest story, each with its latest stories', () => {
    const articles = [
      story(0, 'World'),
      story(1, 'Business'),
      story(2, 'World'),
      story(3),
      story(4, 'World'),
      story(5, 'Sport'),
      story(6, 'World'),
    ];
    const page = frontPage(articles, buildEntityIndex(articles), { ...FRONT_PAGE_DEFAULTS, sections: 3, perSection: 2 });
    expect(page.lead).toBe(0);
    expect(page.sections).toEqual([
      { section: 'Business', articles: [1] },
      { section: 'World', articles: [2, 4] },
      { section: undefined, articles: [3] },
    ]);
  });

  test('in the news counts only the last month before the newest story, and only subjects named twice', () => {
    const articles = [
      story(0, 'World', ['Floods'], ['Ana Ruiz']),
      story(3, 'World', ['Floods', 'Elections'], ['Ana Ruiz']),
      story(10, 'World', ['Elections', 'Floods']),
      story(20, 'World', ['Elections']),
      story(45, 'World', ['Trade', 'Elections']),
      story(50, 'World', ['Trade']),
    ];
    const page = frontPage(articles, buildEntityIndex(articles));
    expect(page.inTheNews.topics?.map((entry) => [entry.name, entry.count])).toEqual([
      ['Elections', 3],
      ['Floods', 3],
    ]);
    expect(page.inTheNews.people?.map((entry) => [entry.slug, entry.count])).toEqual([['ana-ruiz', 2]]);
  });

  test('a one-story archive still has its lead', () => {
    const articles = [story(0, 'World', ['Floods'])];
    const page = frontPage(articles, buildEntityIndex(articles));
    expect(page).toEqual({ lead: 0, sections: [], inTheNews: { topics: [], people: [] } });
  });

  test('an archive without sections gets one longer block of the latest stories', () => {
    const articles = Array.from({ length: 30 }, (_, daysAgo) => story(daysAgo));
    const page = frontPage(articles, buildEntityIndex(articles), { ...FRONT_PAGE_DEFAULTS, sections: 3, perSection: 4 });
    expect(page.sections).toEqual([{ section: undefined, articles: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }]);
  });
});
