import { describe, expect, test } from 'vitest';
import { contentCacheKey, type ContentSettings } from '../../../src/content/cache-key.ts';

const settings: ContentSettings = { timeZone: 'UTC', lang: 'en', base: '/', contentDir: '/site/content', schemaVersion: 2 };

describe('contentCacheKey', () => {
  test.each([
    ['timeZone', 'America/New_York'],
    ['lang', 'fr'],
    ['base', '/archive/'],
    ['contentDir', '/site/other'],
    ['schemaVersion', 3],
  ] as const)('changes when %s changes', (setting, value) => {
    expect(contentCacheKey({ ...settings, [setting]: value })).not.toBe(contentCacheKey(settings));
  });

  test('is the same for the same settings in any key order', () => {
    const reordered: ContentSettings = { schemaVersion: 2, contentDir: '/site/content', base: '/', lang: 'en', timeZone: 'UTC' };
    expect(contentCacheKey(reordered)).toBe(contentCacheKey(settings));
  });
});
