/**
 * A deterministic, seeded synthetic news archive. Article `i` of seed `s` is always the same Markdown
 * file, generated on its own from a stream derived from (s, i), so a corpus can be produced lazily,
 * in parallel or in part. Sized and shaped for realism where it affects the build and search:
 * body lengths, a Zipfian vocabulary, long-tailed metadata and an archive that grows over the years.
 */
import { slugify } from '../../src/content/slug.ts';
import { dayTable, drawPublication, formatMoment, later, weekdayOf, yearMonth } from './calendar.ts';
import { ZH_DESCRIPTIONS, ZH_QUOTES, ZH_SENTENCES, ZH_SUBHEADINGS, ZH_TITLES, zhSentenceOfLength } from './chinese.ts';
import { toFrontmatterYaml } from './frontmatter.ts';
import { AUTHORS, ORGANISATIONS, PEOPLE, PLACES, SECTIONS, SOURCES, TOPICS } from './names.ts';
import { chance, deriveSeed, intBetween, mulberry32, pick, weightedDistinct, weightedPick, zipfTable, type Random } from './random.ts';
import { correctionText, headline, paragraph, sentenceOfLength, standfirst, subheading, type Writer } from './text.ts';
import { WEEKDAYS } from './vocabulary.ts';
import { countGeneratedWords } from './word-count.ts';

export type CorpusLanguage = 'en' | 'zh';

export interface ArticleOptions {
  /** Seed of the whole corpus (default 1). */
  seed?: number;
  /** First and last year of publication, inclusive (default 2000–2024). */
  startYear?: number;
  endYear?: number;
  /** Body length in words as `countWords` counts them, inclusive (default 400–1,500). */
  minWords?: number;
  maxWords?: number;
  /** Share of articles per language; `en` takes whatever the others leave (default `{ zh: 0.01 }`). */
  languages?: Partial<Record<CorpusLanguage, number>>;
  /** Give every article a lead image stored beside it (`YYYY/MM/images/<slug>.jpg`, see tools/corpus/image.ts). */
  images?: boolean;
}

export interface CorpusOptions extends ArticleOptions {
  /** Number of articles. */
  count: number;
}

export interface GeneratedArticle {
  /** `YYYY/MM/<slug>.md`, with `/` separators. */
  relativePath: string;
  /** Frontmatter and body. */
  markdown: string;
  /** With the `images` option: where its image goes (`YYYY/MM/images/<slug>.jpg`); the bytes come from `corpusImage(index)`. */
  imagePath?: string;
}

interface Resolved {
  seed: number;
  startYear: number;
  endYear: number;
  minWords: number;
  maxWords: number;
  zhShare: number;
  images: boolean;
}

function resolve(options: ArticleOptions): Resolved {
  const { seed = 1, startYear = 2000, endYear = 2024, minWords = 400, maxWords = 1500 } = options;
  const integer = (value: number, name: string, min: number) => {
    if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be a whole number ≥ ${min}, got ${value}`);
  };
  integer(seed, 'seed', -(2 ** 53));
  integer(startYear, 'startYear', 1);
  integer(endYear, 'endYear', startYear);
  integer(minWords, 'minWords', 1);
  integer(maxWords, 'maxWords', minWords);
  const zh = options.languages?.zh ?? (options.languages?.en === undefined ? 0.01 : 0);
  const en = options.languages?.en ?? Math.max(0, 1 - zh);
  if (!(zh >= 0 && en >= 0 && zh + en > 0)) throw new RangeError('languages must be non-negative shares with a positive total');
  return { seed, startYear, endYear, minWords, maxWords, zhShare: zh / (zh + en), images: options.images ?? false };
}

const topics = zipfTable(TOPICS, 1.1);
const people = zipfTable(PEOPLE, 1.05);
const chineseScriptPeople = zipfTable(
  PEOPLE.filter((name) => /\p{Script=Han}/u.test(name)),
  1,
);
const places = zipfTable(PLACES, 1.1);
const organisations = zipfTable(ORGANISATIONS, 1.1);
const sections = zipfTable(SECTIONS, 0.9);
const authors = zipfTable(AUTHORS, 0.8);
const sources = zipfTable(SOURCES, 0.8);

const SLUG_PREFIX_MAX = 60;

/** The title's slug, cut at a word boundary, plus the index in base 36: unique across the corpus. */
function articleSlug(title: string, index: number): string {
  let prefix = slugify(title);
  if (prefix.length > SLUG_PREFIX_MAX) {
    const cut = prefix.lastIndexOf('-', SLUG_PREFIX_MAX);
    prefix = cut > 20 ? prefix.slice(0, cut) : Array.from(prefix).slice(0, SLUG_PREFIX_MAX).join('').replace(/-+$/, '');
  }
  return `${prefix}-${index.toString(36)}`;
}

/** Target body length: anywhere in range, most articles in the shorter half as in real news. */
function targetWords(random: Random, { minWords, maxWords }: Resolved): number {
  return minWords + Math.floor((maxWords - minWords + 1) * random() ** 1.6);
}

interface BodyParts {
  paragraph(): string;
  shortParagraph(): string;
  subheading(): string;
  exact(words: number): string;
}

/** Paragraphs until the body reaches its target, never past `maxWords`, sometimes with subheadings. */
function writeBody(random: Random, parts: BodyParts, target: number, settings: Resolved): string {
  const blocks: string[] = [];
  let words = 0;
  const withSubheadings = target >= 600 && chance(random, 0.35);
  let nextSubheading = intBetween(random, 4, 7);
  while (words < target) {
    if (withSubheadings && blocks.length >= nextSubheading && target - words > 80) {
      const text = parts.subheading();
      blocks.push(`## ${text}`);
      words += countGeneratedWords(text);
      nextSubheading = blocks.length + intBetween(random, 4, 8);
    }
    let block = parts.paragraph();
    let count = countGeneratedWords(block);
    for (let attempt = 0; words + count > settings.maxWords && attempt < 8; attempt++) {
      block = parts.shortParagraph();
      count = countGeneratedWords(block);
    }
    if (words + count > settings.maxWords) {
      if (words >= settings.minWords) break;
      block = parts.exact(target - words);
      count = countGeneratedWords(block);
    }
    blocks.push(block);
    words += count;
  }
  return blocks.join('\n\n');
}

function englishBody(w: Writer): BodyParts {
  return {
    paragraph: () => paragraph(w),
    shortParagraph: () => paragraph(w, 1),
    subheading: () => subheading(w),
    exact: (words) => sentenceOfLength(words),
  };
}

function chineseBody(random: Random, speakers: readonly string[]): BodyParts {
  const sentence = () => pick(random, ZH_SENTENCES);
  const quoted = () => {
    const name = pick(random, speakers);
    const text = pick(random, ZH_QUOTES);
    return chance(random, 0.5) ? `“${text}。”${name}说。` : `${name}表示：“${text}。”`;
  };
  const sentences = (count: number) =>
    Array.from({ length: count }, (_, i) => (i === 0 && chance(random, 0.3) ? quoted() : sentence())).join('');
  return {
    paragraph: () => sentences(pick(random, [1, 2, 2, 3])),
    shortParagraph: () => sentences(1),
    subheading: () => pick(random, ZH_SUBHEADINGS),
    exact: (words) => zhSentenceOfLength(words),
  };
}

const CREDITS: ReadonlyArray<(random: Random) => string> = [
  () => 'Additional reporting by agencies',
  (random) => `Additional reporting by ${weightedPick(random, authors)}`,
  (random) => `Reporting by ${weightedPick(random, authors)}; editing by ${weightedPick(random, authors)}`,
  () => 'With agencies',
];

/** Article number `index` (from 0) of the corpus these options describe. */
export function generateArticle(index: number, options: ArticleOptions = {}): GeneratedArticle {
  return articleFor(index, resolve(options));
}

function articleFor(index: number, settings: Resolved): GeneratedArticle {
  const random = mulberry32(deriveSeed(settings.seed, index));
  const lang: CorpusLanguage = chance(random, settings.zhShare) ? 'zh' : 'en';
  const published = drawPublication(random, dayTable(settings.seed, settings.startYear, settings.endYear));
  const [year, month] = yearMonth(published);
  const section = weightedPick(random, sections);
  const articleTopics = weightedDistinct(random, topics, pick(random, [1, 2, 2, 3, 3, 4]));
  const articlePeople = weightedDistinct(random, people, pick(random, [1, 2, 2, 3, 4]));
  if (lang === 'zh') {
    const speaker = weightedPick(random, chineseScriptPeople);
    if (!articlePeople.includes(speaker)) articlePeople.unshift(speaker);
    if (articlePeople.length > 4) articlePeople.pop();
  }
  const articlePlaces = weightedDistinct(random, places, pick(random, [1, 1, 2, 2, 3]));
  const articleOrganisations = weightedDistinct(random, organisations, pick(random, [0, 1, 1, 2, 2, 3]));
  const writer: Writer = {
    random,
    people: articlePeople,
    places: articlePlaces,
    organisations: articleOrganisations,
    weekday: WEEKDAYS[(weekdayOf(published) + 6) % 7] as string,
    year: Number(year),
  };
  const mainTopic = articleTopics[0] ?? 'News';
  const title = lang === 'zh' ? pick(random, ZH_TITLES) : headline(writer, section, mainTopic);
  const slug = articleSlug(title, index);
  const source = weightedPick(random, sources);
  const speakers = articlePeople.filter((name) => /\p{Script=Han}/u.test(name));
  const parts = lang === 'zh' ? chineseBody(random, speakers.length > 0 ? speakers : articlePeople) : englishBody(writer);
  const fields = {
    title,
    date: formatMoment(published),
    updated: chance(random, 0.1) ? formatMoment(later(random, published, 30, 3 * 1440)) : undefined,
    description: lang === 'zh' ? pick(random, ZH_DESCRIPTIONS) : standfirst(writer),
    authors: weightedDistinct(random, authors, chance(random, 0.75) ? 1 : 2),
    source,
    sourceUrl: `https://example.com/${slugify(source)}/${year}/${month}/${encodeURIComponent(slug)}`,
    dateline: chance(random, 0.8) ? articlePlaces[0] : weightedPick(random, places),
    credit: chance(random, 0.25) ? pick(random, CREDITS)(random) : undefined,
    section,
    topics: articleTopics,
    people: articlePeople,
    places: articlePlaces,
    organisations: articleOrganisations,
    lang: lang === 'en' ? undefined : lang,
    corrections: chance(random, 0.03)
      ? [{ date: formatMoment(later(random, published, 1440, 60 * 1440)), text: correctionText(writer) }]
      : undefined,
  };
  const body = writeBody(random, parts, targetWords(random, settings), settings);
  const relativePath = `${year}/${month}/${slug}.md`;
  if (!settings.images) return { relativePath, markdown: `---\n${toFrontmatterYaml(fields)}---\n\n${body}\n` };
  // After every random draw, so the text of an article is the same with or without images.
  const image = `images/${slug}.jpg`;
  const withImage = { ...fields, image: { src: image, alt: `Illustration: ${title}` } };
  return {
    relativePath,
    markdown: `---\n${toFrontmatterYaml(withImage)}---\n\n${body}\n`,
    imagePath: `${year}/${month}/${image}`,
  };
}

/**
 * The whole corpus, one article at a time (nothing is kept, so 100,000 articles need little memory).
 * Options are checked at the call, not at the first article.
 * @example for (const { relativePath, markdown } of generateCorpus({ count: 300, seed: 7 })) { … }
 */
export function generateCorpus(options: CorpusOptions): Generator<GeneratedArticle, void, undefined> {
  const settings = resolve(options);
  if (!Number.isInteger(options.count) || options.count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${options.count}`);
  return articlesFrom(settings, options.count);
}

function* articlesFrom(settings: Resolved, count: number): Generator<GeneratedArticle, void, undefined> {
  for (let index = 0; index < count; index++) yield articleFor(index, settings);
}
