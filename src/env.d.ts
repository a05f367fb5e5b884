declare namespace App {
  interface Locals {
    /** Set by an article page for the search indexer; see src/search/build/handoff.ts. */
    searchArticle?: import('./search/build/handoff.ts').IndexedArticle;
  }
}
