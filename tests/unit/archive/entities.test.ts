import { describe, expect, test } from 'vitest';
import {
  alphabetical,
  articleKeys,
  buildEntityIndex,
  EntitySlugCollisionError,
  letterOf,
  type EntitySource,
} from '../../../src/archive/entities.ts';
import { filingName } from '../../../src/outputs/citation-names.ts';

const article = (filePath: string, data: Partial<EntitySource['data']>): EntitySource => ({
  filePath,
  data: { topics: [], people: [], places: [], organisations: [], authors: [], ...data },
});

describe('buildEntityIndex', () => {
  test('lists each entity with its slug and articles, newest first as given', () => {
    const index = buildEntityIndex([
      article('b.md', { people: ['Michelle Bachelet'], section: 'World', source: 'The Independent' }),
      article('a.md', { people: ['Michelle Bachelet', 'Chen Xu'], places: ['Geneva'] }),
    ]);
    expect(index.people.get('michelle-bachelet')).toEqual({
      kind: 'people',
      slug: 'michelle-bachelet',
      name: 'Michelle Bachelet',
      articles: [0, 1],
    });
    expect(index.people.get('chen-xu')?.articles).toEqual([1]);
    expect(index.sections.get('world')?.articles).toEqual([0]);
    expect(index.sources.get('the-independent')?.name).toBe('The Independent');
  });

  test('gives names in Chinese, accented Latin and Cyrillic readable, distinct slugs', () => {
    const index = buildEntityIndex([article('a.md', { people: ['王毅', 'José Martínez', 'Сергей Лавров'] })]);
    expect([...index.people.keys()]).toEqual(['王毅', 'jose-martinez', 'sergey-lavrov']);
  });

  test('counts an article once when it names an entity twice, and merges names differing only in case', () => {
    const index = buildEntityIndex([article('a.md', { topics: ['Climate', 'climate'] }), article('b.md', { topics: ['CLIMATE'] })]);
    expect(index.topics.get('climate')).toMatchObject({ name: 'Climate', articles: [0, 1] });
  });

  test('stops with an error naming both names and an article each appears in when two names share a slug', () => {
    const build = () =>
      buildEntityIndex([article('2022/09/one.md', { places: ['Sao Paulo'] }), article('2023/01/two.md', { places: ['São Paulo'] })]);
    expect(build).toThrow(EntitySlugCollisionError);
    expect(build).toThrow(/"Sao Paulo" \(in 2022\/09\/one\.md\) and "São Paulo" \(in 2023\/01\/two\.md\)/);
    expect(build).toThrow(/places\/sao-paulo\//);
  });

  test.each([
    ['a soft hyphen', 'Vladi\u00admir Putin'],
    ['a zero-width space', 'Vladi\u200bmir Putin'],
    ['a word joiner', 'Vladi\u2060mir Putin'],
    ['U+FEFF', '\ufeffVladimir Putin'],
  ])('a name written with %s is the same entity as without it, on one page', (_what, hinted) => {
    const index = buildEntityIndex([article('a.md', { people: [hinted] }), article('b.md', { people: ['Vladimir Putin'] })]);
    expect([...index.people.keys()]).toEqual(['vladimir-putin']);
    expect(index.people.get('vladimir-putin')?.articles).toEqual([0, 1]);
  });

  test.each([
    ['two spaces', 'Vladimir  Putin'],
    ['a no-break space', 'Vladimir\u00a0Putin'],
    ['a soft hyphen and a zero-width space', 'Vladi\u00admir\u200b Putin'],
  ])('a name written with %s is one entity with the plain spelling, shown plain', (_what, written) => {
    const index = buildEntityIndex([article('a.md', { people: [written] }), article('b.md', { people: ['Vladimir Putin'] })]);
    expect([...index.people.values()]).toEqual([{ kind: 'people', slug: 'vladimir-putin', name: 'Vladimir Putin', articles: [0, 1] }]);
  });

  test('allows the same name in different kinds', () => {
    const index = buildEntityIndex([article('a.md', { topics: ['Xinjiang'], places: ['Xinjiang'] })]);
    expect(index.topics.has('xinjiang') && index.places.has('xinjiang')).toBe(true);
  });
});

describe('articleKeys', () => {
  test('reads each article’s kind:slug keys back from the index', () => {
    const index = buildEntityIndex([article('a.md', { people: ['Chen Xu'], topics: ['China'] }), article('b.md', { topics: ['China'] })]);
    expect(articleKeys(index, 2, ['topics', 'people'])).toEqual([['topics:china', 'people:chen-xu'], ['topics:china']]);
  });
});

describe('A–Z grouping', () => {
  test.each([
    ['Île-de-France', 'I'],
    ['ångström', 'A'],
    ['Сергей Лавров', 'С'],
    ['ёлка', 'Е'],
    ['Ωμέγα', 'Ω'],
    ['أحمد الخطيب', 'ا'],
    ['إبراهيم', 'ا'],
    ['שרה כהן', 'ש'],
    ['김정은', 'ㄱ'],
    ['박근혜', 'ㅂ'],
    ['さくら', 'さ'],
    ['カタカナ', 'カ'],
    ['王毅', '#'],
    ['2024 Olympics', '#'],
    ['“Quoted” name', '#'],
    ['  Ana', 'A'],
  ])('%s is filed under %s', (name, letter) => {
    expect(letterOf(name)).toBe(letter);
  });

  test.each([
    ['en', ['A', 'Z', 'Б', 'Д', 'ا', '#']],
    ['ru', ['Б', 'Д', 'A', 'Z', 'ا', '#']],
    ['ar', ['ا', 'A', 'Z', 'Б', 'Д', '#']],
  ])('orders the letters of every script by the %s collation, # last', (locale, letters) => {
    const index = buildEntityIndex([article('a.md', { people: ['Дмитрий', 'Борис', 'Zoe', 'Anna', 'أحمد', '王毅'] })]);
    expect(alphabetical(index.people.values(), locale).map((group) => group.letter)).toEqual(letters);
  });

  test('sorts names within letters and puts # last', () => {
    const index = buildEntityIndex([article('a.md', { people: ['Zhao Lijian', '王毅', 'Émile Zola', 'Chen Xu', 'Eva Braun'] })]);
    const groups = alphabetical(index.people.values(), 'en');
    expect(groups.map((group) => [group.letter, group.entities.map((entity) => entity.name)])).toEqual([
      ['C', ['Chen Xu']],
      ['E', ['Émile Zola', 'Eva Braun']],
      ['Z', ['Zhao Lijian']],
      ['#', ['王毅']],
    ]);
  });

  test('files people by family name when given filingName, agencies and one-word names as written', () => {
    const people = [
      'Michelle Bachelet',
      'Zhao Lijian',
      'Charles de Gaulle',
      'Сергей Лавров',
      'Reuters',
      'Anna Kowalska',
      '王毅',
      'Kim Jong-un',
      'Émile Zola',
    ];
    const index = buildEntityIndex([article('a.md', { people })]);
    const groups = alphabetical(index.people.values(), 'en', filingName);
    expect(groups.map((group) => [group.letter, group.entities.map((entity) => entity.name)])).toEqual([
      ['B', ['Michelle Bachelet']],
      ['G', ['Charles de Gaulle']],
      ['K', ['Kim Jong-un', 'Anna Kowalska']],
      ['R', ['Reuters']],
      ['Z', ['Zhao Lijian', 'Émile Zola']],
      ['Л', ['Сергей Лавров']],
      ['#', ['王毅']],
    ]);
  });
});
