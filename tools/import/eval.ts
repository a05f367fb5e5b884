/**
 * Scores the HTML reader against page sets with a known right answer, so extraction changes are
 * measured rather than guessed. Two layouts of set are read:
 * - Mozilla Readability's test pages: `<set>/<page>/source.html`, `expected.html` (the article) and
 *   `expected-metadata.json` (title, byline, publishedTime);
 * - scrapinghub's article-extraction-benchmark: `<set>/ground-truth.json` (`{ id: { articleBody } }`)
 *   and `<set>/html/<id>.html.gz`.
 * Body text is scored as that benchmark's evaluate.py does: 4-token shingles of `\w+` tokens, per
 * page precision and recall normalised by the page's shingle count, F1 of the mean precision and
 * mean recall. The mean of per-page F1 with rejected pages as 0 is given too.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { buildArticle, ImportError, normaliseDate, parseHtml } from './index.ts';
import { bodyText } from './markdown.ts';
import { calendarParts, parsePublicationDate } from '../../src/content/dates.ts';

/** One page of a set, with what is known to be right about it. */
export interface EvalPage {
  id: string;
  html: string;
  /** The article's text as the set's authors or reference extractor give it. */
  body: string;
  title?: string;
  byline?: string;
  /** Publication date or date-time as the set gives it. */
  published?: string;
}

/** The outcome on one page. */
export interface PageResult {
  id: string;
  outcome: 'imported' | 'rejected' | 'crashed';
  reason?: string;
  /** Shares of the page's shingles (true positive, false positive, false negative), summing to 1. */
  shingles: [number, number, number];
  f1: number;
  title?: boolean;
  byline?: boolean;
  day?: boolean;
  milliseconds: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

/** Word tokens as the benchmark's `\w+` finds them. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** 4-token shingles with counts; a text shorter than that is one shingle (evaluate.py `_ngrams`). */
function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  for (let index = 0; index < Math.max(1, words.length - SHINGLE + 1); index++) {
    const shingle = words.slice(index, index + SHINGLE).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** Normalised (tp, fp, fn) of the shingles of `predicted` against `truth` (evaluate.py `string_shingle_matching`). */
export function shingleMatch(truth: string, predicted: string): [number, number, number] {
  const expected = shingles(truth);
  const found = shingles(predicted);
  let [tp, fp, fn] = [0, 0, 0];
  for (const key of new Set([...expected.keys(), ...found.keys()])) {
    const [a, b] = [expected.get(key) ?? 0, found.get(key) ?? 0];
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precision = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp! / (tp! + fp!));
const recall = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp! / (tp! + fn!));
const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const mean = (values: number[]) => (values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
const words = (text: string) => tokens(text.toLocaleLowerCase('en'));

const FILLER = new Set(['by', 'and', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'am', 'pm']);
const MONTH = /^(?:january|february|march|april|june|july|august|september|october|november|december)$/;
// Words a reference byline uses around a date or a button, never as a name.
const LABELS = new Set(['by', 'and', 'at', 'on', 'last', 'updated', 'published', 'posted', 'follow', 'author']);

/**
 * The words of a reference byline that can be part of a name: web addresses are dropped
 * ("Jane Doe (http://example.org/jane/)"), letters run into digits are split ("Nolan22 Dec 2016",
 * where the reference ran a name and a date together), then numbers, "by", "and" and, in a
 * byline that carries a date, month names are left out ("June" may be a name otherwise).
 */
function referenceNameWords(expected: string): string[] {
  const text = expected.replace(/\(?\b(?:https?:\/\/|www\.)[^\s)]*\)?/gi, ' ').replace(/(\p{L})(\p{N})/gu, '$1 $2');
  const dated = /\d/.test(text);
  return words(text).filter(
    (word) => !/\d/.test(word) && !(dated && (FILLER.has(word) || MONTH.test(word))) && word !== 'by' && word !== 'and',
  );
}

/**
 * Whether a reference byline names anyone. Some references in Readability's test pages hold what
 * its byline heuristic picked from a page with no byline: a date stamp ("Last Updated: January 7,
 * 2025", "April 28, 2019 at 6:01 am Updated …") or a button ("Follow Author"). A reference made
 * only of dates and those labels is scored as a page that shows no byline; any other word counts
 * as a name, so a real byline is never discarded.
 */
export function namesSomeone(expected: string): boolean {
  return referenceNameWords(expected).some((word) => !LABELS.has(word) && !MONTH.test(word) && !FILLER.has(word));
}

/**
 * A byline matches when every word we import is in the expected byline and we have at least 60%
 * of its name words (referenceNameWords: "By Jane Doe and John Roe March 25, 2015" ≈ Jane Doe,
 * John Roe): some reference bylines carry the date they were printed with.
 */
export function bylineMatches(expected: string, authors: string[]): boolean {
  const want = new Set(referenceNameWords(expected));
  const have = new Set(words(authors.join(' ')));
  if (have.size === 0 || want.size === 0) return false;
  const shared = [...have].filter((word) => want.has(word)).length;
  return shared === have.size && shared >= want.size * 0.6;
}

const TITLE_SEPARATOR = /\s+[|\-–—·»_]\s+|\s*_|\s*\[|（/;

/**
 * A headline matches the reference when their words are the same, or when the reference is our
 * headline plus the site's name ("Mozilla - Wikipedia" for "Mozilla"): reference titles taken from
 * `<title>` often still carry it, and an archive does not want it.
 */
export function titleMatches(expected: string, headline: string): boolean {
  const comparable = (text: string) => words(text).join(' ');
  const ours = comparable(headline);
  if (ours === comparable(expected)) return true;
  const parts = expected.split(TITLE_SEPARATOR);
  return parts.some((_, start) => parts.some((__, end) => end >= start && comparable(parts.slice(start, end + 1).join(' ')) === ours));
}

/**
 * The day a date is filed under in the site's zone (YYYY-MM-DD), as the archive shows it; a bare
 * date is that day. Undefined when it is no date.
 */
export function siteDay(value: string, timeZone: string): string | undefined {
  const normalised = normaliseDate(value, timeZone);
  const instant = normalised ? parsePublicationDate(normalised, timeZone) : null;
  if (!instant) return undefined;
  const { year, month, day } = calendarParts(instant, timeZone);
  return `${year}-${month}-${day}`;
}

/** Runs the importer's HTML reader and article builder on one page and scores it. */
export function evaluatePage(page: EvalPage, timeZone = 'UTC'): PageResult {
  const started = performance.now();
  const result = (fields: Omit<PageResult, 'id' | 'milliseconds'>): PageResult => ({
    id: page.id,
    ...fields,
    milliseconds: performance.now() - started,
  });
  try {
    const parsed = parseHtml(page.html, { timeZone });
    // As an editor would run it: a fallback date, no entity suggestions (they do not touch the body).
    const built = buildArticle(parsed, { timeZone, date: '2000-01-01', entities: false });
    const match = shingleMatch(page.body, bodyText(parsed.body));
    const expectedDay = page.published ? siteDay(page.published, timeZone) : undefined;
    return result({
      outcome: 'imported',
      shingles: match,
      f1: f1(precision(match), recall(match)),
      ...(page.title ? { title: titleMatches(page.title, built.data.title) } : {}),
      ...(page.byline && namesSomeone(page.byline) ? { byline: bylineMatches(page.byline, built.data.authors) } : {}),
      ...(expectedDay ? { day: parsed.date !== undefined && siteDay(parsed.date, timeZone) === expectedDay } : {}),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const missed = { shingles: shingleMatch(page.body, ''), f1: 0, ...(page.title ? { title: false } : {}) };
    return result({
      outcome: error instanceof ImportError ? 'rejected' : 'crashed',
      reason,
      ...missed,
      ...(page.byline && namesSomeone(page.byline) ? { byline: false } : {}),
      ...(page.published && siteDay(page.published, timeZone) ? { day: false } : {}),
    });
  }
}

/** Totals over a set, as docs/importing.md reports them. */
export interface EvalSummary {
  pages: number;
  imported: number;
  rejected: number;
  crashed: number;
  /** The benchmark's F1: of mean precision and mean recall over pages (rejected pages have recall 0). */
  benchmarkF1: number;
  /** Mean of per-page F1, rejected and crashed pages counting 0. */
  meanF1: number;
  medianF1: number;
  title: { right: number; of: number };
  byline: { right: number; of: number };
  day: { right: number; of: number };
  millisecondsPerPage: number;
}

/** Sums up page results. */
export function summarise(results: PageResult[]): EvalSummary {
  const counted = (key: 'title' | 'byline' | 'day') => ({
    right: results.filter((page) => page[key] === true).length,
    of: results.filter((page) => page[key] !== undefined).length,
  });
  const withPredictions = results.filter((page) => page.shingles[0] + page.shingles[1] > 0);
  const withTruth = results.filter((page) => page.shingles[0] + page.shingles[2] > 0);
  const sorted = results.map((page) => page.f1).sort((a, b) => a - b);
  return {
    pages: results.length,
    imported: results.filter((page) => page.outcome === 'imported').length,
    rejected: results.filter((page) => page.outcome === 'rejected').length,
    crashed: results.filter((page) => page.outcome === 'crashed').length,
    benchmarkF1: f1(mean(withPredictions.map((page) => precision(page.shingles))), mean(withTruth.map((page) => recall(page.shingles)))),
    meanF1: mean(results.map((page) => page.f1)),
    medianF1: sorted.length > 0 ? (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2 : 0,
    title: counted('title'),
    byline: counted('byline'),
    day: counted('day'),
    millisecondsPerPage: mean(results.map((page) => page.milliseconds)),
  };
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Text of an HTML fragment as a reader sees it: block elements separated, scripts left out. */
function htmlText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const element of Array.from(document.querySelectorAll('script, style, noscript'))) element.remove();
  for (const element of Array.from(
    document.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, td, th, br, figcaption, blockquote, pre'),
  )) {
    element.append(document.createTextNode('\n'));
  }
  return document.body?.textContent ?? '';
}

/**
 * Reads a page set from `folder` in either layout above. Throws an Error naming the folder and the
 * files it expected when it is neither, or naming the folder when it is missing or not a folder.
 */
export async function loadPageSet(folder: string): Promise<EvalPage[]> {
  const kind = await stat(folder).then(
    (info) => (info.isDirectory() ? 'folder' : 'file'),
    () => 'missing',
  );
  if (kind !== 'folder') {
    throw new Error(
      `${folder}: ${kind === 'missing' ? 'no such folder' : 'not a folder'}. Give the folder of a page set (for example the article-extraction-benchmark checkout or Readability's test-pages folder)`,
    );
  }
  const truthFile = path.join(folder, 'ground-truth.json');
  if (await exists(truthFile)) {
    const truth = JSON.parse(await readFile(truthFile, 'utf8')) as Record<string, { articleBody?: string }>;
    const pages: EvalPage[] = [];
    for (const [id, entry] of Object.entries(truth)) {
      const gz = path.join(folder, 'html', `${id}.html.gz`);
      const plain = path.join(folder, 'html', `${id}.html`);
      const bytes = (await exists(gz)) ? gunzipSync(await readFile(gz)) : await readFile(plain);
      pages.push({ id, html: bytes.toString('utf8'), body: entry.articleBody ?? '' });
    }
    return pages;
  }
  const pages: EvalPage[] = [];
  for (const name of (await readdir(folder)).sort()) {
    const dir = path.join(folder, name);
    if (!(await exists(path.join(dir, 'source.html'))) || !(await exists(path.join(dir, 'expected.html')))) continue;
    const metadataFile = path.join(dir, 'expected-metadata.json');
    const metadata = (await exists(metadataFile))
      ? (JSON.parse(await readFile(metadataFile, 'utf8')) as {
          title?: string | null;
          byline?: string | null;
          publishedTime?: string | null;
        })
      : {};
    pages.push({
      id: name,
      html: await readFile(path.join(dir, 'source.html'), 'utf8'),
      body: htmlText(await readFile(path.join(dir, 'expected.html'), 'utf8')),
      ...(metadata.title ? { title: metadata.title } : {}),
      ...(metadata.byline ? { byline: metadata.byline } : {}),
      ...(metadata.publishedTime ? { published: metadata.publishedTime } : {}),
    });
  }
  if (pages.length === 0) {
    throw new Error(
      `${folder}: no pages found. Expected ground-truth.json with html/<id>.html.gz (article-extraction-benchmark) or <page>/source.html with expected.html (Readability's test pages)`,
    );
  }
  return pages;
}
