/**
 * The interface's counted phrases in English. Components never pluralise by hand: they call
 * `count()` from src/i18n/index.ts with one of these keys. Other languages add a dictionary of
 * the same shape.
 */
import type { PluralForms } from './format.ts';

export const counted = {
  articles: { one: '{count} article', other: '{count} articles' },
  results: { one: '{count} result', other: '{count} results' },
  corrections: { one: 'Correction', other: 'Corrections' },
  shards: { one: '{count} shard', other: '{count} shards' },
} satisfies Record<string, PluralForms>;

export type CountedKey = keyof typeof counted;
