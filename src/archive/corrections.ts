/**
 * The archive's change log: every published correction and every `updated` date, newest first,
 * each pointing at its article and at the place on the article page that records it.
 */
import { calendarParts } from '../content/dates.ts';
import type { ArticleData } from '../content/schema.ts';

export interface Change {
  /** Index into the article list (newest first). */
  article: number;
  kind: 'correction' | 'update';
  date: Date;
  /** The correction's text; an update has none. */
  text?: string;
  /** Fragment id on the article page: `correction-1`… or `updated`. */
  anchor: string;
}

type ChangeFields = Pick<ArticleData, 'date' | 'updated' | 'corrections'>;

/** The fragment id of an article's `n`-th correction (1-based, oldest first as in frontmatter). */
export const correctionAnchor = (n: number) => `correction-${n}`;
/** The fragment id of an article's "Updated" line. */
export const UPDATED_ANCHOR = 'updated';

/**
 * When an article last changed: its latest correction or `updated` date, whichever is later, or
 * its publication date if it never changed. JSON-LD `dateModified` and feeds use this.
 */
export function lastModified(data: ChangeFields): Date {
  let latest = data.updated && data.updated > data.date ? data.updated : data.date;
  for (const correction of data.corrections) if (correction.date > latest) latest = correction.date;
  return latest;
}

/**
 * Every change in the archive, newest first; ties keep the article list's order, then the
 * corrections' own order. An `updated` date is listed only when it is later than the publication
 * (the article page shows its "Updated" line, the change's anchor, only then) and no correction
 * falls on its day in `timeZone` (IANA; the site's), so a change is not announced twice.
 */
export function changeLog(articles: readonly { data: ChangeFields }[], timeZone: string): Change[] {
  const dayOf = (date: Date) => {
    const { year, month, day } = calendarParts(date, timeZone);
    return `${year}-${month}-${day}`;
  };
  const changes: Change[] = [];
  articles.forEach(({ data }, article) => {
    data.corrections.forEach((correction, i) => {
      changes.push({ article, kind: 'correction', date: correction.date, text: correction.text, anchor: correctionAnchor(i + 1) });
    });
    const { updated } = data;
    if (updated && updated > data.date && !data.corrections.some((correction) => dayOf(correction.date) === dayOf(updated))) {
      changes.push({ article, kind: 'update', date: updated, anchor: UPDATED_ANCHOR });
    }
  });
  return changes
    .map((change, order) => ({ change, order }))
    .sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.order - b.order)
    .map(({ change }) => change);
}
