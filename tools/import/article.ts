/**
 * From what a reader found plus the editor's command-line values to a validated article file.
 * Nothing here touches the file system, so tests can build articles directly.
 */
import { createArticleSchema, type ArticleData } from '../../src/content/schema.ts';
import { calendarParts } from '../../src/content/dates.ts';
import { normaliseDate } from './dates.ts';
import { uniqueNames } from './names.ts';
import { fitSlug, MAX_SEGMENT_BYTES, slugify } from '../../src/content/slug.ts';
import { detectLanguage, languageMismatch, sameLanguage } from '../../src/content/detect-language.ts';
import { suggestEntities, type EntitySuggestions } from './entities.ts';
import { isTitleCaseHeadline } from './entity-sentences.ts';
import type { ArchiveNames } from './entity-names.ts';
import { bodyText, parseArticle, readFrontmatter, serialiseArticle, type Frontmatter } from './markdown.ts';
import { capDescription, descriptionWarning } from '../../src/content/standfirst.ts';
import { describeInvisible, hasVisibleText } from '../../src/content/text.ts';
import { ImportError, type ParsedInput } from './types.ts';

export { normaliseDate } from './dates.ts';

/**
 * Values from the command line. They apply to the whole batch, so an input's own date, source URL,
 * authors and language win over them (a warning says so when they differ); the command-line values
 * fill in what an input lacks, e.g. the date of a plain-text file.
 */
export interface ArticleOptions {
  /** Time zone for date-only values and for the YYYY/MM folder, e.g. "UTC" or "Europe/London". */
  timeZone: string;
  date?: string;
  source?: string;
  sourceUrl?: string;
  section?: string;
  topics?: string[];
  authors?: string[];
  lang?: string;
  /** Storylines the imported articles belong to (`--storyline`, repeatable). */
  storyline?: string[];
  /** The site's language (SITE_LANG, default "en"): a detected language equal to it is not written. */
  siteLang?: string;
  /** Suggest people, places and organisations from the text (default true). */
  entities?: boolean;
}

export interface BuiltArticle {
  /** The complete file: YAML frontmatter and Markdown body. */
  markdown: string;
  /** The article as the site's schema reads the file. */
  data: ArticleData;
  /** Where it belongs under the content folder: `YYYY/MM/<slug>.md`. */
  path: string;
  /** Command-line values the input overrode, for the editor to check. */
  warnings: string[];
}

const SLUG_MAX_LENGTH = 80;

/**
 * File-name slug of a headline: at most `maxLength` characters (code points, so readable) and
 * 255 bytes less the `.md` extension (the file-system limit), cut at a word boundary when one is
 * in the second half, never inside a character.
 * @example articleSlug('China says UN has ‘closed the door’') // 'china-says-un-has-closed-the-door'
 */
export function articleSlug(title: string, maxLength = SLUG_MAX_LENGTH): string {
  const chars = Array.from(slugify(title));
  let slug = chars.join('');
  if (chars.length > maxLength) {
    const cut = chars.slice(0, maxLength + 1).join('');
    const boundary = cut.lastIndexOf('-');
    slug = boundary > cut.length / 2 ? cut.slice(0, boundary) : chars.slice(0, maxLength).join('').replace(/-+$/, '');
  }
  return fitSlug(slug, MAX_SEGMENT_BYTES - '.md'.length);
}

/**
 * The `lang` to write: the input's or --lang when given (with a warning when the text clearly reads
 * otherwise), else the language detected from headline and body when it differs from the site's
 * (the schema's `lang` is for articles not in the site language). Warnings go to `warnings`.
 */
function articleLanguage(parsed: ParsedInput, given: string | undefined, siteLang: string, warnings: string[]): string | undefined {
  // The headline always counts here, whatever its case (entityText may leave it out).
  const text = `${parsed.title ?? ''}\n\n${bodyText(parsed.body)}`;
  if (given) {
    const mismatch = languageMismatch(given, text);
    if (mismatch) warnings.push(`lang: ${mismatch}`);
    return given;
  }
  const detected = detectLanguage(text);
  if (!detected || sameLanguage(detected, siteLang)) return undefined;
  warnings.push(`lang: no language given; the text reads as ${detected}, so lang: ${detected} was written`);
  return detected;
}

/** The text entities are suggested from: headline and body, without byline or credit. */
export function entityText(parsed: ParsedInput): string {
  // A headline in title case is left out (isTitleCaseHeadline): its names are in the body.
  const title = parsed.title && !isTitleCaseHeadline(parsed.title) ? parsed.title : '';
  return `${title}\n\n${bodyText(parsed.body)}`;
}

/** The entity text of an article file already in our format (frontmatter title, Markdown body). */
export function articleFileEntityText(markdown: string): string {
  const { frontmatter, body } = parseArticle(markdown);
  const title = (frontmatter as { title?: unknown } | undefined)?.title;
  return entityText({ title: typeof title === 'string' ? title : undefined, body, authors: [], warnings: [] });
}

/** Schema issues as one line an editor can act on, e.g. "sourceUrl: must be an absolute http(s) URL". */
export function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || 'article'}: ${issue.message}`).join('; ');
}

/**
 * The description to write. One a reader derived (a meta description, a feed's summary, the first
 * paragraph) is cut to a standfirst's length (src/content/standfirst.ts) and dropped when it shows
 * nothing; an article file's own is its author's and kept whole, with the build's warning when
 * it is over-long.
 */
function articleDescription(parsed: ParsedInput, options: ArticleOptions, warnings: string[]): string | undefined {
  const text = parsed.description?.trim();
  if (!text || !hasVisibleText(text)) return parsed.fields ? parsed.description : undefined;
  if (parsed.fields) {
    const warning = descriptionWarning('the file', text);
    if (warning) warnings.push(warning.replace(/^the file: /, ''));
    return text;
  }
  return capDescription(text, undefined, parsed.lang ?? options.lang ?? options.siteLang);
}

/** What a batch knows beyond one input: suggestions already made (by a worker) and the archive's spellings. */
export interface BuildContext {
  /** Suggestions for this input, made elsewhere from `entityText(parsed)`; made here when absent. */
  entities?: EntitySuggestions;
  /** Names the archive already uses: every name of every kind is written in the archive's spelling. */
  names?: ArchiveNames;
}

/**
 * Turns a parsed input into an article file and validates that very file against the site's
 * schema; throws ImportError with the reason when it cannot become a valid article.
 */
export function buildArticle(parsed: ParsedInput, options: ArticleOptions, context: BuildContext = {}): BuiltArticle {
  const warnings: string[] = [];
  const prefer = <T>(fromInput: T | undefined, fromOption: T | undefined, flag: string): T | undefined => {
    const empty = (value: T | undefined) => value === undefined || (Array.isArray(value) && value.length === 0);
    if (empty(fromInput)) return fromOption;
    if (!empty(fromOption) && JSON.stringify(fromInput) !== JSON.stringify(fromOption)) {
      warnings.push(`${flag} ${JSON.stringify(fromOption)} not used: the input says ${JSON.stringify(fromInput)}`);
    }
    return fromInput;
  };
  const rawDate = prefer(parsed.date, options.date, '--date');
  // --date is a batch-wide fallback: an article filed under it should be checked by an editor.
  if (!parsed.date && options.date) warnings.push(`--date ${options.date} used: the input states no publication date`);
  if (!rawDate) throw new ImportError('no publication date: the input has none, pass --date YYYY-MM-DD');
  const date = normaliseDate(rawDate, options.timeZone);
  if (!date) {
    const from = rawDate === parsed.date ? 'the input' : '--date';
    throw new ImportError(
      `the date "${rawDate}" from ${from} is not a date: write it as 2022-09-10 or 2022-09-10T14:30:00+01:00 (or "10 September 2022")`,
    );
  }
  const title = parsed.title?.trim();
  if (!title) throw new ImportError('no headline found');
  if (!hasVisibleText(title))
    throw new ImportError(
      `the headline shows nothing: it holds only invisible characters (${describeInvisible(title)}); put the headline in the input (the first line of a text file, the page's <h1> or <title>)`,
    );
  const entities = options.entities === false ? undefined : (context.entities ?? suggestEntities(entityText(parsed)));
  // An article file's own fields are kept as written; the others are what the reader found.
  const own = (parsed.fields ?? {}) as Frontmatter;
  const fields: Frontmatter = {
    title,
    date,
    updated: own.updated,
    slug: own.slug,
    description: articleDescription(parsed, options, warnings),
    authors: prefer(uniqueNames(parsed.authors), options.authors, '--author'),
    source: prefer(parsed.source, options.source, '--source'),
    sourceUrl: prefer(parsed.sourceUrl, options.sourceUrl, '--source-url'),
    dateline: parsed.dateline,
    credit: parsed.credit,
    // Only once stored and given an alt (tools/import/images-store.ts): the schema requires one.
    image: parsed.image?.alt
      ? { src: parsed.image.src, alt: parsed.image.alt, ...(parsed.image.credit ? { credit: parsed.image.credit } : {}) }
      : undefined,
    section: prefer(own.section as string | undefined, options.section, '--section'),
    topics: uniqueNames([...(options.topics ?? []), ...(parsed.topics ?? [])]),
    people: own.people ?? entities?.people,
    places: own.places ?? entities?.places,
    organisations: own.organisations ?? entities?.organisations,
    storyline: prefer(
      own.storyline as string | string[] | undefined,
      options.storyline?.length ? options.storyline : undefined,
      '--storyline',
    ),
    corrections: own.corrections,
    ...(parsed.draft ? { draft: true } : {}),
    lang: articleLanguage(parsed, prefer(parsed.lang, options.lang, '--lang'), options.siteLang ?? 'en', warnings),
  };
  const frontmatter = context.names ? context.names.settleFrontmatter(fields) : fields;
  const markdown = serialiseArticle(frontmatter, parsed.body);
  // Validate what will be on disk, read back, not the object it was made from.
  const result = createArticleSchema({ timeZone: options.timeZone }).safeParse(readFrontmatter(markdown));
  if (!result.success) throw new ImportError(`not a valid article: ${describeIssues(result.error.issues)}`);
  const { year, month } = calendarParts(result.data.date, options.timeZone);
  return { markdown, data: result.data, path: `${year}/${month}/${articleSlug(title)}.md`, warnings };
}
