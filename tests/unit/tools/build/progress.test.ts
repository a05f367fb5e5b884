import { describe, expect, test } from 'vitest';
import { dueForLine, formatProgress, formatSeconds, isPageLine, progressReporter } from '../../../../tools/build/progress.ts';

describe('isPageLine', () => {
  test.each([
    ['14:26:56   ├─ /2022/index.html (+27ms) ', true],
    ['14:26:56   └─ /2022/09/10/slug/index.html (+2ms)', true],
    ['14:26:56   ├─ /404.html14:26:56   ├─ /archive/index.html14:26:56   ├─ /on-this-day/01-01/index.html', true],
    [' (+37ms) ', true],
    ['  (+1.5s)', true],
    ['14:27:00 [build] 398 page(s) built in 15.55s', false],
    ['14:27:00 [WARN] [router] A `getStaticPaths()` route pattern was matched ├─ /x', false],
    ['14:26:52 [content] Synced content', false],
    ['', false],
    // Astro colours its log whenever CI is set, even into a pipe.
    ['\x1b[2m17:04:46\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/on-this-day/01-03/index.html\x1b[22m \x1b[2m(+35ms)\x1b[22m ', true],
    [
      '\x1b[2m17:04:46\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/404.html\x1b[22m\x1b[2m17:04:46\x1b[22m   \x1b[34m└─\x1b[39m \x1b[2m/a/index.html\x1b[22m',
      true,
    ],
    [' \x1b[2m(+37ms)\x1b[22m ', true],
    ['\x1b[2m17:04:45\x1b[22m \x1b[34m[build]\x1b[39m Rearranging server assets...', false],
  ])('%j → %s', (line, expected) => {
    expect(isPageLine(line)).toBe(expected);
  });
});

describe('formatProgress', () => {
  test.each([
    [{ done: 12_345, total: 20_784, elapsed: 30 }, 'Rendered 12,345 / 20,784 pages (59%) · 412 pages/s · about 21 s left'],
    [{ done: 50, total: undefined, elapsed: 2 }, 'Rendered 50 pages · 25 pages/s'],
    [{ done: 0, total: 100, elapsed: 0 }, 'Rendered 0 / 100 pages (0%) · 0 pages/s'],
  ])('%o → %s', (state, line) => {
    expect(formatProgress(state)).toBe(line);
  });

  const inputs = { doing: 'Importing', did: 'Imported', unit: 'inputs', one: 'input' };
  test.each([
    [{ done: 1, total: 1, elapsed: 1 }, 'Imported 1 / 1 input (100%) · 1 inputs/s · about 0 s left'],
    [{ done: 1, total: 2, elapsed: 1 }, 'Imported 1 / 2 inputs (50%) · 1 inputs/s · about 1 s left'],
    [{ done: 1, total: undefined, elapsed: 1 }, 'Imported 1 input · 1 inputs/s'],
  ])('with a singular unit: %o → %s', (state, line) => {
    expect(formatProgress(state, inputs)).toBe(line);
  });

  test.each([
    [0.4, '0 s'],
    [59.6, '1 min 0 s'],
    [200, '3 min 20 s'],
  ])('formatSeconds(%d) is %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});

describe('dueForLine', () => {
  test.each([
    ['at the next 5% of the total', { done: 50, total: 1000, elapsed: 1 }, { done: 49, elapsed: 0.9 }, true],
    ['not within the same 5%', { done: 60, total: 1000, elapsed: 2 }, { done: 50, elapsed: 1 }, false],
    ['after 10 s whatever the count', { done: 61, total: 1000, elapsed: 12 }, { done: 60, elapsed: 2 }, true],
    ['at the last page', { done: 1000, total: 1000, elapsed: 3 }, { done: 999, elapsed: 3 }, true],
    ['not before the total is known, within 10 s', { done: 500, total: undefined, elapsed: 5 }, { done: 0, elapsed: 0 }, false],
  ])('prints %s', (_, state, last, expected) => {
    expect(dueForLine(state, last)).toBe(expected);
  });
});

describe('progressReporter off a terminal', () => {
  test('prints the plan, then a line every 5%, fewer than 25 lines for any size', () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream;
    let clock = 0;
    const reporter = progressReporter(stream, () => clock);
    reporter.planned(20_000);
    for (let page = 0; page < 20_000; page++) {
      clock += 1; // 1 ms a page: 20 s in all, so the 10 s rule adds nothing beyond the 5% steps
      reporter.advance();
    }
    reporter.stop();
    expect(lines[0]).toBe('Rendering 20,000 pages…\n');
    expect(lines.at(-1)).toBe('Rendered 20,000 / 20,000 pages (100%) · 1000 pages/s · about 0 s left\n');
    expect(lines.length).toBe(21);
  });
});

describe('progressReporter with several items at a time', () => {
  test.each([
    ['in batches of 100', 100],
    ['in uneven batches', 37],
    ['all at once', 20_000],
  ])('counts every item %s and ends on the total', (_, batch) => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream;
    let clock = 0;
    const reporter = progressReporter(stream, () => clock);
    reporter.planned(20_000);
    for (let done = 0; done < 20_000; done += batch) {
      const items = Math.min(batch, 20_000 - done);
      clock += items; // 1 ms an item
      reporter.advance(items);
    }
    expect(lines.at(-1)).toBe('Rendered 20,000 / 20,000 pages (100%) · 1000 pages/s · about 0 s left\n');
    expect(lines.length).toBeLessThanOrEqual(21);
  });
});

describe('progress words', () => {
  test('name the work being reported', () => {
    expect(formatProgress({ done: 3, total: 12, elapsed: 1 }, { doing: 'Importing', did: 'Imported', unit: 'files' })).toBe(
      'Imported 3 / 12 files (25%) · 3 files/s · about 3 s left',
    );
  });
});
