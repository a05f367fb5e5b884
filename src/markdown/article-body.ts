/**
 * Facts about an article that need its body, computed when its page is rendered.
 */
import { countWords, readingMinutes } from './reading-time.ts';

export interface BodyFacts {
  readingMinutes: number;
  /** The standfirst to show under the headline; absent when it only repeats the first paragraph. */
  standfirst?: string | undefined;
}

/**
 * True when the description is just the body's opening paragraph, as it is for imported
 * articles: showing it twice would make the page stutter.
 */
export function repeatsLead(description: string | undefined, markdown: string): boolean {
  if (!description) return false;
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lead = squash(markdown.trimStart().split(/\n\s*\n/, 1)[0] ?? '');
  return lead === squash(description);
}

/**
 * Reading time and the standfirst to show, from the Markdown body and the description.
 * `wordCount`: the body's words when the caller has counted them already (countWords).
 */
export function bodyFacts(markdown: string, description: string | undefined, wordCount = countWords(markdown)): BodyFacts {
  return {
    readingMinutes: readingMinutes(wordCount),
    standfirst: repeatsLead(description, markdown) ? undefined : description,
  };
}
