/**
 * The interface speaks the site's language: the fixture archive built in German, Arabic and
 * Chinese has no English word of the interface left on any page (only the articles' own text may
 * be English), dates and numbers are the language's own, and feeds, JSON-LD and the news sitemap
 * name the language.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, test } from 'vitest';
import { en, searchClientStrings, type UiStrings } from '../../src/i18n/en.ts';
import { DICTIONARIES } from '../../src/i18n/locales.ts';
import { filesUnder } from '../../tools/fs.ts';
import { $, $$, parseHtml, text } from '../support/html.ts';
import { builtDir, localeBuilds, ROOT } from '../support/site.ts';

/** Every string of a dictionary (plural forms included). */
function strings(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings);
}

/**
 * The English interface's words worth looking for: each sentence cut at its placeholders, pieces
 * of at least 6 characters with a letter in them (shorter ones, like "RSS" or "To", are the same
 * in many languages or hide inside other words).
 */
const englishPieces = [
  ...new Set(
    strings(en)
      .flatMap((sentence) => sentence.split(/\{\w+\}/))
      .map((piece) => piece.replace(/^[\s.,:;()·—–]+|[\s.,:;()·—–]+$/g, ''))
      .filter((piece) => piece.length >= 6 && /\p{L}/u.test(piece)),
  ),
];

/** All of the fixture articles' own text: interface words that also occur there may appear in article content. */
const fixtureText = [...filesUnder(join(ROOT, 'tests/fixtures/archive'))]
  .filter((path) => path.endsWith('.md'))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

/** Attributes a reader sees or hears. */
const SHOWN_ATTRIBUTES = ['ariaLabel', 'placeholder', 'title', 'alt', 'content'];

/** Text and shown attribute values of a page, without scripts, styles and article bodies. */
function interfaceText(tree: Root): string {
  const parts: string[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'text') parts.push(node.value);
    if (node.type === 'element') {
      const element = node as Element;
      if (['script', 'style'].includes(element.tagName)) return;
      const classes = (element.properties.className as string[] | undefined) ?? [];
      if (classes.includes('article__body')) return;
      for (const name of SHOWN_ATTRIBUTES) {
        const value = element.properties[name];
        // Machine values of meta tags (og:type "article", twitter:card) are not interface words.
        if (typeof value === 'string' && !(element.tagName === 'meta' && name === 'content' && !/\s/.test(value))) parts.push(value);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return parts.join('\n');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([
  ['de', localeBuilds.de, DICTIONARIES.de],
  ['ar', localeBuilds.ar, DICTIONARIES.ar],
  ['zh-Hans', localeBuilds.zhHans, DICTIONARIES['zh-Hans']],
] as const)('the fixture archive in %s', (lang, build, dictionary: UiStrings) => {
  const dir = builtDir(build.name);
  const pages = [...filesUnder(dir)].filter((path) => path.endsWith('.html') && !relative(dir, path).startsWith('pagefind'));
  const own = new Set(strings(dictionary));
  // A piece that is also a word of this language's interface, or of the articles, is allowed.
  const lookFor = englishPieces
    .filter((piece) => !fixtureText.includes(piece) && ![...own].some((sentence) => sentence.includes(piece)))
    .map((piece) => ({ piece, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(piece)}(?![\\p{L}\\p{N}])`, 'u') }));

  test('no English interface words remain on any page outside article content', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(lookFor.length).toBeGreaterThan(90);
    // The check would see the English interface: its words are among those looked for.
    for (const english of ['Skip to content', 'Page not found', 'Words to search for', 'Browse the whole archive by date']) {
      expect(lookFor.some(({ pattern }) => pattern.test(english))).toBe(true);
    }
    const found: string[] = [];
    for (const path of pages) {
      const text = interfaceText(parseHtml(readFileSync(path, 'utf8')));
      for (const { piece, pattern } of lookFor) if (pattern.test(text)) found.push(`${relative(dir, path)}: “${piece}”`);
    }
    expect(found).toEqual([]);
  });

  test('every page is in the site language, with its direction', () => {
    const direction = lang === 'ar' ? 'rtl' : 'ltr';
    const wrong = pages.filter((path) => {
      const tree = parseHtml(readFileSync(path, 'utf8'));
      // Article pages carry their article's language; the header and footer keep the site's.
      const chrome = [$(tree, '.site-header'), $(tree, '.site-footer')];
      return chrome.some((element) => element?.properties.lang !== lang || element.properties.dir !== direction);
    });
    expect(wrong).toEqual([]);
  });

  test('the search page hands its script this language’s sentences', () => {
    const tree = parseHtml(readFileSync(join(dir, 'search/index.html'), 'utf8'));
    const json = $(tree, 'script#search-strings');
    const text = json?.children[0]?.type === 'text' ? json.children[0].value : '';
    expect(JSON.parse(text)).toEqual(searchClientStrings(dictionary));
  });

  test('the site feed and news sitemap name the language', () => {
    expect(readFileSync(join(dir, 'rss.xml'), 'utf8')).toContain(`<language>${lang}</language>`);
    expect(readFileSync(join(dir, 'rss.xml'), 'utf8')).toContain(`<title>${dictionary.site.title}</title>`);
  });
});

describe('dates and digits in each language', () => {
  const article = '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/index.html';
  test.each([
    [localeBuilds.de, '10. September 2022', 'September 2022', 'Veröffentlicht am'],
    [localeBuilds.ar, '١٠ سبتمبر ٢٠٢٢', 'سبتمبر ٢٠٢٢', 'نُشر في'],
    [localeBuilds.zhHans, '2022年9月10日', '2022年9月', '发布于'],
  ])('$0.name: the article’s date, the month page’s title and “published” are the language’s own', (build, date, month, published) => {
    const dir = builtDir(build.name);
    const page = readFileSync(join(dir, article), 'utf8');
    expect(page).toContain(date);
    expect(page).toContain(published);
    const monthPage = parseHtml(readFileSync(join(dir, '2022/09/index.html'), 'utf8'));
    expect(
      $(monthPage, 'h1')
        ?.children.map((child) => (child.type === 'text' ? child.value : ''))
        .join(''),
    ).toBe(month);
  });

  test('Arabic breadcrumbs, chart labels and page numbers use Arabic-Indic digits', () => {
    const dir = builtDir(localeBuilds.ar.name);
    const month = parseHtml(readFileSync(join(dir, '2022/09/index.html'), 'utf8'));
    expect($$(month, '.breadcrumbs li').map((item) => text(item).replace('›', '').trim())).toEqual(['الأرشيف', '٢٠٢٢', 'سبتمبر']);
    const labels = $$(month, '.bar-chart__label').map(text);
    expect(labels).toHaveLength(30);
    expect(labels.every((label) => /^[٠-٩]+$/.test(label))).toBe(true);
    // One article per page: March 2023 has two pages.
    const paged = parseHtml(readFileSync(join(dir, '2023/03/index.html'), 'utf8'));
    expect($$(paged, '.pagination .visually-hidden').map(text)).toEqual(['الصفحة ١', 'الصفحة ٢', 'المقالات الأقدم']);
  });
});
