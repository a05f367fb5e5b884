/**
 * Storyline suggestions for an editor: clusters of articles that share a rare entity within a
 * time window and belong to no storyline yet. Read-only: it reports, it never edits content.
 *
 * The rule (our own; no npm library clusters news by shared named entities over time):
 * an entity (topic, person, place or organisation) is rare when at most `maxShare` of the
 * articles name it — common ones ("China", "Politics") would join unrelated stories. The
 * articles naming a rare entity, in date order, are cut wherever two neighbours are more than
 * `windowDays` apart; every run of at least `minArticles` is a candidate. Candidates with the
 * same articles are one cluster naming all their entities; a cluster inside a larger one is
 * dropped.
 */
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import path from 'node:path';
import { SUBJECT_KINDS, type SubjectKind } from '../../src/content/kinds.ts';
import { createArticleSchema } from '../../src/content/schema.ts';
import { readFrontmatter } from '../import/existing.ts';

export interface SuggestArticle {
  /** Path under the content folder, for the report. */
  file: string;
  title: string;
  date: Date;
  storyline: readonly string[];
  entities: Record<SubjectKind, readonly string[]>;
}

export interface SuggestOptions {
  /** Most articles, as a share of all, that may name an entity for it to count as rare (default 0.005). */
  maxShare: number;
  /** Largest gap in days between neighbouring articles of one cluster (default 21). */
  windowDays: number;
  /** Fewest articles in a cluster (default 3). */
  minArticles: number;
}

export const DEFAULT_SUGGEST_OPTIONS: SuggestOptions = { maxShare: 0.005, windowDays: 21, minArticles: 3 };

export interface Cluster {
  /** The shared rare entities, as `kind: name`, e.g. `people: Chen Xu`. */
  entities: string[];
  /** Oldest first. */
  articles: SuggestArticle[];
}

const DAY_MS = 86_400_000;

/**
 * Clusters of storyline-less articles sharing a rare entity within the window, largest first
 * (ties: earliest first).
 */
export function suggestStorylines(all: readonly SuggestArticle[], options: SuggestOptions = DEFAULT_SUGGEST_OPTIONS): Cluster[] {
  const candidates = all.filter((article) => article.storyline.length === 0);
  const byEntity = new Map<string, SuggestArticle[]>();
  for (const article of candidates) {
    for (const kind of SUBJECT_KINDS) {
      for (const name of new Set(article.entities[kind].map((entry) => entry.toLowerCase()))) {
        const key = `${kind}: ${article.entities[kind].find((entry) => entry.toLowerCase() === name) ?? name}`.toLowerCase();
        byEntity.get(key)?.push(article) ?? byEntity.set(key, [article]);
      }
    }
  }
  const maxArticles = Math.max(options.minArticles, Math.floor(all.length * options.maxShare));
  const clusters = new Map<string, Cluster>();
  for (const [key, articles] of byEntity) {
    if (articles.length < options.minArticles || articles.length > maxArticles) continue;
    const sorted = [...articles].sort((a, b) => a.date.getTime() - b.date.getTime() || a.file.localeCompare(b.file));
    let run: SuggestArticle[] = [];
    const flush = () => {
      if (run.length >= options.minArticles) {
        const id = run.map((article) => article.file).join('\n');
        const entity = displayKey(key, run[0]!);
        const existing = clusters.get(id);
        if (existing) existing.entities.push(entity);
        else clusters.set(id, { entities: [entity], articles: run });
      }
      run = [];
    };
    for (const article of sorted) {
      const previous = run.at(-1);
      if (previous && article.date.getTime() - previous.date.getTime() > options.windowDays * DAY_MS) flush();
      run.push(article);
    }
    flush();
  }
  const list = [...clusters.values()];
  const kept = list.filter((cluster) => {
    const files = new Set(cluster.articles.map((article) => article.file));
    return !list.some(
      (other) => other !== cluster && other.articles.length > files.size && cluster.articles.every((a) => other.articles.includes(a)),
    );
  });
  return kept.sort((a, b) => b.articles.length - a.articles.length || a.articles[0]!.date.getTime() - b.articles[0]!.date.getTime());
}

/** The entity key with the name as an article spells it. */
function displayKey(key: string, article: SuggestArticle): string {
  const [kind = '', name = ''] = key.split(': ');
  const spelled = article.entities[kind as SubjectKind]?.find((entry) => entry.toLowerCase() === name);
  return `${kind}: ${spelled ?? name}`;
}

/**
 * Reads every article under `contentDir` that the schema accepts; files it rejects are listed in
 * `skipped` with the reason, so the report never silently leaves any out.
 */
export async function readArticles(contentDir: string, timeZone: string): Promise<{ articles: SuggestArticle[]; skipped: string[] }> {
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

/** The report as text: one block per cluster with its shared entities and its articles by date. */
export function formatSuggestions(clusters: readonly Cluster[], total: number, options: SuggestOptions): string {
  const lines = [
    `${clusters.length} suggested storyline${clusters.length === 1 ? '' : 's'} among ${total} articles ` +
      `(entities named by at most ${(options.maxShare * 100).toFixed(1)}% of articles, gaps of at most ${options.windowDays} days, ` +
      `at least ${options.minArticles} articles). Nothing was changed: add \`storyline:\` to the articles you confirm.`,
  ];
  clusters.forEach((cluster, i) => {
    lines.push('', `${i + 1}. ${cluster.entities.join(' · ')} — ${cluster.articles.length} articles`);
    for (const article of cluster.articles)
      lines.push(`   ${article.date.toISOString().slice(0, 10)}  ${article.title}  (${article.file})`);
  });
  return lines.join('\n');
}
