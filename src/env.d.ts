declare namespace App {
  interface Locals {
    /** Set by an article page for the search indexer; see src/search/build/handoff.ts. */
    searchArticle?: import('./search/build/handoff.ts').IndexedArticle;
  }
}

/** The content layer's map of local content images (Astro 7, content-assets.mjs), keyed by import id. */
declare module 'astro:asset-imports' {
  const images: Map<string, import('astro').ImageMetadata>;
  export default images;
}
