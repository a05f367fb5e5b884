/**
 * The open data's rows: each published article's metadata as the columns of src/outputs/open-data.ts,
 * with its URL, date and language resolved for this site.
 */
import { type Article, articleMarkdown } from './articles.ts';
import { isoInZone } from '../content/dates.ts';
import { paths } from '../content/site-paths.ts';
import { countWords } from '../markdown/reading-time.ts';
import type { DataRow } from '../outputs/open-data.ts';
import { site } from '../site.ts';

/**
 * One article's row; its body is read for the word count (and the text when full text is on).
 * @throws Error from the file system when the article's file cannot be read.
 */
export async function articleDataRow(article: Article, fullText: boolean): Promise<DataRow> {
  const { data } = article;
  const markdown = await articleMarkdown(article);
  return {
    url: paths.absolute(article.url),
    headline: data.title,
    date: isoInZone(data.date, site.timeZone),
    authors: [...data.authors],
    source: data.source ?? '',
    section: data.section ?? '',
    topics: [...data.topics],
    people: [...data.people],
    places: [...data.places],
    organisations: [...data.organisations],
    language: data.lang ?? site.lang,
    word_count: countWords(markdown),
    ...(fullText ? { text: markdown.trim() } : {}),
  };
}
