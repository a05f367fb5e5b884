import { describe, expect, test } from 'vitest';
import { en, searchClientStrings, type UiStrings } from '../../../src/i18n/en.ts';
import { fill, plural, templateParts } from '../../../src/i18n/format.ts';
import { DICTIONARIES, formattingLocale, interfaceLanguage, type UiLocale, uiLocaleFor } from '../../../src/i18n/locales.ts';
import { textDirection } from '../../../src/content/language.ts';

type Leaf = { path: string; value: string };

/** Every string in a dictionary with its dotted path; plural forms count as one leaf per category. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
}
/** Dotted paths of the non-plural parts, plus each plural group's own path. */
function shape(dictionary: UiStrings): string[] {
  const { counted, ...rest } = dictionary;
  return [...leaves(rest).map((leaf) => leaf.path), ...Object.keys(counted).map((key) => `counted.${key}`)].sort();
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const locales = Object.keys(DICTIONARIES) as UiLocale[];
const translations = locales.filter((locale) => locale !== 'en');

describe('interface dictionaries', () => {
  test('nine languages ship, English among them', () => {
    expect(locales.sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ja', 'pt', 'ru', 'zh-Hans']);
  });

  test.each(translations)('%s has exactly the keys of en', (locale) => {
    expect(shape(DICTIONARIES[locale])).toEqual(shape(en));
  });

  test.each(locales)('%s has no empty string', (locale) => {
    const empty = leaves(DICTIONARIES[locale]).filter((leaf) => leaf.value.trim() === '');
    expect(empty).toEqual([]);
  });

  test.each(translations)('%s keeps every placeholder of each en sentence, and adds none', (locale) => {
    const english = new Map(leaves(en).map((leaf) => [leaf.path, leaf.value]));
    const wrong = leaves(DICTIONARIES[locale])
      .filter((leaf) => !leaf.path.startsWith('counted.'))
      .filter((leaf) => placeholders(leaf.value).join() !== placeholders(english.get(leaf.path) ?? '').join())
      .map((leaf) => leaf.path);
    expect(wrong).toEqual([]);
  });

  test.each(locales)('%s has a form for every plural category its language uses, and `other`', (locale) => {
    const rules = new Intl.PluralRules(locale);
    const missing = Object.entries(DICTIONARIES[locale].counted).flatMap(([key, forms]) => {
      const needed = new Set<string>([...rules.resolvedOptions().pluralCategories, 'other']);
      // Japanese and Chinese have only `other`; English has one and other; Arabic all six.
      return [...needed].filter((category) => !(category in forms)).map((category) => `${key}.${category}`);
    });
    expect(missing).toEqual([]);
  });

  test.each(translations)('%s is translated: most sentences differ from English', (locale) => {
    const english = new Map(leaves(en).map((leaf) => [leaf.path, leaf.value]));
    const all = leaves(DICTIONARIES[locale]);
    // Names that are the same in many languages ("RSS", "{label}: {value}", "Permalink:") may stay.
    const same = all.filter((leaf) => leaf.value === english.get(leaf.path));
    expect(same.length / all.length).toBeLessThan(0.12);
  });
});

describe('French typography', () => {
  const frenchLeaves = leaves(DICTIONARIES.fr);
  // Imprimerie nationale's rule: a (narrow) no-break space before : ; ? ! and inside « », so the
  // mark never starts a line and never touches the word.
  const spaced = /[\u202f\u00a0]/u;
  const marks = frenchLeaves.flatMap((leaf) =>
    [...leaf.value.matchAll(/[:;?!»]/gu)].map((match) => ({ ...leaf, index: match.index, mark: match[0] })),
  );

  test('the dictionary has marks to check (the rule is exercised)', () => {
    expect(marks.length).toBeGreaterThan(15);
  });

  test.each(marks.map((mark) => [mark.path, mark.mark, mark] as const))(
    '%s: %s has a no-break space before it',
    (_, __, { value, index }) => {
      expect(value[index - 1] ?? '').toMatch(spaced);
    },
  );

  test.each(frenchLeaves.filter((leaf) => leaf.value.includes('«')).map((leaf) => [leaf.path, leaf.value] as const))(
    '%s: « has a no-break space after it',
    (_, value) => {
      for (const match of value.matchAll(/«/gu)) expect(value[match.index + 1] ?? '').toMatch(spaced);
    },
  );

  test.each(Object.entries(DICTIONARIES).map(([locale, dictionary]) => [locale, fill(dictionary.chrome.label, { label: 'X' })] as const))(
    '%s labels with its own colon: %s',
    (locale, label) => {
      expect(label).toBe(locale === 'fr' ? 'X\u202f:' : locale === 'ja' || locale === 'zh-Hans' ? 'X：' : 'X:');
    },
  );
});

describe('counted phrases in the dictionaries', () => {
  test.each([
    ['ru', 1, '1 статья'],
    ['ru', 3, '3 статьи'],
    ['ru', 5, '5 статей'],
    ['ru', 11, '11 статей'],
    ['ru', 21, '21 статья'],
    ['ru', 1.5, '1,5 статьи'],
    ['ar', 0, 'لا مقالات'],
    ['ar', 1, 'مقال واحد'],
    ['ar', 2, 'مقالان'],
    ['ar', 3, '٣ مقالات'],
    ['ar', 11, '١١ مقالًا'],
    ['ar', 100, '١٠٠ مقال'],
    ['de', 1, '1 Artikel'],
    ['de', 1234, '1.234 Artikel'],
    ['fr', 1234, '1\u202f234 articles'],
    ['zh-Hans', 2, '2 篇文章'],
    ['ja', 2, '2件の記事'],
  ] as const)('%s: %s articles read “%s”', (locale, count, expected) => {
    expect(plural(count, DICTIONARIES[locale].counted.articles, formattingLocale(locale))).toBe(expected);
  });

  test.each([
    ['ar', 2, 'دقيقتان للقراءة'],
    ['ar', 5, '٥ دقائق للقراءة'],
    ['ru', 2, '2 минуты чтения'],
    ['ru', 7, '7 минут чтения'],
    ['de', 1, '1 Minute Lesezeit'],
    ['en', 4, '4 min read'],
  ] as const)('%s: %s minutes to read read “%s”', (locale, count, expected) => {
    expect(plural(count, DICTIONARIES[locale].counted.minutesToRead, formattingLocale(locale))).toBe(expected);
  });

  test.each([
    ['en', 1, '1 correction or update'],
    ['en', 3, '3 corrections and updates'],
    ['de', 1, '1 Korrektur oder Aktualisierung'],
    ['de', 4, '4 Korrekturen und Aktualisierungen'],
    ['fr', 1000000, '1\u202f000\u202f000 de corrections et mises à jour'],
    ['es', 2, '2 correcciones y actualizaciones'],
    ['pt', 1, '1 correção ou atualização'],
    ['ru', 1, '1 исправление или обновление'],
    ['ru', 3, '3 исправления и обновления'],
    ['ru', 5, '5 исправлений и обновлений'],
    ['ar', 0, 'لا تصحيحات ولا تحديثات'],
    ['ar', 1, 'تصحيح أو تحديث واحد'],
    ['ar', 2, 'تصحيحان أو تحديثان'],
    ['ar', 3, '٣ تصحيحات وتحديثات'],
    ['ar', 11, '١١ تصحيحًا وتحديثًا'],
    ['ar', 100, '١٠٠ تصحيح وتحديث'],
    ['zh-Hans', 2, '2 条更正与更新'],
    ['ja', 2, '訂正・更新 2 件'],
  ] as const)('%s: %s corrections and updates read “%s”', (locale, count, expected) => {
    expect(plural(count, DICTIONARIES[locale].counted.correctionsAndUpdates, formattingLocale(locale))).toBe(expected);
  });
});

describe('uiLocaleFor', () => {
  test.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['fr-CA', 'fr'],
    ['es-MX', 'es'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['ja-JP', 'ja'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['ru-RU', 'ru'],
  ] as const)('%s gets the %s dictionary without a warning', (tag, locale) => {
    expect(uiLocaleFor(tag)).toEqual({ locale });
  });

  test.each([
    ['he', 'en'],
    ['sw', 'en'],
    ['not a tag!', 'en'],
    ['zh-TW', 'zh-Hans'],
    ['zh-Hant', 'zh-Hans'],
  ] as const)('%s falls back to %s with a warning naming the tag', (tag, locale) => {
    const choice = uiLocaleFor(tag);
    expect(choice.locale).toBe(locale);
    expect(choice.warning).toContain(`SITE_LANG=${tag}`);
  });
});

describe('interfaceLanguage', () => {
  test.each([
    ['en', 'en', 'ltr'],
    ['de-AT', 'de-AT', 'ltr'],
    ['ar-EG', 'ar-EG', 'rtl'],
    ['zh-Hans-CN', 'zh-Hans-CN', 'ltr'],
    // No dictionary: the words are English (or Simplified Chinese), and the chrome says so.
    ['he', 'en', 'ltr'],
    ['fa', 'en', 'ltr'],
    ['ur', 'en', 'ltr'],
    ['not a tag!', 'en', 'ltr'],
    ['zh-TW', 'zh-Hans', 'ltr'],
  ] as const)('a %s site labels its interface words %s, %s', (tag, lang, dir) => {
    expect(interfaceLanguage(tag, textDirection)).toEqual({ lang, dir });
  });
});

describe('formattingLocale', () => {
  test.each([
    ['en', undefined, 'en', '1,234'],
    ['de', undefined, 'de', '1.234'],
    ['ar', undefined, 'ar-u-nu-arab', '١٬٢٣٤'],
    ['ar-EG', undefined, 'ar-EG-u-nu-arab', '١٬٢٣٤'],
    ['ar', 'latn', 'ar-u-nu-latn', '1,234'],
    ['fa', undefined, 'fa', '۱٬۲۳۴'],
    ['hi', 'deva', 'hi-u-nu-deva', '१,२३४'],
    ['en', '', 'en', '1,234'],
  ] as const)('%s with numerals %s formats with %s', (lang, numerals, expected, sample) => {
    const locale = formattingLocale(lang, numerals);
    expect(locale).toBe(expected);
    expect(new Intl.NumberFormat(locale).format(1234)).toBe(sample);
  });

  test('an unknown numbering system is refused, naming SITE_NUMERALS and a fix', () => {
    expect(() => formattingLocale('ar', 'roman')).toThrow(/SITE_NUMERALS=roman .*latn/);
  });
});

describe('templates', () => {
  test.each([
    ['Pages of {period}', { period: 'May 2022' }, 'en', 'Pages of May 2022'],
    ['{title} (page {page} of {last})', { title: 'X', page: 2, last: 12 }, 'en', 'X (page 2 of 12)'],
    ['الصفحة {page} من {last}', { page: 2, last: 12 }, 'ar-u-nu-arab', 'الصفحة ٢ من ١٢'],
    ['Seite {page}', {}, 'de', 'Seite {page}'],
  ] as const)('fill(%s) → %s', (template, values, locale, expected) => {
    expect(fill(template, values, locale)).toBe(expected);
  });

  test.each([
    ['Try the {link}.', ['Try the ', { slot: 'link' }, '.']],
    ['{site}. Browse', [{ slot: 'site' }, '. Browse']],
    ['no slots', ['no slots']],
  ] as const)('templateParts(%s)', (template, parts) => {
    expect(templateParts(template)).toEqual(parts);
  });

  test('the search page gets its sentences, the kinds and the counted results of the dictionary', () => {
    const strings = searchClientStrings(DICTIONARIES.de);
    expect(strings.kinds.people.many).toBe('Personen');
    expect(strings.results.other).toBe('{count} Treffer');
    expect(strings.years).toBe('Jahre');
    expect(strings.page).toBe('Seite {page}');
    expect(strings.didYouMean).toBe('Meinten Sie {suggestion}?');
  });
});

describe('large counts in Romance languages', () => {
  test.each([
    ['fr', '1\u202f000\u202f000 d’articles'],
    ['es', '1.000.000 de artículos'],
    ['pt', '1.000.000 de artigos'],
  ] as const)('%s says “%s” for a million (CLDR category many)', (locale, expected) => {
    expect(plural(1_000_000, DICTIONARIES[locale].counted.articles, formattingLocale(locale))).toBe(expected);
  });
});
