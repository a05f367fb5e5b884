/**
 * What the home page shows, chosen from the archive as a news front page chooses: the newest
 * story as the lead, the latest stories of each section, the subjects most in the news over the
 * archive's last month, and "on this day" only when earlier years have something. Everything is
 * relative to the archive's newest article, never the build clock, so a rebuild of the same
 * content gives the same page.
 */
import type { SubjectKind } from '../content/kinds.ts';
import type { EntityIndex } from './entities.ts';

export interface FrontArticle {
  data: { date: Date; section?: string | undefined };
}

export interface SectionBlock {
  /** The section's name, or undefined for stories filed under no section. */
  section: string | undefined;
  /** Article indexes, newest first. */
  articles: number[];
}

export interface InTheNews {
  kind: SubjectKind;
  name: string;
  slug: string;
  /** Articles about it within the window. */
  count: number;
}

export interface FrontPage {
  /** Index of the lead story; undefined for an empty archive. */
  lead: number | undefined;
  sections: SectionBlock[];
  /** Most-mentioned subjects per kind, most first. */
  inTheNews: Partial<Record<SubjectKind, InTheNews[]>>;
}

export interface FrontPageOptions {
  /** Section blocks at most. */
  sections: number;
  /** Stories per section block. */
  perSection: number;
  /** Days before the newest story that count as "the last month". */
  windowDays: number;
  /** Subjects listed per kind. */
  top: number;
  /** Kinds shown under "In the news". */
  kinds: readonly SubjectKind[];
}

export const FRONT_PAGE_DEFAULTS: FrontPageOptions = { sections: 6, perSection: 4, windowDays: 30, top: 8, kinds: ['topics', 'people'] };

const DAY_MS = 86_400_000;

/**
 * The home page's choice from a newest-first article list and its entity index.
 * A section's block holds its newest stories after the lead; sections are ordered by their newest
 * story. When no story has a section, one block holds the latest stories. A subject counts in the news when at least two stories in the window mention it.
 * @example frontPage(articles, entities).lead // 0, the newest article
 */
export function frontPage(
  articles: readonly FrontArticle[],
  entities: EntityIndex,
  options: FrontPageOptions = FRONT_PAGE_DEFAULTS,
): FrontPage {
  const newest = articles[0];
  if (!newest) return { lead: undefined, sections: [], inTheNews: {} };
  const blocks = new Map<string | undefined, number[]>();
  let full = 0;
  for (let index = 1; index < articles.length && full < options.sections; index++) {
    const section = articles[index]?.data.section;
    let block = blocks.get(section);
    if (!block) {
      // Sections are taken in the order their newest story appears, up to the limit.
      if (blocks.size >= options.sections) continue;
      block = [];
      blocks.set(section, block);
    }
    if (block.length < options.perSection) {
      block.push(index);
      if (block.length === options.perSection) full += 1;
    }
  }
  let sections = [...blocks.entries()].map(([section, list]) => ({ section, articles: list }));
  // An archive that files nothing under sections gets one longer block of the latest stories
  // instead of four lonely ones.
  if (sections.length === 1 && sections[0]?.section === undefined) {
    const many = Math.min(articles.length - 1, options.sections * options.perSection);
    sections = [{ section: undefined, articles: Array.from({ length: many }, (_, offset) => offset + 1) }];
  }

  // Articles are newest first, so the window is a prefix of the list.
  const cutoff = newest.data.date.getTime() - options.windowDays * DAY_MS;
  let inWindow = articles.findIndex((article) => article.data.date.getTime() < cutoff);
  if (inWindow < 0) inWindow = articles.length;
  const inTheNews: FrontPage['inTheNews'] = {};
  for (const kind of options.kinds) {
    inTheNews[kind] = [...entities[kind].values()]
      .map((entity) => ({ kind, name: entity.name, slug: entity.slug, count: countBelow(entity.articles, inWindow) }))
      .filter((entry) => entry.count >= 2)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, options.top);
  }
  return { lead: 0, sections, inTheNews };
}

/** How many of an ascending index list are below `limit` (binary search: entity lists can be long). */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? limit) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
