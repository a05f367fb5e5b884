import { describe, expect, test } from 'vitest';
import { robotsTxt } from '../../../src/outputs/robots.ts';

describe('robotsTxt', () => {
  test('allows crawling and lists every sitemap', () => {
    expect(robotsTxt(['https://news.example/sitemap-index.xml', 'https://news.example/sitemap-news.xml'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap-index.xml\nSitemap: https://news.example/sitemap-news.xml\n',
    );
  });
});
