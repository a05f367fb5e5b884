/**
 * npm run import:eval -- <folder>… [--json] [--pages]
 *
 * Scores the HTML importer on page sets with known answers (tools/import/eval.ts says which
 * layouts): body-text F1, headline, byline and publication-day accuracy, rejected and crashed pages.
 */
import { progressReporter } from '../tools/build/progress.ts';
import { parseCommandLine } from '../tools/cli.ts';
import { evaluatePage, loadPageSet, summarise, type PageResult } from '../tools/import/eval.ts';

const USAGE = `Usage: npm run import:eval -- <folder>… [--json] [--pages]

  --json    print the summaries as JSON
  --pages   also list every page's F1 and what went wrong, worst first`;

const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, pages: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const share = ({ right, of }: { right: number; of: number }) => (of === 0 ? 'n/a' : `${((100 * right) / of).toFixed(1)}% (${right}/${of})`);
const all: Record<string, ReturnType<typeof summarise>> = {};
for (const folder of positionals) {
  const pages = await loadPageSet(folder).catch((error: unknown) => {
    // The message names the folder and the fix; a stack trace would only bury it.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  });
  const progress = progressReporter(process.stderr, undefined, { doing: 'Scoring', did: 'Scored', unit: 'pages' });
  progress.planned(pages.length);
  const results: PageResult[] = [];
  for (const page of pages) {
    results.push(evaluatePage(page));
    progress.advance();
  }
  progress.stop();
  const summary = summarise(results);
  all[folder] = summary;
  if (values.pages) {
    for (const page of [...results].sort((a, b) => a.f1 - b.f1)) {
      const misses = (['title', 'byline', 'day'] as const).filter((key) => page[key] === false);
      console.log(
        `${page.f1.toFixed(3)} ${page.outcome.padEnd(8)} ${page.id}${misses.length ? ` wrong: ${misses.join(', ')}` : ''}${page.reason ? ` (${page.reason})` : ''}`,
      );
    }
  }
  if (!values.json) {
    console.log(`${folder}
  pages ${summary.pages}: imported ${summary.imported}, rejected ${summary.rejected}, crashed ${summary.crashed}
  body F1 (benchmark formula) ${summary.benchmarkF1.toFixed(3)}; mean per page ${summary.meanF1.toFixed(3)}, median ${summary.medianF1.toFixed(3)}
  headline ${share(summary.title)}; byline ${share(summary.byline)}; publication day ${share(summary.day)}
  ${summary.millisecondsPerPage.toFixed(1)} ms a page`);
  }
}
if (values.json) console.log(JSON.stringify(all, null, 2));
