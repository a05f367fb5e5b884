import { describe, expect, test } from 'vitest';
import { enrichArticle, MAX_PER_KIND } from '../../../../tools/examples/wikinews.ts';
import { ArchiveNames } from '../../../../tools/import/entity-names.ts';
import { parseArticle } from '../../../../tools/import/markdown.ts';

const article = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}`;
const BODY =
  'President Emmanuel Macron went to the scene in Paris, France. The French Civil Security service said water bombing was disallowed. Macron cancelled an address.\n';
const HEAD = 'title: "Notre Dame in Paris catches fire"\ndate: "2019-04-16"\nsource: "Wikinews"\ncredit: "Wikinews, CC BY 2.5"';

describe('enrichArticle', () => {
  test('adds the suggested people, places and organisations and keeps the body byte for byte', () => {
    const out = enrichArticle(article(HEAD, BODY));
    const { frontmatter } = parseArticle(out);
    expect(frontmatter).toMatchObject({
      title: 'Notre Dame in Paris catches fire',
      date: '2019-04-16',
      credit: 'Wikinews, CC BY 2.5',
      people: ['Emmanuel Macron'],
      places: expect.arrayContaining(['Paris', 'France']),
      organisations: expect.arrayContaining(['French Civil Security']),
    });
    expect(out.endsWith(`---\n\n${BODY}`)).toBe(true);
  });
  test('keeps names the file already has first and does not repeat them', () => {
    const { frontmatter } = parseArticle(enrichArticle(article(`${HEAD}\nplaces: ["Île-de-France", "paris"]`, BODY)));
    expect((frontmatter as { places: string[] }).places).toEqual(['Île-de-France', 'paris', 'France']);
  });
  test('spells a suggested name as an earlier article of the archive did, so both share one subject page', () => {
    const names = new ArchiveNames();
    enrichArticle(article(`${HEAD}\nplaces: ["GENEVA"]`, 'Talks in Geneva. Officials met in Geneva again.\n'), names);
    const { frontmatter } = parseArticle(enrichArticle(article(HEAD, 'Talks in Geneva. Officials met in Geneva again.\n'), names));
    expect((frontmatter as { places: string[] }).places).toContain('GENEVA');
    expect((frontmatter as { places: string[] }).places).not.toContain('Geneva');
  });
  test('spells a name the file already has as an earlier article did, so the build never meets two spellings of one address', () => {
    const names = new ArchiveNames();
    enrichArticle(article(`${HEAD}\nplaces: ["Río"]`, BODY), names);
    const { frontmatter } = parseArticle(enrichArticle(article(`${HEAD}\nplaces: ["Rio"]`, BODY), names));
    expect((frontmatter as { places: string[] }).places[0]).toBe('Río');
  });
  test(`suggests at most ${MAX_PER_KIND} names of a kind`, () => {
    const towns = ['Lyon', 'Lille', 'Nantes', 'Rennes', 'Dijon', 'Nice', 'Metz', 'Brest', 'Reims', 'Tours'];
    const body = `${towns.map((town) => `Protests spread to ${town}, France.`).join(' ')}\n`;
    const { frontmatter } = parseArticle(enrichArticle(article(HEAD, body)));
    expect((frontmatter as { places: string[] }).places.length).toBeLessThanOrEqual(MAX_PER_KIND);
  });
  test.each([
    ['a file without frontmatter', 'Just text.\n', /no frontmatter/],
    ['a field the demo does not carry', article(`${HEAD}\nrating: "5"`, BODY), /rating/],
    ['a file that is not a valid article', article('title: "No date"', BODY), /not a valid article/],
  ])('rejects %s', (_case, input, message) => {
    expect(() => enrichArticle(input)).toThrow(message);
  });
});
