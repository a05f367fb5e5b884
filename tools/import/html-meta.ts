/**
 * Article metadata from an HTML page's head: Open Graph and article meta tags, JSON-LD, the
 * canonical link. Values are returned as found; the caller decides precedence and validates.
 */
import type { Element, Root } from 'hast';
import { findAll, findFirst, prop, textOf } from './hast.ts';

export interface HtmlMeta {
  title?: string;
  ogTitle?: string;
  h1?: string;
  publishedTime?: string;
  jsonLdDate?: string;
  timeDatetime?: string;
  description?: string;
  authors: string[];
  canonical?: string;
  ogUrl?: string;
  baseHref?: string;
  lang?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Objects in JSON-LD blocks, flattening arrays and `@graph`, articles first. */
function jsonLdObjects(tree: Root): Array<Record<string, Json>> {
  const objects: Array<Record<string, Json>> = [];
  const collect = (value: Json) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      objects.push(value);
      if (value['@graph']) collect(value['@graph']);
    }
  };
  for (const script of findAll(tree, (el) => el.tagName === 'script' && /ld\+json/i.test(prop(el, 'type') ?? ''))) {
    const source = script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    try {
      collect(JSON.parse(source) as Json);
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still apply.
    }
  }
  const isArticle = (object: Record<string, Json>) => /Article|Posting|Report/.test(JSON.stringify(object['@type'] ?? ''));
  return [...objects.filter(isArticle), ...objects.filter((object) => !isArticle(object))];
}

/** Person names from a JSON-LD `author`: a string, a Person, or a list of either. */
function jsonLdNames(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonLdNames);
  if (value && typeof value === 'object' && typeof value.name === 'string') return [value.name];
  return [];
}

const isUrl = (text: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(text);

/** Reads title, dates, authors, description, canonical URL, `<base>` and language from a parsed page. */
export function readHtmlMeta(tree: Root, scope: Element | Root): HtmlMeta {
  const metas = new Map<string, string>();
  for (const meta of findAll(tree, (el) => el.tagName === 'meta')) {
    const key = (prop(meta, 'property') ?? prop(meta, 'name') ?? prop(meta, 'itemProp'))?.toLowerCase();
    const content = prop(meta, 'content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const ld = jsonLdObjects(tree);
  const ldValue = (key: string) => ld.map((object) => object[key]).find((value) => typeof value === 'string') as string | undefined;
  const ldAuthors = ld.map((object) => jsonLdNames(object.author)).find((names) => names.length > 0) ?? [];
  const metaAuthors = [metas.get('author'), metas.get('article:author'), metas.get('byl')?.replace(/^by\s+/i, '')]
    .filter((value): value is string => Boolean(value) && !isUrl(value ?? ''))
    .flatMap((value) => value.split(/\s*(?:,|\band\b)\s*/));
  const relAuthors = findAll(scope, (el) => (prop(el, 'rel') ?? '').split(' ').includes('author')).map((el) => textOf(el));
  const authors = [...new Set([...ldAuthors, ...metaAuthors, ...relAuthors].map((name) => name.trim()).filter(Boolean))];

  const link = (rel: string) =>
    findFirst(tree, (el) => el.tagName === 'link' && (prop(el, 'rel') ?? '').toLowerCase().split(' ').includes(rel));
  const titleElement = findFirst(tree, (el) => el.tagName === 'title');
  const h1 = findFirst(scope, (el) => el.tagName === 'h1') ?? findFirst(tree, (el) => el.tagName === 'h1');
  const time = findFirst(scope, (el) => el.tagName === 'time' && prop(el, 'dateTime') !== undefined);
  const html = findFirst(tree, (el) => el.tagName === 'html');
  const base = findFirst(tree, (el) => el.tagName === 'base');
  const canonical = link('canonical');
  const clean = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  return {
    title: clean(titleElement && textOf(titleElement)),
    ogTitle: clean(metas.get('og:title') ?? metas.get('twitter:title')),
    h1: clean(h1 && textOf(h1)),
    publishedTime: clean(metas.get('article:published_time') ?? metas.get('datepublished')),
    jsonLdDate: clean(ldValue('datePublished')),
    timeDatetime: clean(time && prop(time, 'dateTime')),
    description: clean(metas.get('description') ?? metas.get('og:description') ?? ldValue('description')),
    authors,
    canonical: clean(canonical && prop(canonical, 'href')),
    ogUrl: clean(metas.get('og:url')),
    baseHref: clean(base && prop(base, 'href')),
    lang: clean(html && prop(html, 'lang')),
  };
}
