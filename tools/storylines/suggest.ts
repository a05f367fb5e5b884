/**
 * Storyline suggestions for an editor: clusters of articles that belong to no storyline yet and
 * share rare entities or rare headline words within a time window. Read-only: it reports, it
 * never edits content.
 *
 * The rule (our own; no npm library clusters news by shared named entities over time): an
 * article's features are its topics, people, places and organisations and the words of its
 * headline (Intl.Segmenter's words, so Chinese and Japanese headlines split too). A feature is
 * rare when few articles have it: at most `maxShare` of the archive, and never fewer than
 * `minArticles + 2` so a small archive still has rare features. Two articles are linked when they
 * are at most `windowDays` apart and share at least `minShared` rare features, one of them an
 * entity: a single shared place ("Ireland") joined a Brexit story, a hurricane and a court ruling,
 * while a shared person plus a shared headline word ("Puerto Rico" and "governor") holds one story
 * together. Linked articles form a cluster; clusters of at least `minArticles` are suggested,
 * labelled with the rare features most of their articles share, rarest first.
 */
import { readFile, stat } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import path from 'node:path';
import { SUBJECT_KINDS, type SubjectKind } from '../../src/content/kinds.ts';
import { createArticleSchema } from '../../src/content/schema.ts';
import { readFrontmatter } from '../import/existing.ts';
import { numberOption } from '../cli.ts';

export interface SuggestArticle {
  /** Path under the content folder, for the report. */
  file: string;
  title: string;
  date: Date;
  storyline: readonly string[];
  entities: Record<SubjectKind, readonly string[]>;
}

export interface SuggestOptions {
  /** Most articles, as a share of all, that may have a feature for it to count as rare (default 0.01). */
  maxShare: number;
  /** Largest gap in days between two linked articles (default 21). */
  windowDays: number;
  /** Fewest articles in a cluster (default 3). */
  minArticles: number;
  /** Fewest rare features two articles must share to be linked, one of them an entity (default 2). */
  minShared: number;
}

export const DEFAULT_SUGGEST_OPTIONS: SuggestOptions = { maxShare: 0.01, windowDays: 21, minArticles: 3, minShared: 2 };

/** The command line's options as typed (`--max-share`, `--window`, `--min`, `--min-shared`, `--limit`). */
export interface SuggestArguments {
  'max-share': string;
  window: string;
  min: string;
  'min-shared': string;
  limit: string;
}

/**
 * The options and the number of clusters to list, read from the command line's text.
 * @throws Error naming the option, what it must be and what was typed (tools/cli.ts `numberOption`):
 *   `--max-share` is a share from 0 to 1 (0.01 is 1%; 5 is no share), `--window` at least 0 days,
 *   `--min`, `--min-shared` and `--limit` whole numbers of at least 1.
 */
export function readSuggestArguments(values: SuggestArguments): { options: SuggestOptions; limit: number } {
  let maxShare: number;
  try {
    maxShare = numberOption(values['max-share'], '--max-share', { min: 0, max: 1 });
  } catch (error) {
    throw new Error(`${(error as Error).message} It is a share of the articles: 0.01 is 1%, 1 is all of them.`);
  }
  return {
    options: {
      maxShare,
      windowDays: numberOption(values.window, '--window', { min: 0 }),
      minArticles: numberOption(values.min, '--min', { integer: true, min: 1 }),
      minShared: numberOption(values['min-shared'], '--min-shared', { integer: true, min: 1 }),
    },
    limit: numberOption(values.limit, '--limit', { integer: true, min: 1 }),
  };
}

/**
 * Most articles that may have a feature for it to be rare: `maxShare` of `total` (rounded down),
 * but never fewer than `minArticles + 2`, so a small archive still has rare features.
 * @example rareLimit(171, DEFAULT_SUGGEST_OPTIONS) // 5: 1% of 171 is 1, fewer than 3 + 2
 */
export function rareLimit(total: number, options: SuggestOptions): number {
  return Math.max(options.minArticles + 2, Math.floor(total * options.maxShare));
}

export interface Cluster {
  /** The rare features its articles share, as `kind: name`, e.g. `people: Chen Xu`, `headline: governor`. */
  entities: string[];
  /** Oldest first. */
  articles: SuggestArticle[];
}

const DAY_MS = 86_400_000;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a text, lower case, without one-letter words and numbers (they say nothing about the story). */
function wordsOf(text: string): string[] {
  return [...words.segment(text)]
    .filter((segment) => segment.isWordLike && /\p{L}/u.test(segment.segment) && segment.segment.length > 1)
    .map((segment) => segment.segment.toLowerCase());
}

/**
 * An article's features as `kind: name` keys (lower case), each with its spelling for the report.
 * Headline words that are part of one of its entities' names are left out: "Hanoi" in the
 * headline and the place Hanoi are one piece of evidence, not two.
 */
function features(article: SuggestArticle): Map<string, string> {
  const found = new Map<string, string>();
  const named = new Set<string>();
  for (const kind of SUBJECT_KINDS) {
    for (const name of article.entities[kind]) {
      found.set(`${kind}: ${name}`.toLowerCase(), `${kind}: ${name}`);
      for (const word of wordsOf(name)) named.add(word);
    }
  }
  for (const word of wordsOf(article.title)) if (!named.has(word)) found.set(`headline: ${word}`, `headline: ${word}`);
  return found;
}

/**
 * Clusters of storyline-less articles linked by shared rare features within the window, largest
 * first (ties: earliest first). Pure: the same articles and options give the same clusters.
 */
export function suggestStorylines(all: readonly SuggestArticle[], options: SuggestOptions = DEFAULT_SUGGEST_OPTIONS): Cluster[] {
  const featuresOf = new Map(all.map((article) => [article, features(article)]));
  const frequency = new Map<string, number>();
  for (const found of featuresOf.values()) for (const key of found.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const maxArticles = rareLimit(all.length, options);
  const rare = (key: string) => (frequency.get(key) ?? 0) <= maxArticles;

  const candidates = all
    .filter((article) => article.storyline.length === 0)
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.file.localeCompare(b.file));
  // Union-find over the candidates; each article is compared with those after it in the window only.
  const parent = candidates.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const rareOf = candidates.map((article) => [...featuresOf.get(article)!.keys()].filter(rare));
  for (let i = 0; i < candidates.length; i += 1) {
    const mine = new Set(rareOf[i]);
    for (let j = i + 1; j < candidates.length; j += 1) {
      if (candidates[j]!.date.getTime() - candidates[i]!.date.getTime() > options.windowDays * DAY_MS) break;
      const shared = rareOf[j]!.filter((key) => mine.has(key));
      if (shared.length >= options.minShared && shared.some((key) => !key.startsWith('headline: '))) parent[root(j)] = root(i);
    }
  }

  const groups = new Map<number, SuggestArticle[]>();
  candidates.forEach((article, index) => {
    const group = groups.get(root(index));
    if (group) group.push(article);
    else groups.set(root(index), [article]);
  });
  const clusters = [...groups.values()]
    .filter((articles) => articles.length >= options.minArticles)
    .map((articles) => ({ entities: label(articles, featuresOf, frequency, rare), articles }));
  return clusters.sort((a, b) => b.articles.length - a.articles.length || a.articles[0]!.date.getTime() - b.articles[0]!.date.getTime());
}

/** The rare features at least half of the cluster's articles (and never fewer than two) share, rarest first, at most five. */
function label(
  articles: SuggestArticle[],
  featuresOf: Map<SuggestArticle, Map<string, string>>,
  frequency: Map<string, number>,
  rare: (key: string) => boolean,
): string[] {
  const inCluster = new Map<string, number>();
  for (const article of articles)
    for (const key of featuresOf.get(article)!.keys()) if (rare(key)) inCluster.set(key, (inCluster.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(articles.length / 2));
  return [...inCluster]
    .filter(([, count]) => count >= needed)
    .sort(([a, countA], [b, countB]) => countB - countA || (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a.localeCompare(b))
    .slice(0, 5)
    .map(([key]) => articles.map((article) => featuresOf.get(article)!.get(key)).find(Boolean) ?? key);
}

/** What is at `dir`: a folder, something else, or nothing. */
async function folderKind(dir: string): Promise<'folder' | 'not a folder' | 'no such folder'> {
  return stat(dir).then(
    (info) => (info.isDirectory() ? 'folder' : 'not a folder'),
    () => 'no such folder',
  );
}

/**
 * Why the articles folder cannot be read, naming the folder and the setting that chose it, or
 * undefined when it is a folder. Without this check a mistyped CONTENT_DIR reported
 * "0 suggested storylines among 0 articles", as if the archive were empty.
 * @param configured `CONTENT_DIR` as set, or undefined when the default folder is read.
 */
export async function contentFolderProblem(contentDir: string, configured: string | undefined): Promise<string | undefined> {
  const kind = await folderKind(contentDir);
  if (kind === 'folder') return undefined;
  const setting = configured === undefined ? 'the default, as CONTENT_DIR is not set' : `from CONTENT_DIR=${configured}`;
  return `${contentDir}: ${kind} (${setting}). Set CONTENT_DIR to the folder that holds the archive's Markdown articles.`;
}

/**
 * Reads every article under `contentDir` that the schema accepts; files it rejects are listed in
 * `skipped` with the reason, so the report never silently leaves any out.
 * @throws Error naming `contentDir` when it is missing or not a folder (it would read as an empty archive).
 */
export async function readArticles(contentDir: string, timeZone: string): Promise<{ articles: SuggestArticle[]; skipped: string[] }> {
  const kind = await folderKind(contentDir);
  if (kind !== 'folder') throw new Error(`${contentDir}: ${kind}`);
  const schema = createArticleSchema({ timeZone });
  const articles: SuggestArticle[] = [];
  const skipped: string[] = [];
  const files = (await Array.fromAsync(glob('**/*.md', { cwd: contentDir }))).sort();
  for (const file of files) {
    const result = schema.safeParse(readFrontmatter(await readFile(path.join(contentDir, file), 'utf8')) ?? {});
    if (!result.success) {
      skipped.push(`${file}: ${result.error.issues[0]?.message ?? 'invalid frontmatter'}`);
      continue;
    }
    if (result.data.draft) continue;
    const { title, date, storyline, topics, people, places, organisations } = result.data;
    articles.push({ file: file.split(path.sep).join('/'), title, date, storyline, entities: { topics, people, places, organisations } });
  }
  return { articles, skipped };
}

/**
 * The report as text: the rule it applied, then one block per cluster with its shared entities
 * and its articles by date. The rule states the rare limit as `rareLimit` computes it (a share of
 * the archive with a floor), not the share alone, which on a small archive is below the floor.
 */
export function formatSuggestions(clusters: readonly Cluster[], total: number, options: SuggestOptions): string {
  const articles = (count: number) => `${count} article${count === 1 ? '' : 's'}`;
  const limit = rareLimit(total, options);
  const share = `${Number((options.maxShare * 100).toFixed(2))}%`;
  const lines = [
    `${clusters.length} suggested storyline${clusters.length === 1 ? '' : 's'} among ${articles(total)} ` +
      `(linked by at least ${options.minShared} shared entities or headline words that at most ${articles(limit)} have, ` +
      `at most ${options.windowDays} days apart; at least ${articles(options.minArticles)}). ` +
      `Rare means in at most ${articles(limit)}: the larger of ${share} of the ${total}, rounded down (${Math.floor(total * options.maxShare)}, --max-share), ` +
      `and ${options.minArticles} + 2 (${options.minArticles + 2}, --min + 2). Nothing was changed: add \`storyline:\` to the articles you confirm.`,
  ];
  clusters.forEach((cluster, i) => {
    lines.push('', `${i + 1}. ${cluster.entities.join(' · ')} — ${cluster.articles.length} articles`);
    for (const article of cluster.articles)
      lines.push(`   ${article.date.toISOString().slice(0, 10)}  ${article.title}  (${article.file})`);
  });
  return lines.join('\n');
}
