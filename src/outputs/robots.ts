/** robots.txt: everything may be crawled, and crawlers are pointed at the sitemaps. */

/** robots.txt allowing everything and pointing at the sitemaps (absolute URLs). */
export function robotsTxt(sitemaps: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}
