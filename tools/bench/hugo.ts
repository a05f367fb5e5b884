/**
 * The build benchmark's anchor: the same generated articles built by Hugo with a minimal theme,
 * then indexed by the Pagefind CLI, as a hand-rolled Hugo archive would be. `npm run bench --
 * --compare-hugo` runs it right after our own build, so both share the machine's state.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, runCommand, type RunResult } from '../run.ts';
import { folderStats } from '../fs.ts';

/**
 * A minimal Hugo theme: one template per page kind, the article's headline, date and body, and
 * plain lists. No taxonomies, so Hugo renders about half the pages our build does (we add
 * subject, day and on-this-day pages).
 */
export const HUGO_SITE_FILES: Readonly<Record<string, string>> = {
  'hugo.toml': [
    "baseURL = 'https://news.example/'",
    "title = 'News archive (Hugo anchor)'",
    "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']",
    '[pagination]',
    '  pagerSize = 20',
    '',
  ].join('\n'),
  'layouts/_default/baseof.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n',
  'layouts/_default/single.html':
    '{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ .Content }}</article>{{ end }}\n',
  'layouts/_default/list.html':
    '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
  'layouts/index.html':
    '{{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 20 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
};

export interface AnchorRun {
  hugo: { seconds: number; cpuSeconds: number; pages: number };
  pagefind: { seconds: number; cpuSeconds: number };
}

/** The command that installs the anchor's Hugo on Debian and Ubuntu. */
export const INSTALL_HUGO = 'sudo apt-get install hugo';

/**
 * Builds `contentDir` (our article Markdown, read by Hugo as is) with Hugo into `work/public`,
 * then indexes it with the Pagefind CLI from node_modules, timing each.
 * @throws Error naming `INSTALL_HUGO` when Hugo is not installed; Error with the tool's output when either run fails.
 */
export async function runHugoAnchor(contentDir: string, work: string): Promise<AnchorRun> {
  await rm(work, { recursive: true, force: true });
  for (const [path, text] of Object.entries(HUGO_SITE_FILES)) {
    await mkdir(join(work, path, '..'), { recursive: true });
    await writeFile(join(work, path), text);
  }
  const publicDir = join(work, 'public');
  let hugo: RunResult;
  try {
    hugo = await runCommand('hugo', ['--source', work, '--contentDir', contentDir, '--destination', publicDir, '--quiet']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`--compare-hugo needs Hugo, which is not installed. Install it with: ${INSTALL_HUGO}`, { cause: error });
    throw error;
  }
  if (hugo.code !== 0) throw new Error(`Hugo failed (exit ${hugo.code}):\n${hugo.output}`);
  const pagefindCli = join(ROOT, 'node_modules/.bin/pagefind');
  if (!existsSync(pagefindCli)) throw new Error('The Pagefind CLI is missing from node_modules; run npm ci.');
  const pagefind = await runCommand(pagefindCli, ['--site', publicDir]);
  if (pagefind.code !== 0) throw new Error(`Pagefind failed (exit ${pagefind.code}):\n${pagefind.output}`);
  return {
    hugo: {
      seconds: round(hugo.seconds),
      cpuSeconds: round(hugo.cpuSeconds),
      pages: folderStats(publicDir, { suffix: '.html', skip: ['pagefind'] }).files,
    },
    pagefind: { seconds: round(pagefind.seconds), cpuSeconds: round(pagefind.cpuSeconds) },
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The paired comparison as one line: anchor wall and CPU time, ours, and the ratios (ours ÷ anchor).
 * @example compareLine(run, { seconds: 56.4, cpuSeconds: 70.6, pages: 20784 })
 */
export function compareLine(anchor: AnchorRun, ours: { seconds: number; cpuSeconds: number; pages: number }): string {
  const anchorWall = anchor.hugo.seconds + anchor.pagefind.seconds;
  const anchorCpu = anchor.hugo.cpuSeconds + anchor.pagefind.cpuSeconds;
  return (
    `Hugo + Pagefind: ${anchor.hugo.seconds} s + ${anchor.pagefind.seconds} s = ${round(anchorWall)} s wall, ${round(anchorCpu)} s CPU, ` +
    `${anchor.hugo.pages.toLocaleString('en')} pages · ours: ${ours.seconds} s wall, ${ours.cpuSeconds} s CPU, ${ours.pages.toLocaleString('en')} pages · ` +
    `ratio ${(ours.seconds / anchorWall).toFixed(2)}× wall, ${(ours.cpuSeconds / anchorCpu).toFixed(2)}× CPU`
  );
}
