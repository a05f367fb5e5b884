/**
 * Which bylines credit an organisation rather than a person: "Reuters Staff", "The Associated
 * Press", "BBC News", "Staff writer", "Guardian staff and agencies". Citations print such a byline
 * as written (a CSL `literal` name, a braced BibTeX name) instead of splitting it into given and
 * family names ("Staff, R.").
 *
 * The rule, and why each part: a byline is an organisation when
 * 1. it is the article's own source or one of its tagged organisations: the archive already says so;
 * 2. it begins with "The": no person's name does ("The Editorial Board", "The Associated Press");
 * 3. it holds "&" or "+": a firm or a joint credit, never one person ("O'Brien & Sons");
 * 4. it holds a newsroom-credit word (`CREDIT_WORDS`): the words newsrooms sign collective work
 *    with ("Reuters Staff", "Guardian staff and agencies", "BBC News", "Bloomberg News", "Staff
 *    writer", "Metro Desk", "Associated Press", "Agence France-Presse", "The Editors");
 * 5. it holds an acronym of three or more capitals beside words in ordinary case ("BBC Arabic",
 *    "AFP Graphics"): personal initials are one or two letters ("AJ Smith").
 * APA 7 (§9.11, group authors), MLA 9 (corporate author) and the Chicago Manual (17th ed., 14.70,
 * organization as author) all cite such a credit under the organisation's name as written, and
 * CSL-JSON marks an organisation as a `literal` name (citeproc-js manual, "Names").
 *
 * A rule of thumb, so it errs on one side on purpose: a person wrongly taken for an organisation
 * is still printed exactly as bylined ("Eyal Press"), only not inverted; an organisation taken for
 * a person comes out wrong ("Press, A.").
 */

/** The article fields the rule reads (a subset of ArticleData, so plain objects serve in tests). */
export interface BylineContext {
  source?: string | undefined;
  organisations?: readonly string[] | undefined;
}

// Whole words only, in any case; "news" and "press" also match "BBC News" and "Associated Press".
const CREDIT_WORDS =
  /(?:^|[\s,/(-])(?:staff|desk|newsroom|agency|agencies|agence|bureau|editors|editorial|wire|wires|news|press|presse|service|team|correspondents|reporters|writers)(?=$|[\s,.;:/)-])/iu;
// Three or more capitals, as a word of its own ("BBC", "RTÉ"), not a whole name in capitals and
// not a Roman numeral ("John Smith III").
const ACRONYM = /(?:^|\s)(?![IVX]+(?:$|\s))\p{Lu}{3,}(?=$|\s)/u;

const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');

/**
 * Whether a byline credits an organisation (see the rule above); `byline` is one entry of an
 * article's `authors`, `article` its `source` and `organisations`. Comparison with the source and
 * the organisations ignores case and runs of white space.
 * @example isOrganisationByline('Reuters Staff', {}) // true; isOrganisationByline('Jan van der Berg', {}) // false
 */
export function isOrganisationByline(byline: string, article: BylineContext): boolean {
  const name = byline.replace(/\s+/g, ' ').trim();
  const own = key(name);
  if ([article.source, ...(article.organisations ?? [])].some((organisation) => organisation && key(organisation) === own)) return true;
  if (/^the\s/i.test(name) || /[&+]/.test(name) || CREDIT_WORDS.test(name)) return true;
  return ACRONYM.test(name) && name !== name.toLocaleUpperCase('en');
}
