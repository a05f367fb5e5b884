/** Finds one built page of each type, so browser checks cover every template. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dirs = (path: string) =>
  existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];

/** The site path of the newest article page. */
export function firstArticlePath(root: string): string {
  const year = dirs(root)
    .filter((name) => /^\d{4}$/.test(name))
    .at(-1)!;
  const month = dirs(join(root, year))
    .filter((name) => /^\d{2}$/.test(name))
    .at(-1)!;
  const day = dirs(join(root, year, month))
    .filter((name) => /^\d{2}$/.test(name))
    .at(-1)!;
  const slug = dirs(join(root, year, month, day)).find((name) => name !== 'page')!;
  return `/${year}/${month}/${day}/${slug}/`;
}

/** A detail page of `kind` that has a second page, or else any. */
function paginatedEntity(root: string, kind: string): string {
  const entries = dirs(join(root, kind));
  const paged = entries.find((slug) => existsSync(join(root, kind, slug, '2', 'index.html')));
  return `/${kind}/${paged ?? entries[0]}/`;
}

/** Site paths (without base) of each page type in a built archive. */
export function pageTypes(root: string): Record<string, string> {
  const article = firstArticlePath(root);
  const [, year, month, day] = article.split('/');
  const types: Record<string, string> = {
    home: '/',
    article,
    year: `/${year}/`,
    month: `/${year}/${month}/`,
    day: `/${year}/${month}/${day}/`,
    archive: '/archive/',
    'topic index': '/topics/',
    'topic detail': paginatedEntity(root, 'topics'),
    'people index': '/people/',
    'person detail': paginatedEntity(root, 'people'),
    'authors index': '/authors/',
    'author detail': paginatedEntity(root, 'authors'),
    corrections: '/corrections/',
    storylines: '/storylines/',
    'open data': '/data/',
    'on this day': '/on-this-day/',
    'not found': '/no-such-page/',
  };
  // Only archives whose articles name a storyline have a timeline page.
  const storyline = dirs(join(root, 'storylines'))[0];
  if (storyline) types['storyline timeline'] = `/storylines/${storyline}/`;
  if (existsSync(join(root, 'search', 'index.html'))) {
    types.search = '/search/';
    types['search with results'] = '/search/?q=government';
  }
  return types;
}
