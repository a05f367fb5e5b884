import { describe, expect, test } from 'vitest';
import { ENTITY_KINDS, FILTER_OF_KIND, KIND_OF_FILTER, namesOf, SUBJECT_KINDS } from '../../../src/content/kinds.ts';
import { en } from '../../../src/i18n/en.ts';

const data = { topics: ['China'], people: ['Michelle Bachelet'], places: [], organisations: ['UN'], section: 'World', source: undefined };

describe('entity kinds', () => {
  test('every kind has labels and a search filter that maps back to it', () => {
    for (const kind of ENTITY_KINDS) {
      expect(en.kinds[kind].one).not.toBe('');
      expect(KIND_OF_FILTER[FILTER_OF_KIND[kind]]).toBe(kind);
    }
    expect(new Set(Object.values(FILTER_OF_KIND)).size).toBe(ENTITY_KINDS.length);
  });

  test('subject kinds are entity kinds read from list fields', () => {
    for (const kind of SUBJECT_KINDS) expect(ENTITY_KINDS).toContain(kind);
    expect(SUBJECT_KINDS).not.toContain('sources');
  });

  test.each([
    ['topics', ['China']],
    ['places', []],
    ['sections', ['World']],
    ['sources', []],
  ] as const)('namesOf(%s) lists the names the article gives', (kind, names) => {
    expect(namesOf(data, kind)).toEqual(names);
  });
});
