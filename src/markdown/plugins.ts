/**
 * Hast plugins for Astro's native Markdown processor (Sätteri). They run inside rendering, so
 * they are written as Sätteri visitors rather than rehype plugins (see README › Markdown).
 */
import { defineHastPlugin } from 'satteri';
import { isSafeUrl, sanitizeHtmlFragment } from './sanitize.ts';

/** Raw HTML passes only through the article allow-list; unsafe link and image URLs are dropped. */
export const sanitizeArticleHtml = defineHastPlugin({
  name: 'news-archive:sanitize',
  raw(node, ctx) {
    const clean = sanitizeHtmlFragment(node.value);
    if (clean !== node.value) ctx.replaceNode(node, clean === '' ? [] : { type: 'raw', value: clean });
  },
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const key = node.tagName === 'a' ? 'href' : 'src';
      const url = node.properties[key];
      if (typeof url === 'string' && !isSafeUrl(url)) ctx.setProperty(node, key, undefined);
    },
  },
});

/** Links leaving the archive are marked so readers and print styles can tell them apart. */
export const markExternalLinks = defineHastPlugin({
  name: 'news-archive:external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties.href;
      if (typeof href === 'string' && /^https?:\/\//i.test(href)) {
        ctx.setProperty(node, 'rel', 'noopener noreferrer');
        ctx.setProperty(node, 'className', ['external']);
      }
    },
  },
});
