import { describe, expect, test } from 'vitest';
import { changeLog, lastModified } from '../../../src/archive/corrections.ts';

const d = (iso: string) => new Date(iso);
const article = (date: string, updated?: string, corrections: [string, string][] = []) => ({
  data: {
    date: d(date),
    updated: updated ? d(updated) : undefined,
    corrections: corrections.map(([when, text]) => ({ date: d(when), text })),
  },
});

describe('lastModified', () => {
  test.each([
    [article('2023-01-01T00:00:00Z'), '2023-01-01T00:00:00.000Z'],
    [article('2023-01-01T00:00:00Z', '2023-01-02T00:00:00Z'), '2023-01-02T00:00:00.000Z'],
    [article('2023-01-01T00:00:00Z', '2023-01-02T00:00:00Z', [['2023-01-05T00:00:00Z', 'x']]), '2023-01-05T00:00:00.000Z'],
    [article('2023-01-01T00:00:00Z', '2023-01-09T00:00:00Z', [['2023-01-05T00:00:00Z', 'x']]), '2023-01-09T00:00:00.000Z'],
    // An `updated` earlier than publication (a typo) never moves the date backwards.
    [article('2023-01-03T00:00:00Z', '2023-01-01T00:00:00Z'), '2023-01-03T00:00:00.000Z'],
  ])('%# → %s', (input, expected) => {
    expect(lastModified(input.data).toISOString()).toBe(expected);
  });
});

describe('changeLog', () => {
  test('lists corrections and updates newest first, each with its article and anchor', () => {
    const log = changeLog([
      article('2023-03-01T00:00:00Z', '2023-03-10T12:00:00Z', [
        ['2023-03-02T00:00:00Z', 'First fix.'],
        ['2023-03-05T00:00:00Z', 'Second fix.'],
      ]),
      article('2023-02-01T00:00:00Z'),
      article('2023-01-01T00:00:00Z', undefined, [['2023-03-05T00:00:00Z', 'Same day, older article.']]),
    ]);
    expect(log.map((change) => [change.article, change.kind, change.date.toISOString().slice(0, 10), change.anchor, change.text])).toEqual([
      [0, 'update', '2023-03-10', 'updated', undefined],
      [0, 'correction', '2023-03-05', 'correction-2', 'Second fix.'],
      [2, 'correction', '2023-03-05', 'correction-1', 'Same day, older article.'],
      [0, 'correction', '2023-03-02', 'correction-1', 'First fix.'],
    ]);
  });

  test('an update on the day of a correction is not announced twice; an archive without changes has none', () => {
    expect(
      changeLog([article('2023-03-01T00:00:00Z', '2023-03-05T18:00:00Z', [['2023-03-05T00:00:00Z', 'Fix.']])]).map((c) => c.kind),
    ).toEqual(['correction']);
    expect(changeLog([article('2023-03-01T00:00:00Z')])).toEqual([]);
  });
});
