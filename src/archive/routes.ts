/**
 * Static paths for the browsing pages, so each page file only picks its routes and renders.
 * Every list is paginated here with the site's page size; pages receive only their own slice.
 */
import type { DayGroup, MonthGroup, Neighbours, YearGroup } from './calendar.ts';
import { neighbours } from './calendar.ts';
import type { Article } from './articles.ts';
import { type ArchiveIndex, getArchiveIndex, pick } from './index.ts';
import type { Entity } from './entities.ts';
import type { Change } from './corrections.ts';
import { MONTH_DAYS } from './on-this-day.ts';
import { type Page, pageCount, paginate } from './pagination.ts';
import { ENTITY_KINDS, type EntityKind } from '../content/kinds.ts';
import { dataFileNames } from '../outputs/open-data.ts';

export interface YearRoute {
  params: { year: string };
  props: { year: YearGroup } & Neighbours<YearGroup>;
}

export interface PeriodPageProps<T> extends Neighbours<T> {
  period: T;
  page: Page<Article>;
}

export async function yearRoutes(): Promise<YearRoute[]> {
  const { calendar } = await getArchiveIndex();
  return calendar.years.map((year) => ({ params: { year: year.year }, props: { year, ...neighbours(calendar.years, year) } }));
}

/**
 * Pages of dated periods (months or days): every period's article list paginated, page 1 or the
 * later pages, each with the nearest non-empty periods either side.
 */
function periodRoutes<T extends { articles: number[] }, P extends Record<string, string>>(
  index: ArchiveIndex,
  periods: readonly T[],
  paramsOf: (period: T) => P,
  paged: boolean,
) {
  return periods.flatMap((period) =>
    paginate(period.articles, index.pageSize)
      .filter((page) => page.number > 1 === paged)
      .map((page) => ({
        params: { ...paramsOf(period), ...(paged ? { page: String(page.number) } : {}) },
        props: {
          period,
          page: { ...page, items: pick(index.articles, page.items) },
          ...neighbours(periods, period),
        } satisfies PeriodPageProps<T>,
      })),
  );
}

/** Month pages; `paged` selects page 1 (`/YYYY/MM/`) or the later ones (`/YYYY/MM/page/n/`). */
export async function monthRoutes(paged: boolean) {
  const index = await getArchiveIndex();
  return periodRoutes(index, index.calendar.months, (month: MonthGroup) => ({ year: month.year, month: month.month }), paged);
}

/** Day pages, like month pages. */
export async function dayRoutes(paged: boolean) {
  const index = await getArchiveIndex();
  return periodRoutes(index, index.calendar.days, (day: DayGroup) => ({ year: day.year, month: day.month, day: day.day }), paged);
}

/** One page per month-day (all 366, so the URLs are predictable) and its later pages. */
export async function onThisDayRoutes() {
  const { articles, onThisDay, pageSize } = await getArchiveIndex();
  return MONTH_DAYS.flatMap((monthDay) => {
    const indexes = onThisDay.get(monthDay) ?? [];
    return paginate(indexes, pageSize).map((page) => ({
      params: { monthDay, page: page.number > 1 ? String(page.number) : undefined },
      props: { monthDay, count: indexes.length, page: { ...page, items: pick(articles, page.items) } },
    }));
  });
}

export async function entityIndexRoutes() {
  const { entities } = await getArchiveIndex();
  return ENTITY_KINDS.map((kind) => ({ params: { kind }, props: { kind, entities: [...entities[kind].values()] } }));
}

export interface EntityPageProps {
  kind: EntityKind;
  entity: Entity;
  page: Page<Article>;
}

/** Every page of every entity: `/topics/china/`, `/topics/china/2/`… */
export async function entityRoutes() {
  const { articles, entities, pageSize } = await getArchiveIndex();
  return ENTITY_KINDS.flatMap((kind) =>
    [...entities[kind].values()].flatMap((entity) =>
      paginate(entity.articles, pageSize).map((page) => ({
        params: { kind, slug: entity.slug, page: page.number > 1 ? String(page.number) : undefined },
        props: { kind, entity, page: { ...page, items: pick(articles, page.items) } } satisfies EntityPageProps,
      })),
    ),
  );
}

export interface ArticleRouteProps {
  article: Article;
  /** Position in the newest-first list, for neighbours and related articles. */
  index: number;
}

/** Every article's page, at its permalink `/YYYY/MM/DD/<slug>/`. */
export async function articleRoutes() {
  const { articles } = await getArchiveIndex();
  return articles.map((article, index) => ({
    params: { year: article.day.year, month: article.day.month, day: article.day.day, slug: article.slug },
    props: { article, index } satisfies ArticleRouteProps,
  }));
}

export interface ChangeEntry {
  change: Change;
  article: Article;
}

export interface CorrectionsPageProps {
  total: number;
  page: Page<ChangeEntry>;
}

/** The change log's pages: `/corrections/`, `/corrections/2/`… (one empty page when nothing changed). */
export async function correctionsRoutes() {
  const { articles, changes, pageSize } = await getArchiveIndex();
  return paginate(changes, pageSize).map((page) => ({
    params: { page: page.number > 1 ? String(page.number) : undefined },
    props: {
      total: changes.length,
      page: { ...page, items: page.items.map((change) => ({ change, article: articles[change.article] as Article })) },
    } satisfies CorrectionsPageProps,
  }));
}

/** One timeline page per storyline: `/storylines/<slug>/`, the whole story on one page. */
export async function storylineRoutes() {
  const { storylines } = await getArchiveIndex();
  return [...storylines.values()].map((storyline) => ({ params: { slug: storyline.slug }, props: { storyline } }));
}

/** The open data's per-year files: `/data/articles-2022.csv` and `/data/articles-2022.jsonl`. */
export async function dataFileRoutes() {
  const { calendar } = await getArchiveIndex();
  return calendar.years.flatMap((year) =>
    (['csv', 'jsonl'] as const).map((format) => ({
      params: { file: dataFileNames(year.year)[format] },
      props: { year: year.year, format },
    })),
  );
}

/** Every entity's feed: `/topics/china/rss.xml`… */
export async function entityFeedRoutes() {
  const { entities } = await getArchiveIndex();
  return ENTITY_KINDS.flatMap((kind) =>
    [...entities[kind].values()].map((entity) => ({ params: { kind, slug: entity.slug }, props: { kind, entity } })),
  );
}

/**
 * Pages and endpoints under src/pages/ without parameters: home, 404, archive, on-this-day,
 * search, the main feed, robots.txt, the news sitemap, the corrections feed, the storylines index,
 * the open data page and its datapackage.json.
 */
export const FIXED_PAGES = 12;

/**
 * How many files the build will render: every route's paths plus the fixed pages. The build's
 * progress line counts towards it; a build test checks it against what the build writes.
 */
export async function plannedPageCount(): Promise<number> {
  // Counted from the index with `pageCount`, not by building every route's props a second time:
  // at 100,000 articles Astro already does that once.
  const { articles, calendar, changes, entities, onThisDay, pageSize, storylines } = await getArchiveIndex();
  const pagesOf = (lists: Iterable<{ length: number }>) => {
    let total = 0;
    for (const list of lists) total += pageCount(list.length, pageSize);
    return total;
  };
  const entityList = ENTITY_KINDS.flatMap((kind) => [...entities[kind].values()]);
  return (
    FIXED_PAGES +
    calendar.years.length +
    pagesOf(calendar.months.map((month) => month.articles)) +
    pagesOf(calendar.days.map((day) => day.articles)) +
    pagesOf(MONTH_DAYS.map((monthDay) => onThisDay.get(monthDay) ?? [])) +
    ENTITY_KINDS.length +
    pagesOf(entityList.map((entity) => entity.articles)) +
    entityList.length +
    articles.length +
    // The change log's pages: at least one, even when nothing was ever corrected.
    pageCount(changes.length, pageSize) +
    // Each storyline's timeline page and its feed.
    storylines.size * 2 +
    calendar.years.length * 2
  );
}
