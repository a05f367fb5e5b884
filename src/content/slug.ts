/**
 * Readable, stable URL slugs for names in any script.
 * Latin diacritics are folded ("Zürich" → "zurich"), Cyrillic and Greek are transliterated,
 * and scripts without a Latin reading (Chinese, Arabic…) are kept as Unicode letters, which
 * browsers show as typed. A name with no letters at all gets a short stable hash.
 */

/**
 * Latin letters that Unicode gives no decomposition, so removing accents (NFKD) leaves them as
 * they are; each is written with the plain letters readers type instead. Shared with the search
 * index, which folds them the same way (src/search/build/fold.ts).
 */
export const LATIN_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

const TRANSLITERATION: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ...LATIN_WITHOUT_DECOMPOSITION,
};

/** FNV-1a, base 36: short, stable, dependency-free. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Slugs already made, by name. A build slugs the same names on every page that links them (each
 * byline and entity link of 10,000 article pages): 1.5 s of a 10,000-article build's CPU profile.
 */
const slugs = new Map<string, string>();
/** Most names remembered before the memo starts again, bounding its memory. */
const SLUG_MEMO_LIMIT = 100_000;

/**
 * Slug for a display name.
 * @example slugify('Michelle Bachelet') // 'michelle-bachelet'
 * @example slugify('Moscow / Москва') // 'moscow-moskva'
 */
export function slugify(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size >= SLUG_MEMO_LIMIT) slugs.clear();
    slug = makeSlug(name);
    slugs.set(name, slug);
  }
  return slug;
}

/**
 * Invisible hints inside a word that do not change it: the soft hyphen (where to hyphenate), the
 * zero-width space (where to break), the word joiner and U+FEFF. "Vladi\u00ADmir Putin" is Vladimir
 * Putin (a real page writes him so); without this he got a second page, /people/vladi-mir-putin/.
 * Not the zero-width joiners (U+200C, U+200D), which change how Persian or Devanagari is written.
 */
const WORD_HINTS = /[\u00AD\u200B\u2060\uFEFF]/g;

/**
 * `name` without invisible hyphenation and line-break hints (see WORD_HINTS): the same name for
 * slugs, for comparing spellings and for display.
 * @example withoutWordHints('Vladi\u00ADmir') // 'Vladimir'
 */
export function withoutWordHints(name: string): string {
  return name.replace(WORD_HINTS, '');
}

function makeSlug(written: string): string {
  const name = withoutWordHints(written);
  const transliterate = (text: string) => text.replace(/./gu, (char) => TRANSLITERATION[char] ?? char);
  // Transliterate before and after removing accents: "й" must become "y" before NFKD splits it
  // into "и" plus a breve, while accented Greek letters only match the table once bare. Only
  // Latin, Greek and Cyrillic marks are accents; in Devanagari, Thai or Japanese a mark is part of
  // the letter (the vowel sign of "हिन्दी", the dakuten of "ガ"), so it stays, recomposed by NFC.
  const folded = transliterate(
    transliterate(name.normalize('NFC').toLowerCase())
      .normalize('NFKD')
      .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1'),
  ).normalize('NFC');
  const slug = folded
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `n-${shortHash(name.trim())}` : slug;
}

export interface SlugCollision {
  slug: string;
  names: [string, string];
}

/**
 * Assigns each distinct name its slug and reports names that would share one.
 * Names differing only in case or surrounding space are treated as the same name.
 */
export function slugMap(names: Iterable<string>): { bySlug: Map<string, string>; collisions: SlugCollision[] } {
  const bySlug = new Map<string, string>();
  const collisions: SlugCollision[] = [];
  for (const name of names) {
    const slug = slugify(name);
    const existing = bySlug.get(slug);
    if (existing === undefined) bySlug.set(slug, name);
    else if (existing.trim().toLowerCase() !== name.trim().toLowerCase()) collisions.push({ slug, names: [existing, name] });
  }
  return { bySlug, collisions };
}

/**
 * Longest path segment, in UTF-8 bytes, that every common file system stores: NAME_MAX is 255
 * bytes on ext4, XFS and btrfs (Linux limits.h) and 255 UTF-16 units on APFS and NTFS, which
 * 255 UTF-8 bytes never exceed. A slug becomes a folder name in dist/ (`<slug>/index.html`).
 */
export const MAX_SEGMENT_BYTES = 255;

const utf8 = new TextEncoder();

/** Length of `text` in UTF-8 bytes. */
export function utf8Length(text: string): number {
  return utf8.encode(text).length;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Shortens a slug to at most `maxBytes` UTF-8 bytes without splitting a character (whole
 * grapheme clusters, so no surrogate half or lone combining mark is left), preferring to cut
 * at a hyphen in the second half so words stay whole; a slug that fits is returned unchanged.
 * @example fitSlug('wasserknappheit-in-der-region', 20) // 'wasserknappheit-in'
 */
export function fitSlug(slug: string, maxBytes = MAX_SEGMENT_BYTES): string {
  if (utf8Length(slug) <= maxBytes) return slug;
  let cut = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(slug)) {
    const size = utf8Length(segment);
    if (bytes + size > maxBytes) break;
    cut += segment;
    bytes += size;
  }
  const boundary = cut.lastIndexOf('-');
  const words = boundary > cut.length / 2 ? cut.slice(0, boundary) : cut;
  return words.replace(/-+$/, '');
}

/**
 * The slug of an article file: its name without folders or extension, in lower case (Unicode
 * default case mapping, NFC) because hosts on macOS and Windows file systems and many CDNs treat
 * `Strike.md` and `strike.md` as one address; shortened to fit a path segment.
 */
export function fileSlug(filePath: string): string {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  return fitSlug(
    name
      .replace(/\.(md|markdown)$/i, '')
      .normalize('NFC')
      .toLowerCase(),
  );
}
