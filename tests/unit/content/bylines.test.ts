import { describe, expect, test } from 'vitest';
import { isOrganisationByline } from '../../../src/content/bylines.ts';

describe('isOrganisationByline', () => {
  test.each([
    // Newsroom-credit words, in any case and place.
    'Reuters Staff',
    'Staff',
    'Staff writer',
    'NPR staff',
    'Guardian staff and agencies',
    'BBC News',
    'Bloomberg News',
    'Associated Press',
    'Metro Desk',
    'Reuters Newsroom',
    'Tribune News Service',
    'Agence France-Presse',
    'Xinhua News Agency',
    'Moscow Bureau',
    'The Editors',
    'Politics Team',
    'Wires',
    'Our Correspondents',
    // "The" first, an ampersand or plus.
    'The Associated Press',
    'The Editorial Board',
    "O'Brien & Sons",
    'Smith + Partners',
    // An acronym of three or more capitals beside ordinary words.
    'AFP Graphics',
    'RTÉ Sport',
  ])('%s is an organisation', (byline) => {
    expect(isOrganisationByline(byline, {})).toBe(true);
  });

  test.each([
    'Anna Kowalska',
    'Jan van der Berg',
    "Ngũgĩ wa Thiong'o",
    'Martin Luther King Jr.',
    // Credit words only as whole words: a surname that begins like one is a person's.
    'Jane Newsome',
    'Ann Pressley',
    'Tom Staffordshire',
    'Deskin Brown',
    // Initials of one or two letters, and a whole name in capitals.
    'AJ Smith',
    'JANE DOE',
    'Theodora Lee',
    'John Smith III',
    'Louis XIV Dupont',
  ])('%s is a person', (byline) => {
    expect(isOrganisationByline(byline, {})).toBe(false);
  });

  test.each([
    ['Example Wire', { source: 'Example Wire' }],
    ['EXAMPLE  Wire', { source: 'example wire' }],
    ['Human Rights Watch', { organisations: ['Human Rights Watch'] }],
    ['Médecins Sans Frontières', { source: 'Le Monde', organisations: ['UN', 'Médecins Sans Frontières'] }],
  ])('%s is an organisation when the article names it as its source or an organisation', (byline, article) => {
    expect(isOrganisationByline(byline, article)).toBe(true);
    expect(isOrganisationByline(byline, {})).toBe(byline === 'Example Wire' || byline === 'EXAMPLE  Wire');
  });
});
