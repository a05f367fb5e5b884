/**
 * Precision and recall of entity suggestions against hand-made gold lists, so changes to the
 * recogniser can be measured rather than eyeballed (see scripts/entity-eval.ts).
 */
import type { EntitySuggestions } from './entities.ts';

export type EntityKind = keyof EntitySuggestions;
export const ENTITY_KINDS: EntityKind[] = ['people', 'places', 'organisations'];

/** Expected names for one text; `acceptable` names are neither required nor counted as errors. */
export interface EntityGold extends EntitySuggestions {
  acceptable?: Partial<EntitySuggestions>;
}

export interface EntityScore {
  gold: number;
  found: number;
  correct: string[];
  acceptable: string[];
  wrong: string[];
  missed: string[];
}

// Case, a leading article and a closing full stop do not make another name: "The Guardian" is
// "Guardian", "Robert Cummings Sr." is "Robert Cummings Sr".
const key = (name: string) =>
  name
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\.$/, '');

/** Compares suggestions with the gold list of the same kind, names matched exactly but for case and a leading "The". */
export function scoreEntities(found: EntitySuggestions, gold: EntityGold): Record<EntityKind, EntityScore> {
  const scores = {} as Record<EntityKind, EntityScore>;
  for (const kind of ENTITY_KINDS) {
    const expected = new Set(gold[kind].map(key));
    const fine = new Set((gold.acceptable?.[kind] ?? []).map(key));
    const foundKeys = new Set(found[kind].map(key));
    scores[kind] = {
      gold: expected.size,
      found: found[kind].length,
      correct: found[kind].filter((name) => expected.has(key(name))),
      acceptable: found[kind].filter((name) => !expected.has(key(name)) && fine.has(key(name))),
      wrong: found[kind].filter((name) => !expected.has(key(name)) && !fine.has(key(name))),
      missed: gold[kind].filter((name) => !foundKeys.has(key(name))),
    };
  }
  return scores;
}

/** Precision (acceptable names left out), strict precision (they count as wrong) and recall. */
export function rates(score: Pick<EntityScore, 'correct' | 'acceptable' | 'wrong' | 'gold'>): {
  precision: number;
  strictPrecision: number;
  recall: number;
} {
  const correct = score.correct.length;
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    precision: ratio(correct, correct + score.wrong.length),
    strictPrecision: ratio(correct, correct + score.wrong.length + score.acceptable.length),
    recall: ratio(correct, score.gold),
  };
}

/** Sums scores (micro-average): every name counts once, whichever text it came from. */
export function sumScores(scores: EntityScore[]): EntityScore {
  return scores.reduce(
    (total, score) => ({
      gold: total.gold + score.gold,
      found: total.found + score.found,
      correct: [...total.correct, ...score.correct],
      acceptable: [...total.acceptable, ...score.acceptable],
      wrong: [...total.wrong, ...score.wrong],
      missed: [...total.missed, ...score.missed],
    }),
    { gold: 0, found: 0, correct: [], acceptable: [], wrong: [], missed: [] },
  );
}

/** A plain-text table: one row per text and kind, then totals per kind and overall. */
export function formatEvalTable(rows: Array<{ text: string; scores: Record<EntityKind, EntityScore> }>): string {
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const header = ['text', 'kind', 'gold', 'found', 'right', 'ok', 'wrong', 'missed', 'P', 'P strict', 'R'];
  const line = (text: string, kind: string, score: EntityScore) => {
    const { precision, strictPrecision, recall } = rates(score);
    return [
      text,
      kind,
      score.gold,
      score.found,
      score.correct.length,
      score.acceptable.length,
      score.wrong.length,
      score.missed.length,
      percent(precision),
      percent(strictPrecision),
      percent(recall),
    ].map(String);
  };
  const table: string[][] = [header];
  for (const row of rows) for (const kind of ENTITY_KINDS) table.push(line(row.text, kind, row.scores[kind]));
  for (const kind of ENTITY_KINDS) table.push(line('TOTAL', kind, sumScores(rows.map((row) => row.scores[kind]))));
  table.push(line('TOTAL', 'all', sumScores(rows.flatMap((row) => ENTITY_KINDS.map((kind) => row.scores[kind])))));
  const widths = header.map((_, column) => Math.max(...table.map((cells) => cells[column]?.length ?? 0)));
  const render = (cells: string[]) =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...table.slice(1).map(render)].join('\n');
}
