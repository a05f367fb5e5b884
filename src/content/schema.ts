/**
 * The article model: the one definition of an article's fields. The build (content collection),
 * the importer and the tests all validate against this schema; every type is inferred from it.
 */
import { z } from 'astro/zod';
import { calendarParts, numericDay, readPublicationDate } from './dates.ts';
import { MAX_SEGMENT_BYTES, utf8Length } from './slug.ts';
import { describeInvisible, hasVisibleText } from './text.ts';

/**
 * Raised whenever parsing or validation changes what an entry becomes, so that Astro's stored
 * collection is rebuilt (src/content/cache-key.ts). 2: dates read from the author’s text; 3: `storyline`;
 * 4: text that shows nothing (only invisible characters) and years before 1000 refused;
 * 5: line breaks and runs of spaces in text fields made one space, URLs with white space refused,
 * updates and corrections before publication and corrections out of order refused.
 */
export const SCHEMA_VERSION = 5;

const ISO_HINT = 'an ISO date like 2022-09-10 or a date-time with zone like 2022-09-10T14:30:00+08:00';

/**
 * A publication-style date, from the author's text (frontmatter is YAML 1.2, so quoted and
 * unquoted timestamps both arrive as strings): the rules are `readPublicationDate`'s.
 * Output: the instant, as a `Date`.
 */
export const dateField = (timeZone: string) =>
  z.string({ error: `expected ${ISO_HINT}` }).transform((value, ctx) => {
    const reading = readPublicationDate(value, timeZone);
    if ('problem' in reading) {
      ctx.addIssue({ code: 'custom', message: `expected ${ISO_HINT}, got ${JSON.stringify(value)}: ${reading.problem}` });
      return z.NEVER;
    }
    return reading.instant;
  });

/**
 * Text a reader must see: trimmed (JavaScript's trim already takes U+00A0 and U+FEFF), not empty,
 * and not made only of invisible characters such as U+200B, which trim keeps and which would make
 * an empty headline, link or byline on every page that shows the field. Each run of breaking white
 * space (a line break from a YAML block scalar, a tab, doubled spaces) becomes one space: HTML
 * showed a two-line headline as one line, but the page's metadata, JSON-LD, feeds and open data
 * carried the line break, and "Brexit  talks" was another name than "Brexit talks". No-break
 * spaces stay (French sets U+202F inside « »).
 */
const shownText = (field: string, empty: string, fix: string) =>
  z
    .string()
    .trim()
    .min(1, empty)
    // An empty text is `min`'s to report; this names what a non-empty one holds.
    .refine((text) => text === '' || hasVisibleText(text), {
      error: (issue) => `${field} shows nothing: it holds only invisible characters (${describeInvisible(String(issue.input))}); ${fix}`,
    })
    .transform((text) => text.replace(/[ \t\n\v\f\r\u0085\u2028\u2029]+/g, ' '));

const nameList = (what: string) =>
  z
    .array(shownText(`each entry of ${what}`, `each entry of ${what} must be a non-empty name`, 'write the name or remove the entry'), {
      error: `expected a list of ${what}, e.g. ["First", "Second"]`,
    })
    .default([]);

/**
 * An absolute http(s) URL as written, without white space: the WHATWG parser behind `z.url`
 * accepts "https://example.com/a page", but a URL with a space is not one (RFC 3986 § 2) and went
 * raw into `DC.source`, the JSON-LD and the Wayback Machine link.
 */
const url = (field: string) =>
  // A text that is no URL at all gets the first message alone.
  z
    .url({ protocol: /^https?$/, error: `${field} must be an absolute http(s) URL` })
    .refine((value) => !/\s/u.test(value) || !URL.canParse(value), {
      error: `${field} must not contain white space: write each space as %20 (or remove it)`,
    });

/**
 * The article's fields, each checked on its own. `createArticleSchema` adds the checks across
 * fields; this form is for checking some fields alone (`.partial()`, which Zod refuses on a schema
 * with such checks), as the importer does.
 */
export function articleFields(options: { timeZone: string }) {
  const date = dateField(options.timeZone);
  return z.strictObject({
    /** Headline as published. */
    title: z
      .string({ error: 'title is required: the headline as a quoted string' })
      .pipe(shownText('title', 'title must not be empty', 'write the headline as a quoted string')),
    /** Publication moment. A date alone means that day in the site's time zone. */
    date,
    /** Last substantive update, shown beside the publication date. */
    updated: date.optional(),
    /** Overrides the URL slug, which otherwise comes from the file name. */
    slug: z
      .string()
      .regex(
        /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u,
        'slug must be lowercase words joined by hyphens, e.g. un-report-reaction',
      )
      .refine((slug) => utf8Length(slug) <= MAX_SEGMENT_BYTES, {
        error: (issue) =>
          `slug is ${utf8Length(String(issue.input))} bytes in UTF-8; a URL path segment must fit in ${MAX_SEGMENT_BYTES} bytes ` +
          '(the file-system limit for a folder name): shorten it to a few key words',
      })
      .optional(),
    /** Standfirst: one or two sentences under the headline. */
    description: shownText('description', 'description must not be empty', 'write the standfirst, or remove the field').optional(),
    /** Bylined writers. */
    authors: nameList('authors'),
    /** Publication the article first appeared in, e.g. "The Independent". */
    source: shownText('source', 'source must not be empty', 'write the publication’s name, or remove the field').optional(),
    /** Where the original can be read. */
    sourceUrl: url('sourceUrl').optional(),
    /** Place the story was filed from, e.g. "Geneva". */
    dateline: shownText('dateline', 'dateline must not be empty', 'write the place, or remove the field').optional(),
    /** Credit line, e.g. "Additional reporting by agencies". */
    credit: shownText('credit', 'credit must not be empty', 'write the credit line, or remove the field').optional(),
    /** Desk or section, e.g. "World". */
    section: shownText('section', 'section must not be empty', 'write the desk’s name, or remove the field').optional(),
    topics: nameList('topics'),
    people: nameList('people'),
    places: nameList('places'),
    organisations: nameList('organisations'),
    /**
     * The running stories the article belongs to, e.g. "Xinjiang report" or
     * ["Xinjiang report", "UN Human Rights Council"]: one name or a list, always read as a list.
     * Each storyline has a timeline page at /storylines/<slug>/, and the article links to the
     * stories before and after it in that line.
     */
    storyline: z
      .union([z.string(), z.array(z.unknown())], {
        error: 'storyline must be a name or a list of names, e.g. "Xinjiang report" or ["Xinjiang report", "Geneva talks"]',
      })
      .optional()
      .transform((value) => (value === undefined ? [] : typeof value === 'string' ? [value] : value))
      .pipe(
        z.array(
          z
            .string({ error: 'each storyline must be a name' })
            .pipe(shownText('each storyline', 'each storyline must be a non-empty name', 'write the name or remove the entry')),
        ),
      ),
    /** BCP 47 language tag when it differs from the site's, e.g. "zh-Hans". */
    lang: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'lang must be a BCP 47 tag such as en, fr or zh-Hans')
      .optional(),
    /** Lead image with required alt text. */
    image: z
      .strictObject({
        src: z.string().min(1, 'image.src must be a URL or a path under public/'),
        alt: z.string({ error: 'image.alt is required: describe the image for readers who cannot see it' }),
        credit: z.string().optional(),
      })
      .optional(),
    /** Published corrections, oldest first. */
    corrections: z
      .array(z.strictObject({ date, text: shownText('a correction', 'a correction needs its text', 'write what was corrected') }))
      .default([]),
    /** Drafts are validated but never published. */
    draft: z.boolean().default(false),
  });
}

/**
 * The article model: its fields (`articleFields`) and the order of its dates. An update and every
 * correction fall on or after the publication day, and corrections are listed oldest first, as
 * their anchors on the page (`correction-1`, …) and in the corrections feed count them. Days are
 * compared in the site's time zone, since a date alone means that day's midnight there and a
 * correction written "2023-11-10" of an article published at 15:00 that day is not early.
 * Each problem names the field, the dates and the fix.
 */
export function createArticleSchema(options: { timeZone: string }) {
  const dayOf = (date: Date) => {
    const { year, month, day } = calendarParts(date, options.timeZone);
    return numericDay([Number(year), Number(month), Number(day)], '-');
  };
  return articleFields(options).superRefine((data, ctx) => {
    const published = dayOf(data.date);
    if (data.updated && dayOf(data.updated) < published)
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `updated (${dayOf(data.updated)}) is before the publication date (${published}): an update comes after publication; correct the date, or remove the field`,
      });
    data.corrections.forEach((correction, index) => {
      const day = dayOf(correction.date);
      if (day < published)
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', index, 'date'],
          message: `correction ${index + 1} is dated ${day}, before the publication date (${published}): a correction comes after publication; correct its date`,
        });
      const previous = data.corrections[index - 1];
      if (previous && correction.date < previous.date)
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', index, 'date'],
          message: `corrections are listed oldest first, but correction ${index + 1} (${day}) is dated before correction ${index} (${dayOf(previous.date)}): move it up, or correct its date`,
        });
    });
  });
}

export type ArticleData = z.output<ReturnType<typeof createArticleSchema>>;
export type ArticleInput = z.input<ReturnType<typeof createArticleSchema>>;
