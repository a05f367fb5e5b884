/**
 * The open data's rows: each published article's metadata as the columns of src/outputs/open-data.ts,
 * with its URL, dates and language resolved for this site. A field the article leaves out is `null`
 * (JSON Lines writes `null`, CSV an empty cell), never an empty string.
 */
import { type Article, articleMarkdown, articleWordCount } from './articles.ts';
import { lastModified } from './corrections.ts';
import { isoInZone } from '../content/dates.ts';
import { paths } from '../content/site-paths.ts';
import type { DataRow } from '../outputs/open-data.ts';
import { site } from '../site.ts';

/**
 * One article's row; its body is read for the word count unless the build has counted it already,
 * and for the text when full text is on.
 * @throws Error from the file system when the article's file cannot be read.
 */
export async function articleDataRow(article: Article, fullText: boolean): Promise<DataRow> {
  const { data } = article;
  const markdown = fullText ? await articleMarkdown(article) : undefined;
  const modified = lastModified(data);
  return {
    url: paths.absolute(article.url),
    headline: data.title,
    date: isoInZone(data.date, site.timeZone),
    authors: [...data.authors],
    source: data.source ?? null,
    section: data.section ?? null,
    topics: [...data.topics],
    people: [...data.people],
    places: [...data.places],
    organisations: [...data.organisations],
    language: data.lang ?? site.lang,
    word_count: await articleWordCount(article, markdown),
    source_url: data.sourceUrl ?? null,
    storylines: [...data.storyline],
    modified: modified > data.date ? isoInZone(modified, site.timeZone) : null,
    corrections: data.corrections.length,
    ...(markdown !== undefined ? { text: markdown.trim() } : {}),
  };
}
