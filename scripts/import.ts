/**
 * npm run import -- <file|folder|glob|feed.xml|wordpress.xml>… [--date 2022-09-10] [--source "The Independent"]
 *   [--source-url URL] [--section World] [--topics a,b] [--author NAME]… [--storyline NAME]… [--lang en]
 *   [--no-entities] [--dry-run] [--force] [--drafts] [--no-download]
 *
 * Writes one article per input to $CONTENT_DIR (default content/articles)/YYYY/MM/<slug>.md.
 * The work is done by tools/import; this file reads arguments and prints the report.
 */
import path from 'node:path';
import { parseCommandLine, readOption } from '../tools/cli.ts';
import { dateOption } from '../tools/import/dates.ts';
import { siteTimeZone } from '../src/content/time-zone.ts';
import { progressReporter } from '../tools/build/progress.ts';
import { formatReport, importFiles } from '../tools/import/index.ts';

const USAGE = `Usage: npm run import -- <file|folder|glob>… [options]

  --date YYYY-MM-DD     publication date (or date-time with zone) for inputs that state none;
                        an impossible date (2024-13-45) or a year outside 1000–9999 (0000-01-01)
                        stops the import before anything is read; other forms ("2024-2-3",
                        "10 September 2022") are read as dates in inputs are, and what they were
                        read as is printed
  --source NAME         publication, e.g. "The Independent"
  --source-url URL      where the original can be read; also resolves relative links in HTML
  --section NAME        desk, e.g. World
  --topics a,b          comma-separated topics
  --author NAME         bylined writer (repeat for several)
  --storyline NAME      running story the articles belong to (repeat for several)
  --lang TAG            BCP 47 language tag, e.g. en
  --no-entities         do not suggest people, places and organisations (suggested for English text only)
  --dry-run             report what would be created, skipped or failed; write nothing (images are
                        still fetched to report which cannot be had: add --no-download to skip that)
  --force               import duplicates too, moving the existing file to <name>.md.bak-<timestamp>
  --drafts              import WordPress drafts too, as draft: true (skipped otherwise)
  --no-download         do not download images; only copy those of pages saved "complete" (Page_files/)

Environment: CONTENT_DIR (default content/articles), TIME_ZONE for date-only values (default UTC).`;

const options = {
  date: { type: 'string' },
  source: { type: 'string' },
  'source-url': { type: 'string' },
  section: { type: 'string' },
  topics: { type: 'string' },
  author: { type: 'string', multiple: true },
  storyline: { type: 'string', multiple: true },
  lang: { type: 'string' },
  entities: { type: 'boolean', default: true },
  'dry-run': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  drafts: { type: 'boolean', default: false },
  download: { type: 'boolean', default: true },
} as const;

const { values, positionals } = parseCommandLine(USAGE, { allowPositionals: true, allowNegative: true, options });
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const timeZone = readOption(USAGE, () => siteTimeZone(process.env.TIME_ZONE));
// Checked before anything is read: a bad fallback date would fail only the inputs that need it.
// Read as dates inside inputs are ("2024-2-3", "10 September 2022"), and said so when not ISO already.
const date = values.date === undefined ? undefined : readOption(USAGE, () => dateOption(values.date as string, timeZone));
if (date !== undefined && date !== values.date?.trim()) console.error(`--date "${values.date}" read as ${date}`);

// Progress on stderr, so the report on stdout stays clean to pipe; a line every 5% or 10 s off a terminal.
const progress = progressReporter(process.stderr, undefined, { doing: 'Importing', did: 'Imported', unit: 'inputs', one: 'input' });
let planned = 0;
const report = await importFiles(positionals, {
  contentDir: path.resolve(process.env.CONTENT_DIR ?? 'content/articles'),
  timeZone,
  date,
  source: values.source,
  sourceUrl: values['source-url'],
  section: values.section,
  topics: values.topics
    ?.split(',')
    .map((topic) => topic.trim())
    .filter(Boolean),
  authors: values.author,
  storyline: values.storyline,
  lang: values.lang,
  siteLang: process.env.SITE_LANG ?? 'en',
  entities: values.entities,
  dryRun: values['dry-run'],
  force: values.force,
  drafts: values.drafts,
  download: values.download,
  now: new Date(),
  onProgress: (_done, total) => {
    if (planned === 0) progress.planned(total);
    planned = total;
    progress.advance();
  },
});
progress.stop();
console.log(formatReport(report));
process.exitCode = report.failed.length > 0 ? 1 : 0;
