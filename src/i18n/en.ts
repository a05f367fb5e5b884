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
} as const;
