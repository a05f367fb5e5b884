/**
 * The interface's counted phrases in English. Components never pluralise by hand: they call
 * `count()` from src/i18n/index.ts with one of these keys. Other languages add a dictionary of
 * the same shape.
 */
import type { PluralForms } from './format.ts';

export const counted = {
  articles: { one: '{count} article', other: '{count} articles' },
  results: { one: '{count} result', other: '{count} results' },
  corrections: { one: 'Correction', other: 'Corrections' },
  shards: { one: '{count} shard', other: '{count} shards' },
  changes: { one: '{count} correction or update', other: '{count} corrections and updates' },
} satisfies Record<string, PluralForms>;

export type CountedKey = keyof typeof counted;

/**
 * Interface text of the research pages (authors, citations, corrections, storylines, open data)
 * in English, in one place so a translation replaces them together. `{name}`-style slots are
 * filled with `fill()` from src/i18n/index.ts.
 */
export const researchStrings = {
  byline: { by: 'By', authorLink: 'Articles by {name}' },
  authors: {
    indexDescription: 'Everyone with a byline in the archive, A to Z, with the number of articles by each.',
    pageDescription: 'Articles by {name}, newest first.',
    feedLink: 'RSS feed of articles by {name}',
    feedDescription: 'The latest articles by {name}.',
  },
  cite: {
    heading: 'Cite this article',
    styles: { apa: 'APA (7th edition)', mla: 'MLA (9th edition)', chicago: 'Chicago (notes and bibliography)' },
    accessed: 'Styles that ask for it want the date you read the article: add it yourself.',
    downloads: 'Download the reference',
    formats: { bib: 'BibTeX', ris: 'RIS', json: 'CSL-JSON' },
    wayback: 'The original in the Wayback Machine',
  },
  corrections: {
    title: 'Corrections and updates',
    description: 'Every correction and update published in the archive, newest first.',
    intro: 'Every correction and update published in the archive, newest first, with the article it changed.',
    none: 'No article in the archive has been corrected or updated.',
    pagerLabel: 'Pages of corrections and updates',
    correction: 'Correction',
    update: 'Updated',
    updateText: 'The article was updated.',
    feedLink: 'RSS feed of corrections and updates',
    feedTitle: '{site} — corrections and updates',
    updatedLine: 'Updated',
  },
  storylines: {
    title: 'Storylines',
    description: 'Running stories in the archive, A to Z, with the number of articles and the dates each covers.',
    intro: 'Running stories followed across several articles, A to Z.',
    none: 'No article in the archive belongs to a storyline yet.',
    span: '{from} to {to}',
    timelineDescription: 'The story of {name}, from its first article to its latest.',
    kicker: 'Storyline',
    breadcrumb: 'Storylines',
    partOf: 'Part of',
    position: '{position} of {total}',
    previous: 'Previous in this story',
    next: 'Next in this story',
    navLabel: 'Storyline: {name}',
  },
  data: {
    title: 'Open data',
    description: 'The archive’s metadata as open data: a CSV and a JSON Lines file per year, with a Frictionless Data Package.',
    intro:
      'Every published article’s metadata, a row per article, one file per year, to analyse in a spreadsheet, R, Python or any tool that reads CSV or JSON Lines.',
    filesHeading: 'Files',
    year: 'Year',
    articles: 'Articles',
    formats: 'Download',
    package: 'Data Package descriptor (datapackage.json) for Frictionless tools',
    fieldsHeading: 'Fields',
    field: 'Field',
    type: 'Type',
    meaning: 'Meaning',
    listNote: 'List fields hold several values: in CSV they are separated by “; ”, in JSON Lines they are arrays.',
    licenceHeading: 'Licence',
    sameAsSite: 'The same terms as the rest of {site}.',
    licenceNamed: 'The data is published under {licence}.',
    fullText: 'The files include each article’s full text (the text field), in Markdown.',
    noFullText: 'The files hold metadata only, not the articles’ text.',
    sameAsSiteTitle: 'Same terms as {site}',
  },
} as const;
