import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createArticleSchema } from './lib/article-schema.ts';
import { site } from './site.ts';

/**
 * Articles are Markdown files under the content folder (`CONTENT_DIR`, default content/articles).
 * The entry id is the file's path inside that folder, so every schema error names the file.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: site.contentDir,
    generateId: ({ entry }) => entry,
  }),
  schema: createArticleSchema({ timeZone: site.timeZone }),
});

export const collections = { articles };
