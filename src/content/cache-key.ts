/**
 * The settings that shape what the content store holds. Astro keeps parsed entries between builds
 * and re-parses a file only when its bytes change (its digest), and clears the store only when
 * astro.config or src/content.config.ts change. Parsed data also depends on settings read from
 * the environment (a bare date is a day in TIME_ZONE) and on the schema's code, so the collection
 * is cleared whenever this key changes.
 */
export interface ContentSettings {
  /** IANA zone bare dates are read in. */
  timeZone: string;
  /** Site language (BCP 47), the default of an article's `lang`. */
  lang: string;
  /** URL base path, e.g. `/archive/`. */
  base: string;
  /** Content folder, resolved to an absolute path. */
  contentDir: string;
  /** SCHEMA_VERSION from src/content/schema.ts: raised whenever parsing or validation changes meaning. */
  schemaVersion: number;
}

/** A stable string naming every setting, so equal settings give equal keys (key order fixed). */
export function contentCacheKey(settings: ContentSettings): string {
  const { timeZone, lang, base, contentDir, schemaVersion } = settings;
  return JSON.stringify({ timeZone, lang, base, contentDir, schemaVersion });
}
