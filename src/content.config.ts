import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { contentCacheKey } from './content/cache-key.ts';
import { parseFrontmatter } from './content/frontmatter.ts';
import { createArticleSchema, SCHEMA_VERSION } from './content/schema.ts';
import { site } from './site.ts';

const cacheKey = contentCacheKey({
  timeZone: site.timeZone,
  lang: site.lang,
  base: site.base,
  contentDir: resolve(site.contentDir),
  schemaVersion: SCHEMA_VERSION,
});

/**
 * The glob loader with the archive's reading rules:
 * - frontmatter only: by default it would also render every body and keep body and HTML in the
 *   content store, which Astro then loads as one JavaScript module: at 10,000 articles that module
 *   is 125 MB and compiling it alone takes 16 s, and past ~80,000 it exceeds V8's largest string.
 *   Article pages render their own body instead (src/markdown/render.ts);
 * - frontmatter parsed as YAML 1.2 (src/content/frontmatter.ts), so dates reach the schema as the
 *   author's text, not as a JavaScript Date;
 * - the stored collection is cleared when a setting that shapes parsed data changes
 *   (src/content/cache-key.ts): a rebuild then equals a clean build.
 */
function archiveLoader(loader: Loader): Loader {
  // `entryTypes` is how Astro hands the glob loader each file type's parser and renderer; it is not
  // part of the public loader types, so when absent the loader is used unchanged.
  type EntryType = { getEntryInfo?: unknown; getRenderFunction?: unknown };
  type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };
  return {
    ...loader,
    load: async (context: WithEntryTypes) => {
      if (context.meta.get('settings') !== cacheKey) {
        context.store.clear();
        context.meta.set('settings', cacheKey);
      }
      if (!context.entryTypes) return loader.load(context);
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getRenderFunction: undefined,
            ...(extension === '.md' && {
              getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
                const { data } = parseFrontmatter(contents, decodeURIComponent(fileUrl.pathname));
                return { data, body: '', slug: typeof data.slug === 'string' ? data.slug : '', rawData: '' };
              },
            }),
          },
        ]),
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
  loader: archiveLoader(
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
