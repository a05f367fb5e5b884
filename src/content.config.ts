import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { createArticleSchema } from './content/schema.ts';
import { site } from './site.ts';

/**
 * The glob loader, storing frontmatter only. By default it would also render every body and keep
 * body and HTML in the content store, which Astro then loads as one JavaScript module: at 10,000
 * articles that module is 125 MB and compiling it alone takes 16 s, and past ~80,000 it exceeds
 * V8's largest string. Article pages render their own body instead (src/markdown/render.ts).
 */
function frontmatterOnly(loader: Loader): Loader {
  // `entryTypes` is how Astro hands the glob loader each file type's renderer; it is not part of
  // the public loader types, so when absent the loader is used unchanged (and still correct).
  type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, object> };
  return {
    ...loader,
    load: (context: WithEntryTypes) => {
      if (!context.entryTypes) return loader.load(context);
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [extension, { ...type, getRenderFunction: undefined }]),
      );
      return loader.load({ ...context, entryTypes } as WithEntryTypes);
    },
  };
}

/**
 * Articles are Markdown files under the content folder (`CONTENT_DIR`, default content/articles).
 * The entry id is the file's path inside that folder, so every schema error names the file.
 */
const articles = defineCollection({
  loader: frontmatterOnly(
    glob({
      pattern: '**/*.md',
      base: site.contentDir,
      generateId: ({ entry }) => entry,
      retainBody: false,
    }),
  ),
  schema: createArticleSchema({ timeZone: site.timeZone }),
});

export const collections = { articles };
