import { describe, expect, test } from 'vitest';
import { suggestEntities } from '../../../../tools/import/entities.ts';
import { isTitleCaseHeadline, nameSentences } from '../../../../tools/import/entity-sentences.ts';

const all = (text: string) => Object.values(suggestEntities(text)).flat();

describe('nameSentences', () => {
  test.each([
    ['sentences without a capitalised word go', 'Bachelet spoke. the talks ended. Geneva was calm.', 'Bachelet spoke. Geneva was calm.'],
    ['a common word opening a sentence is no name', 'Bachelet spoke. The talks ended. The vote was late in the day.', 'Bachelet spoke. '],
    ['a name opening a sentence is kept', 'The talks ended. Bachelet left the room.', 'Bachelet left the room.'],
    ['a capital after the first word is kept', 'The talks with Iran ended in the night.', 'The talks with Iran ended in the night.'],
    ['a lone "I" is no name', 'The talks ended. then I left the room.', ''],
    ['a word the text writes only in an address is a name', 'see twitter.com now. Twitter said so.', 'Twitter said so.'],
    [
      'a title-case headline with a verb goes',
      'United States to Lift Sudan Sanctions\n\nOfficials in Khartoum welcomed it.',
      'Officials in Khartoum welcomed it.',
    ],
    [
      'a title-case heading with a capitalised function word goes',
      'Story Of Metroid And Its Makers\n\nNintendo made it.',
      'Nintendo made it.',
    ],
    [
      'a line of names stays',
      'Frank Sinatra, Bob Marley, Bruno Mars, Nina Simone\n\nthey sang.',
      'Frank Sinatra, Bob Marley, Bruno Mars, Nina Simone\n\n',
    ],
    [
      'a sentence-case headline stays',
      'Sudan sanctions lifted by United States\n\nit was news.',
      'Sudan sanctions lifted by United States\n\n',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(nameSentences(text)).toBe(expected);
  });
});

describe('junk suggestions', () => {
  const story = (heading: string) => `${heading}\n\nOfficials in Khartoum said on Monday that the talks with Washington went well.`;
  test.each([
    ['a slogan in a title-case headline', story('United States to Lift Sudan Sanctions'), 'Lift Sudan Sanctions'],
    [
      'a title-case headline about a company',
      story('Home Depot Stock Falls After Earnings Report'),
      'Home Depot Stock Falls After Earnings Report',
    ],
    ['a title-case heading', story('Afghanistan During Super Bowl Is Quiet'), 'Afghanistan During Super Bowl'],
    ['one common noun in a heading', 'Progress\n\nThe party said progress was slow in Oslo.', 'Progress'],
    [
      'one common noun only at the start of sentences',
      'Privacy matters. Privacy is a right, Google said. Officials in Oslo agreed.',
      'Privacy',
    ],
    ['a German noun', 'Die Einwilligung der Patienten ist wichtig. Die Dokumentation bleibt beim Arzt in Berlin.', 'Einwilligung'],
    ['a Spanish phrase', 'Los Estados Unidos y América Latina firmaron un acuerdo en Lima el lunes, dijo el ministro.', 'Estados Unidos'],
  ])('%s: no "%s"', (_kind, text, junk) => {
    expect(all(text)).not.toContain(junk);
  });
  test.each([
    [
      'a party named after a common noun',
      'The Progress Party won seats in Oslo, and the Progress Party leader spoke on Monday.',
      'organisations',
      'Progress Party',
    ],
    ['a one-word organisation compromise knows', 'Google said the service would close. Google gave no reason.', 'organisations', 'Google'],
    [
      'a one-word organisation in running text',
      "Russia's Interfax news agency reported the crash, citing Interfax sources in Moscow.",
      'organisations',
      'Interfax',
    ],
    ['a legislature by one word', 'The bill now goes to the Senate, where the Senate votes on Monday.', 'organisations', 'Senate'],
    [
      'a name in a sentence-case headline',
      'Sudan sanctions lifted by United States\n\nOfficials in Khartoum welcomed it.',
      'places',
      'United States',
    ],
    [
      'a name both in a title-case headline and the story',
      'Bachelet Visits Geneva\n\nMichelle Bachelet arrived in Geneva on Monday.',
      'places',
      'Geneva',
    ],
  ] as const)('%s: keeps "%s"', (_kind, text, kind, name) => {
    expect(suggestEntities(text)[kind]).toContain(name);
  });
});

describe('isTitleCaseHeadline', () => {
  test.each([
    ['Floods Hit Valencia Again', true],
    ['Michelle Bachelet Visits Xinjiang', true],
    ['Story of the Year in 2024', true],
    ['Others Never Make It', true],
    ["China says UN has 'closed the door' on cooperation", false],
    ['Floods hit Valencia again', false],
    ['Michelle Bachelet', false],
    ['of Mice and Men Returns', false],
  ])('%s: %s', (title, expected) => {
    expect(isTitleCaseHeadline(title)).toBe(expected);
  });
});
