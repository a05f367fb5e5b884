import { describe, expect, test } from 'vitest';
import { FIXTURE_BASES, readPage } from '../support/site.ts';
import { $$, jsonLdOf, parseHtml } from '../support/html.ts';

const ARTICLES = [
  '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/',
  '2023/03/15/zurich-talks-stall/',
  '2023/03/02/xinjiang-zh/',
];
const BUILDS = FIXTURE_BASES;

/** Every `<meta name=…>` of the page as name → contents, in page order. */
function metaByName(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of $$(parseHtml(html), 'head meta[name]')) {
    const name = String(meta.properties.name);
    tags.set(name, [...(tags.get(name) ?? []), String(meta.properties.content)]);
  }
  return tags;
}

function newsArticleOf(html: string) {
  return jsonLdOf(html) as {
    headline: string;
    author?: { name: string }[];
    publisher: { name: string };
    datePublished: string;
    inLanguage: string;
    url: string;
  };
}

describe.each(BUILDS)('reference-manager metadata in $name', ({ name, base }) => {
  test.each(ARTICLES)('%s: Highwire, Dublin Core and JSON-LD say the same thing', async (path) => {
    const html = await readPage(name, path);
    const meta = metaByName(html);
    const jsonLd = newsArticleOf(html);
    const one = (tag: string) => {
      expect(meta.get(tag), tag).toHaveLength(1);
      return meta.get(tag)![0];
    };
    const url = `https://news.example${base}${path}`;
    expect(jsonLd.url).toBe(url);
    expect(one('citation_public_url')).toBe(url);
    expect(one('DC.identifier')).toBe(url);
    expect(one('citation_title')).toBe(jsonLd.headline);
    expect(one('DC.title')).toBe(jsonLd.headline);
    const authors = (jsonLd.author ?? []).map((author) => author.name);
    expect(authors.length).toBeGreaterThan(0);
    expect(meta.get('citation_author')).toEqual(authors);
    expect(meta.get('DC.creator')).toEqual(authors);
    expect(one('citation_journal_title')).toBe(jsonLd.publisher.name);
    expect(one('citation_publisher')).toBe(jsonLd.publisher.name);
    expect(one('DC.publisher')).toBe(jsonLd.publisher.name);
    // The page's date is its day in the site's zone (UTC for the fixtures), as JSON-LD gives it.
    const [year, month, day] = jsonLd.datePublished.slice(0, 10).split('-');
    expect(one('citation_publication_date')).toBe(`${year}/${month}/${day}`);
    expect(one('DC.date')).toBe(`${year}-${month}-${day}`);
    expect(one('citation_language')).toBe(jsonLd.inLanguage);
    expect(one('DC.language')).toBe(jsonLd.inLanguage);
    expect(html).toContain('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">');
  });
});
