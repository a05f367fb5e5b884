import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filePathOf, importPath, localImageReferences, missingImageMessage } from './markdown/local-images.ts';
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
 *   (src/content/cache-key.ts): a rebuild then equals a clean build;
 * - images stored next to an article (src/markdown/local-images.ts) are handed to Astro's image
 *   pipeline as the entry's `assetImports`, as Astro does for the Markdown it renders itself, and a
 *   missing one fails the build naming the article, the field and the fix.
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
      // Local images per entry id, found while reading each file and attached when it is stored.
      const images = new Map<string, string[]>();
      const contentDir = resolve(site.contentDir);
      const store = new Proxy(context.store, {
        get(target, property) {
          if (property === 'set')
            return (entry: Parameters<typeof target.set>[0]) =>
              target.set({ ...entry, ...(images.get(entry.id)?.length ? { assetImports: images.get(entry.id) } : {}) });
          const value = Reflect.get(target, property);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getRenderFunction: undefined,
            ...(extension === '.md' && {
              getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
                const file = fileURLToPath(fileUrl);
                const { data, body } = parseFrontmatter(contents, file);
                const lead = (data.image as { src?: unknown } | undefined)?.src;
                const references = localImageReferences(body, typeof lead === 'string' ? lead : undefined);
                for (const reference of references) {
                  const expected = resolve(dirname(file), filePathOf(reference.src));
                  if (!existsSync(expected)) throw new Error(missingImageMessage(file, reference, expected));
                }
                images.set(
                  relative(contentDir, file).split(sep).join('/'),
                  references.map((reference) => importPath(reference.src)),
                );
                return { data, body: '', slug: typeof data.slug === 'string' ? data.slug : '', rawData: '' };
              },
            }),
          },
        ]),
      );
      return loader.load({ ...context, store, entryTypes } as WithEntryTypes);
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
