import type { APIRoute } from 'astro';
import { getArchiveIndex, pick } from '../../archive/index.ts';
import { articleDataRow } from '../../archive/open-data.ts';
import { dataFileRoutes } from '../../archive/routes.ts';
import { dataFields, toCsv, toJsonLines } from '../../outputs/open-data.ts';
import { site } from '../../site.ts';

export const getStaticPaths = dataFileRoutes;

export const GET: APIRoute<Awaited<ReturnType<typeof dataFileRoutes>>[number]['props']> = async ({ props }) => {
  const { articles, calendar } = await getArchiveIndex();
  const year = calendar.years.find((entry) => entry.year === props.year);
  // Oldest first within the year, the order a spreadsheet reader expects.
  const list = pick(articles, year?.articles ?? []).reverse();
  const rows = [];
  for (const article of list) rows.push(await articleDataRow(article, site.dataFullText));
  if (props.format === 'csv') {
    return new Response(toCsv(rows, dataFields(site.dataFullText)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return new Response(toJsonLines(rows), { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
};
