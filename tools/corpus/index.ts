/** The synthetic corpus generator's public surface. */
export {
  generateArticle,
  generateCorpus,
  type ArticleOptions,
  type CorpusLanguage,
  type CorpusOptions,
  type GeneratedArticle,
} from './generate.ts';
export { AUTHORS, ORGANISATIONS, PEOPLE, PLACES, SECTIONS, SOURCES, TOPICS } from './names.ts';
export { countGeneratedWords } from './word-count.ts';
