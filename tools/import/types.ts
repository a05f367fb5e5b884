/**
 * Shared shapes of the importer: what a reader finds in one input, and what a batch reports.
 */
import type { Root } from 'mdast';

/** What a reader (plain text or HTML) found in one input, before command-line values and validation. */
export interface ParsedInput {
  title?: string;
  /** As found in the input: a date, or a date-time with its zone. */
  date?: string;
  description?: string;
  authors: string[];
  sourceUrl?: string;
  /** Publication, e.g. from og:site_name. */
  source?: string;
  /** Place the story was filed from, e.g. "Geneva", taken off the start of the body. */
  dateline?: string;
  credit?: string;
  lang?: string;
  /** Topics the input names (feed categories and tags), added to --topics. */
  topics?: string[];
  /** A draft (WXR status other than publish): written with `draft: true`, never published. */
  draft?: boolean;
  /**
   * Lead image: the page's og:image (alt from og:image:alt when given), an http(s) or, for a saved
   * page, `file:` URL until tools/import/images-store.ts stores it and fills in the alt.
   */
  image?: { src: string; alt?: string; credit?: string };
  /** The article body, without the headline or the credit line. */
  body: Root;
  /** Things an editor should look at, e.g. a relative link that could not be resolved. */
  warnings: string[];
  /**
   * Fields of an input that already is an article (Markdown with frontmatter) that no field above
   * carries (`updated`, `slug`, `section`, `people`, `places`, `organisations`, `storyline`,
   * `corrections`), already checked against the schema: written as they are, winning over the
   * command line's values and the suggested entities.
   */
  fields?: Record<string, unknown>;
  /** Images left out of the body before any reading (a data: URI), for the "Images not stored" summary. */
  refusedImages?: RefusedImage[];
}

/** An image the article names but the archive does not store: how to name it, and why. */
export interface RefusedImage {
  url: string;
  reason: string;
}

/** An input that cannot become an article; the message is shown to the editor as the reason. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** One article written (or, in a dry run, that would be written). */
export interface CreatedEntry {
  input: string;
  /** Path of the article file, relative to the content folder, e.g. `2022/09/<slug>.md`. */
  path: string;
  title: string;
  markdown: string;
  /** Where the previous version was put aside when `force` replaced a duplicate. */
  backup?: string;
  /** Images stored next to it, relative to the content folder (`YYYY/MM/images/<hash>.<ext>`). */
  images?: string[];
}

/** An input left out: already in the archive, or not meant to be published (a draft). */
export interface SkippedEntry {
  input: string;
  reason: string;
  /** The existing article, relative to the content folder, when it is skipped as a duplicate. */
  existing?: string;
}

/** An input that could not be imported, with the reason. */
export interface FailedEntry {
  input: string;
  reason: string;
}

/** The outcome of a batch: every input lands in exactly one of created, skipped or failed. */
export interface ImportReport {
  created: CreatedEntry[];
  skipped: SkippedEntry[];
  failed: FailedEntry[];
  warnings: Array<{ input: string; message: string }>;
  /** Images that could not be stored in the archive: their URL and why (the article keeps the link). */
  unavailableImages?: Array<{ input: string; url: string; reason: string }>;
  dryRun: boolean;
}
