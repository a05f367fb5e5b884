/**
 * Storylines: running stories named in frontmatter (`storyline`), each an ordered line of
 * articles from the oldest to the newest, with the slug, collision rules and spelling merge of
 * entity names (src/archive/entities.ts): spellings that differ only in case, white space or
 * invisible break hints are one storyline.
 */
import { slugify } from '../content/slug.ts';
import type { CalendarParts } from '../content/dates.ts';
import { displayName, EntitySlugCollisionError, sameSpelling } from './entities.ts';

export interface StorylineSource {
  filePath: string;
  day: CalendarParts;
  data: { date: Date; storyline: readonly string[] };
}

export interface Storyline {
  slug: string;
  /** The spelling first met in the (newest-first) article list, its spaces single (`displayName`). */
  name: string;
  /** Indexes into the article list, oldest first: the order of the story. */
  articles: number[];
}

/** An article's place in one storyline: 1-based position, the line's length and its neighbours. */
export interface StorylinePlace {
  storyline: Storyline;
  position: number;
  total: number;
  previous?: number;
  next?: number;
}

/**
 * Every storyline, by slug, its articles oldest first. The article list is newest first, so each
 * line is that order reversed; articles published at the same instant keep the list's order.
 * @throws EntitySlugCollisionError when two different names would share a slug.
 */
export function buildStorylines(articles: readonly StorylineSource[]): Map<string, Storyline> {
  const lines = new Map<string, Storyline>();
  const firstFile = new Map<string, string>();
  articles.forEach((article, index) => {
    for (const name of new Set(article.data.storyline)) {
      const slug = slugify(name);
      const line = lines.get(slug);
      if (!line) {
        lines.set(slug, { slug, name: displayName(name), articles: [index] });
        firstFile.set(slug, article.filePath);
      } else if (sameSpelling(line.name) !== sameSpelling(name)) {
        throw new EntitySlugCollisionError(
          'storylines',
          slug,
          { name: line.name, file: firstFile.get(slug) ?? '' },
          { name, file: article.filePath },
        );
      } else if (line.articles.at(-1) !== index) line.articles.push(index);
    }
  });
  for (const line of lines.values()) line.articles.reverse();
  return lines;
}

/** Where article `index` stands in each storyline it belongs to, in the order the frontmatter names them. */
export function storylinePlaces(storylines: Map<string, Storyline>, article: StorylineSource, index: number): StorylinePlace[] {
  return [...new Set(article.data.storyline.map(slugify))].flatMap((slug) => {
    const storyline = storylines.get(slug);
    const at = storyline?.articles.indexOf(index) ?? -1;
    if (!storyline || at < 0) return [];
    return [
      {
        storyline,
        position: at + 1,
        total: storyline.articles.length,
        ...(at > 0 ? { previous: storyline.articles[at - 1] } : {}),
        ...(at < storyline.articles.length - 1 ? { next: storyline.articles[at + 1] } : {}),
      },
    ];
  });
}

/** The days a storyline covers, for "first – last"; `last` is absent when both fall on one calendar day. */
export interface StorylineSpan {
  first: Date;
  last?: Date;
}

/**
 * The publication dates of a storyline's first and last articles, or only the first when the two
 * share a calendar day (site zone): a one-article line reads "November 5, 2023", not that day twice.
 * Undefined for a line with no article in the list.
 */
export function storylineSpan(
  storyline: Storyline,
  articles: readonly { day: CalendarParts; data: { date: Date } }[],
): StorylineSpan | undefined {
  const first = articles[storyline.articles[0] ?? -1];
  const last = articles[storyline.articles.at(-1) ?? -1];
  if (!first || !last) return undefined;
  const sameDay = first.day.year === last.day.year && first.day.month === last.day.month && first.day.day === last.day.day;
  return sameDay ? { first: first.data.date } : { first: first.data.date, last: last.data.date };
}

export interface TimelineMonth {
  /** `YYYY-MM`. */
  key: string;
  year: string;
  month: string;
  articles: number[];
}

/** A storyline's articles grouped by calendar month (site zone), oldest first. */
export function timelineMonths(storyline: Storyline, articles: readonly { day: CalendarParts }[]): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  for (const index of storyline.articles) {
    const day = articles[index]?.day;
    if (!day) continue;
    const key = `${day.year}-${day.month}`;
    const last = months.at(-1);
    if (last?.key === key) last.articles.push(index);
    else months.push({ key, year: day.year, month: day.month, articles: [index] });
  }
  return months;
}
