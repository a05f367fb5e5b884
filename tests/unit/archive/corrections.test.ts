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
    const log = changeLog(
      [
        article('2023-03-01T00:00:00Z', '2023-03-10T12:00:00Z', [
          ['2023-03-02T00:00:00Z', 'First fix.'],
          ['2023-03-05T00:00:00Z', 'Second fix.'],
        ]),
        article('2023-02-01T00:00:00Z'),
        article('2023-01-01T00:00:00Z', undefined, [['2023-03-05T00:00:00Z', 'Same day, older article.']]),
      ],
      'UTC',
    );
    expect(log.map((change) => [change.article, change.kind, change.date.toISOString().slice(0, 10), change.anchor, change.text])).toEqual([
      [0, 'update', '2023-03-10', 'updated', undefined],
      [0, 'correction', '2023-03-05', 'correction-2', 'Second fix.'],
      [2, 'correction', '2023-03-05', 'correction-1', 'Same day, older article.'],
      [0, 'correction', '2023-03-02', 'correction-1', 'First fix.'],
    ]);
  });

  test('an archive without changes has none', () => {
    expect(changeLog([article('2023-03-01T00:00:00Z')], 'UTC')).toEqual([]);
  });

  // Whether an update shares a correction's day is judged in the site's time zone, as the page shows both dates.
  test.each([
    ['same UTC day', 'UTC', '2023-03-05T18:00:00Z', '2023-03-05T00:00:00Z', ['correction']],
    ['different UTC days', 'UTC', '2023-03-06T01:00:00Z', '2023-03-05T23:00:00Z', ['update', 'correction']],
    // 18:00 and 20:00 EST on November 5 are 23:00 on the 5th and 01:00 on the 6th in UTC: one local day.
    ['one New York day across UTC midnight', 'America/New_York', '2023-11-05T23:00:00Z', '2023-11-06T01:00:00Z', ['correction']],
    // 23:00 UTC on the 5th and 01:00 UTC on the 5th are the 5th and the 4th in New York: two local days.
    ['one UTC day, two New York days', 'America/New_York', '2023-11-05T23:00:00Z', '2023-11-05T01:00:00Z', ['update', 'correction']],
    ['one Tokyo day across UTC midnight', 'Asia/Tokyo', '2023-11-05T23:30:00Z', '2023-11-06T00:30:00Z', ['correction']],
  ])('an update on the day of a correction is not announced twice: %s (%s)', (_what, zone, updated, corrected, kinds) => {
    const log = changeLog([article('2023-01-01T00:00:00Z', updated, [[corrected, 'Fix.']])], zone);
    expect(log.map((change) => change.kind)).toEqual(kinds);
  });

  // The page shows its "Updated" line (the update's anchor) only for a change after publication.
  test.each([
    ['the publication moment itself', '2023-11-20T00:00:00Z', '2023-11-20T00:00:00Z', []],
    ['earlier than publication', '2023-11-20T10:00:00Z', '2023-11-20T08:00:00Z', []],
    ['later the same day', '2023-11-20T08:00:00Z', '2023-11-20T10:00:00Z', ['update']],
  ])('an update at %s is listed only when later', (_what, date, updated, kinds) => {
    expect(changeLog([article(date, updated)], 'UTC').map((change) => change.kind)).toEqual(kinds);
  });
});
