/**
 * npm run storylines:suggest -- [--max-share 0.01] [--window 21] [--min 3] [--min-shared 2] [--limit 50]
 *
 * Lists clusters of articles in $CONTENT_DIR (default content/articles) that share rare entities
 * and headline words within a time window and have no storyline yet. It only reads: confirming a suggestion means
 * adding `storyline:` to those articles yourself. The logic is tools/storylines/suggest.ts.
 */
import { siteTimeZone } from '../src/content/time-zone.ts';
import path from 'node:path';
import { parseCommandLine, readOption } from '../tools/cli.ts';
import {
  contentFolderProblem,
  DEFAULT_SUGGEST_OPTIONS,
  formatSuggestions,
  readArticles,
  readSuggestArguments,
  suggestStorylines,
} from '../tools/storylines/suggest.ts';

const USAGE = `Usage: npm run storylines:suggest -- [--max-share ${DEFAULT_SUGGEST_OPTIONS.maxShare}] [--window ${DEFAULT_SUGGEST_OPTIONS.windowDays}] [--min ${DEFAULT_SUGGEST_OPTIONS.minArticles}] [--min-shared ${DEFAULT_SUGGEST_OPTIONS.minShared}] [--limit 50]

  --max-share F   a share from 0 to 1 (0.01 is 1%): an entity or headline word is rare when at most
                  this share of the articles has it, rounded down, or --min + 2 articles if that is more
  --window D      most days between two linked articles (0 or more)
  --min N         fewest articles in a cluster
  --min-shared N  fewest rare entities or headline words two linked articles share (one an entity)
  --limit N       clusters to list

Reads $CONTENT_DIR (default content/articles), which must be a folder; it never writes.`;

const { values } = parseCommandLine(USAGE, {
  options: {
    'max-share': { type: 'string', default: String(DEFAULT_SUGGEST_OPTIONS.maxShare) },
    window: { type: 'string', default: String(DEFAULT_SUGGEST_OPTIONS.windowDays) },
    min: { type: 'string', default: String(DEFAULT_SUGGEST_OPTIONS.minArticles) },
    'min-shared': { type: 'string', default: String(DEFAULT_SUGGEST_OPTIONS.minShared) },
    limit: { type: 'string', default: '50' },
  },
});
const { options, limit } = readOption(USAGE, () => readSuggestArguments(values));
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content/articles');
const folderProblem = await contentFolderProblem(contentDir, process.env.CONTENT_DIR);
if (folderProblem) {
  console.error(folderProblem);
  process.exit(2);
}
const started = performance.now();
console.error(`Reading articles in ${contentDir}…`);
const { articles, skipped } = await readArticles(contentDir, siteTimeZone(process.env.TIME_ZONE));
for (const line of skipped) console.error(`skipped ${line}`);
console.error(`Clustering ${articles.length} articles…`);
const clusters = suggestStorylines(articles, options);
console.log(formatSuggestions(clusters.slice(0, limit), articles.length, options));
if (clusters.length > limit) console.log(`\n… and ${clusters.length - limit} more (--limit).`);
console.error(
  `Done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${clusters.length} clusters, ${skipped.length} files skipped.`,
);
