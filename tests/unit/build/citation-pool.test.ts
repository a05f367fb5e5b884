import { describe, expect, test } from 'vitest';
import { startCitationPool } from '../../../src/build/citation-pool.ts';
import { formatCitations } from '../../../src/outputs/citation-engine.ts';
import { cslItem } from '../../../src/outputs/citation.ts';
import { createArticleSchema } from '../../../src/content/schema.ts';

const schema = createArticleSchema({ timeZone: 'UTC' });
const items = Array.from({ length: 120 }, (_, index) =>
  cslItem(schema.parse({ title: `Story ${index}`, date: '2023-03-15', authors: index % 2 ? ['Ann Lee'] : [], source: 'Wire' }), {
    url: `https://news.example/${index}/`,
    siteTitle: 'Archive',
    lang: 'en',
    day: { year: '2023', month: '03', day: '15' },
    id: `s${index}`,
  }),
);

describe('startCitationPool', () => {
  test('formats every item on the worker thread exactly as the main thread does, across batches', async () => {
    const pool = startCitationPool(
      items.map((item) => ({ key: item.id, item })),
      'en-US',
    );
    const results = await Promise.all(items.map((item) => pool.take(item.id)));
    expect(results).toEqual(items.map((item) => formatCitations(item, 'en-US')));
  }, 60_000);

  test('has nothing for an item it was not given', () => {
    const pool = startCitationPool([{ key: 'a', item: items[0]! }], 'en-US');
    expect(pool.take('b')).toBeUndefined();
  });
});
