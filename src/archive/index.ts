/**
 * Everything the browsing pages derive from the article list — the calendar, the subject index,
 * "on this day" lists and related articles — computed once per build and shared by every page,
 * the way `getArticles` shares the list itself.
 */
import { SUBJECT_KINDS } from '../content/kinds.ts';
import { site } from '../site.ts';
import { buildCalendar, type Calendar } from './calendar.ts';
import { getArticles, type Article } from './articles.ts';
import { articleKeys, buildEntityIndex, type EntityIndex } from './entities.ts';
import { byMonthDay } from './on-this-day.ts';
import { type Change, changeLog } from './corrections.ts';
import { buildStorylines, type Storyline } from './storylines.ts';
import { relatedArticles } from './related.ts';

export interface ArchiveIndex {
  /** Every published article, newest first; the groups below hold indexes into it. */
  articles: Article[];
  calendar: Calendar;
  entities: EntityIndex;
  /** Article indexes per `MM-DD`, for all 366 month-days. */
  onThisDay: Map<string, number[]>;
  pageSize: number;
  /** Every correction and update, newest first. */
  changes: Change[];
  /** Storylines by slug, each oldest first. */
  storylines: Map<string, Storyline>;
}

let index: Promise<ArchiveIndex> | undefined;
let related: Promise<number[][]> | undefined;

/** The archive's derived structures, built on first use. */
export function getArchiveIndex(): Promise<ArchiveIndex> {
  index ??= getArticles().then((articles) => ({
    articles,
    calendar: buildCalendar(articles),
    entities: buildEntityIndex(articles),
    onThisDay: byMonthDay(articles),
    pageSize: site.pageSize,
    changes: changeLog(articles, site.timeZone),
    storylines: buildStorylines(articles),
  }));
  return index;
}

/** Related article indexes for every article (best first), computed once, only for article pages. */
export function getRelated(): Promise<number[][]> {
  related ??= getArchiveIndex().then(({ articles, entities }) => {
    const keys = articleKeys(entities, articles.length, SUBJECT_KINDS);
    return relatedArticles(articles.map((article, i) => ({ keys: keys[i] ?? [], days: article.data.date.getTime() / 86_400_000 })));
  });
  return related;
}

/** The articles at `indexes`, in that order. */
export function pick(articles: readonly Article[], indexes: readonly number[]): Article[] {
  return indexes.map((i) => articles[i]).filter((article): article is Article => article !== undefined);
}
