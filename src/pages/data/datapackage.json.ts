import type { APIRoute } from 'astro';
import { getArchiveIndex } from '../../archive/index.ts';
import { paths } from '../../content/site-paths.ts';
import { t, ui } from '../../i18n/index.ts';
import { dataPackage, LIST_SEPARATOR } from '../../outputs/open-data.ts';
import { site } from '../../site.ts';
import { slugify } from '../../content/slug.ts';

export const GET: APIRoute = async () => {
  const { articles, calendar } = await getArchiveIndex();
  const strings = ui.research.data;
  const homepage = paths.absolute(paths.data());
  const descriptor = dataPackage({
    name: slugify(site.title).replace(/[^-a-z0-9._/]/g, '') || 'news-archive',
    title: `${site.title} — ${strings.title}`,
    description: strings.description,
    homepage,
    license: site.dataLicense
      ? { title: site.dataLicense.title, path: site.dataLicense.url ?? homepage }
      : { title: t(strings.sameAsSiteTitle, { site: site.title }), path: homepage },
    years: calendar.years.map((year) => year.year).sort(),
    fullText: site.dataFullText,
    fieldDescriptions: strings.fields,
    csvSeparatorNote: t(strings.csvSeparator, { separator: LIST_SEPARATOR }),
    missingNote: strings.missingNote,
    csvFormulaNote: strings.formulaNote,
    created: (articles[0]?.data.date ?? new Date(0)).toISOString(),
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
