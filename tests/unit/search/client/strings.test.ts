import { describe, expect, test } from 'vitest';
import { searchClientStrings } from '../../../../src/i18n/en.ts';
import { DICTIONARIES, formattingLocale, type UiLocale } from '../../../../src/i18n/locales.ts';
import { readSearchStrings, searchMessages, STRINGS_ELEMENT_ID, yearSpan } from '../../../../src/search/client/strings.ts';

const messages = (lang: UiLocale) => searchMessages(searchClientStrings(DICTIONARIES[lang]), formattingLocale(lang));

describe('the search page’s sentences', () => {
  test.each([
    ['en', 'bus', undefined, '12 results for “bus”.'],
    ['en', 'bus', [1, 10], '12 results for “bus”, showing 1–10.'],
    ['en', '', [11, 12], '12 results, showing 11–12.'],
    ['de', 'Bus', [1, 10], '12 Treffer für „Bus“, angezeigt 1–10.'],
    ['fr', 'bus', undefined, '12 résultats pour «\u202fbus\u202f».'],
    ['ru', 'автобус', undefined, 'По запросу «автобус»: 12 результатов.'],
    ['ar', 'حافلة', [1, 10], '١٢ نتيجة لـ «حافلة»، تُعرض ١–١٠.'],
    ['zh-Hans', '公交', undefined, '“公交”：12 条结果。'],
    ['ja', 'バス', [1, 10], '「バス」の検索結果：12件（1～10件目を表示）'],
  ] as const)('%s: %s results for “%s” %j → %s', (lang, query, range, expected) => {
    expect(messages(lang).results(12, query, range ? [range[0], range[1]] : undefined)).toBe(expected);
  });

  test.each([
    ['en', '', 'No results.'],
    ['en', 'qwxz', 'No results for “qwxz”.'],
    ['de', 'qwxz', 'Keine Treffer für „qwxz“.'],
    ['ar', 'qwxz', 'لا نتائج لـ «qwxz».'],
  ] as const)('%s: no results for “%s” → %s', (lang, query, expected) => {
    expect(messages(lang).noResults(query)).toBe(expected);
  });

  test.each([
    ['en', ['Did you mean ', '?']],
    ['de', ['Meinten Sie ', '?']],
    ['ja', ['もしかして：', '']],
    ['ar', ['هل تقصد ', '؟']],
  ] as const)('%s: “did you mean” goes around the suggestion’s link as %j', (lang, parts) => {
    expect(messages(lang).didYouMean()).toEqual(parts);
  });

  test.each([
    ['en', 'Remove filter Person: Wang Yi', 'Person: Wang Yi', 'Show all 14', 'Page 3', '1,234'],
    ['de', 'Filter entfernen: Person: Wang Yi', 'Person: Wang Yi', 'Alle 14 anzeigen', 'Seite 3', '1.234'],
    ['ar', 'إزالة عامل التصفية شخصية: Wang Yi', 'شخصية: Wang Yi', 'عرض الكل (١٤)', 'الصفحة ٣', '١٬٢٣٤'],
  ] as const)('%s: facet and page labels', (lang, remove, chip, showAll, page, count) => {
    const text = messages(lang);
    expect(text.removeFilter(text.kinds.people.one, 'Wang Yi')).toBe(remove);
    expect(text.filter(text.kinds.people.one, 'Wang Yi')).toBe(chip);
    expect(text.showAll(14)).toBe(showAll);
    expect(text.pageLabel(3)).toBe(page);
    expect(text.number(1234)).toBe(count);
  });

  test.each([
    ['en', 'en', '2 results from 2024 so far. Searching 2023–2010…'],
    ['ar', 'ar-u-nu-arab', 'نتيجتان من ٢٠٢٤ حتى الآن. جارٍ البحث في ٢٠٢٣–٢٠١٠…'],
  ] as const)('%s: partial results name the years searched in the locale’s digits', (lang, locale, expected) => {
    expect(messages(lang).partial(2, yearSpan(2024, 2024, locale), yearSpan(2023, 2010, locale))).toBe(expected);
  });

  test('the document title quotes the query the language’s way', () => {
    expect(messages('de').documentTitle('Bus', 'Suche')).toBe('„Bus“ · Suche');
    expect(messages('ja').year('2022')).toBe('2022');
    expect(messages('ar').year('2022')).toBe('٢٠٢٢');
  });
});

describe('readSearchStrings', () => {
  const documentWith = (text: string | null) =>
    ({
      getElementById: (id: string) => (id === STRINGS_ELEMENT_ID && text !== null ? { textContent: text } : null),
    }) as unknown as Document;

  test('reads the strings the page embedded as JSON', () => {
    const strings = searchClientStrings(DICTIONARIES.ru);
    expect(readSearchStrings(documentWith(JSON.stringify(strings)))).toEqual(strings);
  });

  test('a page without them fails naming the element', () => {
    expect(() => readSearchStrings(documentWith(null))).toThrow(`#${STRINGS_ELEMENT_ID}`);
  });
});
