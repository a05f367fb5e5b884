/** Inputs and checks shared by the XML output tests. */
import { expect } from 'vitest';

/** Every character class that has broken a feed: markup, quotes, curly quotes, emoji and a control character. */
export const HOSTILE = 'Ministers & envoys say “no deal” as talks <stall> in "Zürich" it\'s 🌍\u0007';

/** Any `&` must start an entity and no raw `<` may sit inside text: the XML is well-formed. */
export function expectWellFormedText(xml: string) {
  expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  for (const text of xml.split(/<[^<>]+>/)) expect(text).not.toMatch(/[<>]/);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
}
