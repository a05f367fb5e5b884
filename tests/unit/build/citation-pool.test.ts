import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startCitationPool } from '../../../src/build/citation-pool.ts';
import { formatCitations } from '../../../src/outputs/citation-engine.ts';
import { cslItem } from '../../../src/outputs/citation.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });
const items = Array.from({ length: 120 }, (_, index) =>
  cslItem(
    schema.parse({
      title: index % 3 ? `Story ${index}` : `Story ${index}: «\u202fno\u202f», ‘said’ “he”`,
      date: '2023-03-15',
      authors: index % 2 ? ['Ann Lee'] : [],
      source: 'Wire',
    }),
    {
      url: `https://news.example/${index}/`,
      siteTitle: 'Archive',
      lang: 'en',
      day: { year: '2023', month: '03', day: '15' },
      id: `s${index}`,
    },
  ),
);

describe('startCitationPool', () => {
  test('formats every item on the worker thread exactly as the main thread does, across batches', async () => {
    const pool = startCitationPool(
      items.map((item) => ({ key: item.id, item })),
      'en-US',
    );
    const results = await Promise.all(items.map((item) => pool.take(item.id)));
    expect(results).toEqual(items.map((item) => formatCitations(item, 'en-US')));
    // The headline's quotation marks are rewritten on the worker too (its code is the same function's source).
    expect(results[0]?.mla).toContain('“Story 0: ‘No’, ‘Said’ ‘He.’”');
  }, 60_000);

  test('has nothing for an item it was not given', () => {
    const pool = startCitationPool([{ key: 'a', item: items[0]! }], 'en-US');
    expect(pool.take('b')).toBeUndefined();
  });
});

describe('when the worker cannot help', () => {
  afterEach(() => {
    vi.doUnmock('node:worker_threads');
    vi.restoreAllMocks();
    vi.resetModules();
  });

  /** The pool module afresh, with node:worker_threads' Worker replaced. */
  async function poolWith(Worker: unknown) {
    vi.resetModules();
    vi.doMock('node:worker_threads', () => ({ Worker }));
    return (await import('../../../src/build/citation-pool.ts')).startCitationPool;
  }

  test('a worker that cannot start leaves every item to the main thread, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const start = await poolWith(
      class {
        constructor() {
          throw new Error('no threads here');
        }
      },
    );
    expect(start([{ key: 'a', item: items[0]! }], 'en-US').take('a')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not start the citation worker'));
  });

  test('a worker that stops early has the rest formatted on the main thread, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const start = await poolWith(
      class extends EventEmitter {
        unref() {}
        terminate() {}
        postMessage() {
          queueMicrotask(() => this.emit('exit', 1));
        }
      },
    );
    const pool = start([{ key: 'a', item: items[0]! }], 'en-US');
    await expect(pool.take('a')).resolves.toEqual(formatCitations(items[0]!, 'en-US'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('stopped early (exit code 1)'));
  });
});
