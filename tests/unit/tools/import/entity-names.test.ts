import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildEntityIndex, type EntitySource } from '../../../../src/archive/entities.ts';
import { parseFrontmatter } from '../../../../src/content/frontmatter.ts';
import { ENTITY_KINDS, type EntityKind } from '../../../../src/content/kinds.ts';
import { createArticleSchema } from '../../../../src/content/schema.ts';
import { slugify } from '../../../../src/content/slug.ts';
import { ArchiveNames, namesInFrontmatter } from '../../../../tools/import/entity-names.ts';
import { importFiles, type ImportOptions } from '../../../../tools/import/index.ts';
import { tempDir } from './helpers.ts';

const nfd = (text: string) => text.normalize('NFD');

// [what differs, kind, name already in the archive, name suggested now, name written]
const COLLISIONS: Array<[string, EntityKind, string, string, string]> = [
  ['an accent added', 'places', 'Rio', 'Río', 'Rio'],
  ['an accent dropped', 'places', 'Río', 'Rio', 'Río'],
  ['letter case', 'organisations', 'UNESCO', 'Unesco', 'UNESCO'],
  ['a hyphen for a space', 'places', 'United States', 'United-States', 'United States'],
  ['a full stop', 'places', 'St Louis', 'St. Louis', 'St Louis'],
  ['a curly apostrophe', 'places', "Côte d'Ivoire", 'Côte d’Ivoire', "Côte d'Ivoire"],
  ['an apostrophe dropped', 'people', "Conan O'Brien", 'Conan OBrien', "Conan O'Brien"],
  ['an ampersand spelt out', 'organisations', 'Procter & Gamble', 'Procter and Gamble', 'Procter & Gamble'],
  ['decomposed Unicode (NFD) against composed (NFC)', 'people', 'José Martí', nfd('José Martí'), 'José Martí'],
  ['composed Unicode against decomposed', 'people', nfd('José Martí'), 'José Martí', nfd('José Martí')],
  ['a letter without a decomposition', 'people', 'Bjørn Dæhlie', 'Bjorn Daehlie', 'Bjørn Dæhlie'],
  ['Cyrillic and its transliteration', 'places', 'Москва', 'Moskva', 'Москва'],
  ['Greek and its transliteration', 'places', 'Αθήνα', 'Athina', 'Αθήνα'],
  ['doubled spaces', 'people', 'Michelle Bachelet', 'Michelle  Bachelet', 'Michelle Bachelet'],
  ['a byline name in another case', 'authors', 'Jane Doe', 'JANE DOE', 'Jane Doe'],
  ['a topic with an accent', 'topics', 'Café culture', 'Cafe culture', 'Café culture'],
];

// [why they stay apart, kind, name in the archive, name suggested now]
const DISTINCT: Array<[string, EntityKind, string, string]> = [
  ['different letters', 'places', 'Georgia', 'George'],
  ['dotted initials are another slug', 'places', 'U.S.', 'US'],
  ['a different script with no transliteration', 'places', '北京', 'Beijing'],
];

describe('ArchiveNames.settle', () => {
  test.each(COLLISIONS)('%s: "%s" in %s is written as the archive spells it', (_, kind, existing, suggested, written) => {
    expect(slugify(existing)).toBe(slugify(suggested));
    const names = new ArchiveNames();
    names.add({ [kind]: [existing] });
    expect(names.settle(kind, [suggested])).toEqual([written]);
  });
  test.each(DISTINCT)('%s: "%s" is kept', (_, kind, existing, suggested) => {
    const names = new ArchiveNames();
    names.add({ [kind]: [existing] });
    expect(names.settle(kind, [suggested])).toEqual([suggested]);
  });
  test.each(COLLISIONS)('%s: the same slug under another kind keeps its own spelling', (_, kind, existing, suggested) => {
    const other = ENTITY_KINDS.find((candidate) => candidate !== kind) as EntityKind;
    const names = new ArchiveNames();
    names.add({ [other]: [existing] });
    expect(names.settle(kind, [suggested])).toEqual([suggested]);
  });
  test('within one list, the first spelling of an address wins and the others are dropped', () => {
    expect(new ArchiveNames().settle('places', ['Rio', 'Geneva', 'Río', nfd('Río'), 'RIO'])).toEqual(['Rio', 'Geneva']);
  });
  test('the first spelling the archive met is kept when the archive itself has two', () => {
    const names = new ArchiveNames();
    names.add({ places: ['Río'] });
    names.add({ places: ['Rio'] });
    expect(names.settle('places', ['RIO'])).toEqual(['Río']);
  });
  test('settleFrontmatter settles list and single-name fields and leaves the rest alone', () => {
    const names = new ArchiveNames();
    names.add({ places: ['Rio'], sections: ['Wörld'], sources: ['The Independent'], authors: ['Jane Doe'] });
    const settled = names.settleFrontmatter({
      title: 'Río',
      places: ['Río', 'Geneva'],
      section: 'World',
      source: 'the independent ',
      authors: ['JANE DOE'],
    });
    expect(settled).toEqual({
      title: 'Río',
      places: ['Rio', 'Geneva'],
      section: 'Wörld',
      source: 'The Independent',
      authors: ['Jane Doe'],
    });
  });
});

describe('namesInFrontmatter', () => {
  test('reads every kind from its field, trimmed, ignoring values of the wrong type', () => {
    expect(
      namesInFrontmatter({ places: [' Rio ', 3, ''], people: 'Not a list entry?', section: 'World', source: ['x'], authors: ['Jane Doe'] }),
    ).toEqual({
      topics: [],
      people: ['Not a list entry?'],
      places: ['Rio'],
      organisations: [],
      sections: ['World'],
      sources: ['x'],
      authors: ['Jane Doe'],
    });
  });
  test('an article without frontmatter names nothing', () => {
    expect(Object.values(namesInFrontmatter(undefined)).flat()).toEqual([]);
  });
});

describe('an import never produces two spellings of one address', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let options: ImportOptions;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    options = { contentDir: path.join(dir, 'articles'), cwd: dir, timeZone: 'UTC', date: '2022-09-10' };
  });
  afterEach(() => cleanup());

  const story = (headline: string, place: string) =>
    `${headline}\n\nThe mayor of ${place} said on Friday that the river had risen. Residents of ${place} were moved to schools.\n\nOfficials in ${place} expect the water to fall by Monday.\n`;

  /** Every article under the content folder as the build reads it, through the build's own collision check. */
  async function buildIndex() {
    const schema = createArticleSchema({ timeZone: 'UTC' });
    const files = (await readdir(options.contentDir, { recursive: true })).filter((file) => file.endsWith('.md')).sort();
    const sources: EntitySource[] = [];
    for (const file of files) {
      const { data } = parseFrontmatter(await readFile(path.join(options.contentDir, file), 'utf8'), file);
      sources.push({ filePath: file, data: schema.parse(data) });
    }
    return buildEntityIndex(sources);
  }

  test('a suggestion takes the spelling of an article already in the archive, and the build accepts the archive', async () => {
    const existing = path.join(options.contentDir, '2022/08/older.md');
    await mkdir(path.dirname(existing), { recursive: true });
    await writeFile(existing, '---\ntitle: Floods in Rio\ndate: 2022-08-01\nplaces:\n  - Rio\ntopics:\n  - Floods\n---\n\nText.\n');
    await writeFile(path.join(dir, 'new.txt'), story('River rises in Río', 'Río'));
    const report = await importFiles(['new.txt'], { ...options, topics: ['floods'] });
    expect(report.failed).toEqual([]);
    const markdown = report.created[0]?.markdown ?? '';
    expect(markdown).toMatch(/places:\n {2}- Rio\n/);
    expect(markdown).toMatch(/topics:\n {2}- Floods\n/);
    expect(markdown).not.toContain('- Río');
    const index = await buildIndex();
    expect(index.places.get('rio')?.articles).toHaveLength(2);
  });

  test('later items of one batch take the spelling of earlier ones, with or without worker threads', async () => {
    const inputs = ['a.txt', 'b.txt', 'c.txt'];
    await writeFile(path.join(dir, 'a.txt'), story('River rises in Río', 'Río'));
    await writeFile(path.join(dir, 'b.txt'), story('Schools close in Rio', 'Rio'));
    await writeFile(path.join(dir, 'c.txt'), story(`Boats reach ${nfd('Río')}`, nfd('Río')));
    for (const threads of [0, 2]) {
      const report = await importFiles(inputs, { ...options, dryRun: true, threads });
      expect(report.created.map((entry) => /places:\n {2}- (.*)\n/.exec(entry.markdown)?.[1])).toEqual(['Río', 'Río', 'Río']);
    }
    await importFiles(inputs, options);
    expect((await buildIndex()).places.get('rio')?.articles).toHaveLength(3);
  });

  test('the same archive written without the register stops the build, so the check above can fail', async () => {
    const raw = (file: string, place: string) => ({
      filePath: file,
      data: { ...createArticleSchema({ timeZone: 'UTC' }).parse({ title: 't', date: '2022-09-10' }), places: [place] },
    });
    expect(() => buildEntityIndex([raw('a.md', 'Río'), raw('b.md', 'Rio')])).toThrow(/"Río" \(in a\.md\) and "Rio" \(in b\.md\)/);
  });

  test('the same slug under two kinds is two addresses, which the build accepts', () => {
    const base = createArticleSchema({ timeZone: 'UTC' }).parse({ title: 't', date: '2022-09-10' });
    const index = buildEntityIndex([
      { filePath: 'a.md', data: { ...base, places: ['Georgia'] } },
      { filePath: 'b.md', data: { ...base, people: ['Georgía'] } },
    ]);
    expect([index.places.get('georgia')?.name, index.people.get('georgia')?.name]).toEqual(['Georgia', 'Georgía']);
  });
});
