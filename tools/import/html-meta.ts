/**
 * Article metadata from an HTML page, every source kept apart so that tools/import/html.ts can
 * apply one documented order of trust (docs/importing.md): JSON-LD (schema.org NewsArticle,
 * Article, ReportageNewsArticle…, `@graph` included), Open Graph and `article:*` meta tags,
 * microdata (`itemprop`), `<time datetime>`, the canonical link. Read before any cleanup, because
 * extraction removes scripts and meta tags.
 */
import { hasVisibleText } from '../../src/content/text.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface HtmlMeta {
  /** `<title>`. */
  title?: string;
  /** Every `<h1>` text, in document order. */
  h1s: string[];
  jsonLd: {
    headline?: string;
    datePublished?: string;
    /** `author` names. */
    authors: string[];
    /** `creator` names: often the CMS account that filed the story ("CC7567"), so trusted below a visible byline. */
    creators: string[];
    publisher?: string;
    image?: string;
    description?: string;
  };
  /** Dublin Core title (`dc:title`, `dc.title`, `dcterms.title`). */
  dcTitle?: string;
  og: { title?: string; siteName?: string; image?: string; imageAlt?: string; url?: string; description?: string };
  /** `article:published_time`, then other date meta tags (pubdate, date, DC…), in that order. */
  metaDates: string[];
  /** Dublin Core creator, `article:author` (when not a URL), `author`, `byl` meta tags, in that order, raw. */
  metaAuthors: string[];
  description?: string;
  microdata: { headline?: string; datePublished?: string; authors: string[] };
  /** `<time datetime>` values: marked `pubdate` or inside `<article>` first. */
  times: string[];
  /**
   * Dates only the page's text states, for a page without date metadata: the text of a `<time>`
   * without `datetime`, then short lines that announce publication ("Posted by Jane on
   * 2019-02-15", "Published: March 3, 2019"), in page order.
   */
  visibleDates: string[];
  /** Other names of the site: `application-name`, JSON-LD WebSite/Organization names. */
  siteNames: string[];
  canonical?: string;
  baseHref?: string;
  lang?: string;
}

// Text that shows nothing (only zero-width or no-break spaces) is no value: the next source is tried.
const clean = (value: string | null | undefined) => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text && hasVisibleText(text) ? text : undefined;
};
const isUrl = (text: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
];

// A short line that says when the story was published; "Updated …" gives another date.
const PUBLISHED_LINE = /^(?:(?:first\s+)?published|posted|publication date|date published|publicado|publié|veröffentlicht|pubblicato)\b/i;
const MAX_DATE_LINE = 120;

/** Objects in JSON-LD blocks, arrays and `@graph` flattened. A broken block is skipped. */
function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: Json) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      objects.push(value);
      if (value['@graph']) collect(value['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      // Some sites wrap the JSON in a CDATA section or an HTML comment, as once done for XHTML.
      const source = (script.textContent ?? '')
        .replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '')
        .replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '');
      collect(JSON.parse(source) as Json);
    } catch {
      // Broken JSON-LD is common on real pages; the other sources still apply.
    }
  }
  return objects;
}

const types = (object: JsonObject) => [object['@type']].flat().map(String);
const isArticle = (object: JsonObject) => types(object).some((type) => /Article|BlogPosting|Report|NewsArticle|Posting/.test(type));

/** Names from a JSON-LD `author`: a string, a Person or Organization, or a list of them; persons first. */
function jsonLdNames(value: Json | undefined): string[] {
  const people: string[] = [];
  const others: string[] = [];
  const visit = (item: Json | undefined) => {
    if (typeof item === 'string') people.push(item);
    else if (Array.isArray(item)) item.forEach(visit);
    else if (item && typeof item === 'object' && typeof item.name === 'string') {
      (types(item).includes('Organization') ? others : people).push(item.name);
    }
  };
  visit(value);
  return (people.length > 0 ? people : others).map((name) => name.trim()).filter((name) => name && !isUrl(name));
}

const jsonString = (value: Json | undefined): string | undefined => {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return jsonString(value[0]);
  if (value && typeof value === 'object') return jsonString(value.url ?? value.name ?? null);
  return undefined;
};

/** Reads every metadata source of a parsed page; values are returned as found, trimmed. */
export function readHtmlMeta(document: Document): HtmlMeta {
  const metas = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    // RDFa allows several properties in one attribute: property="og:title dc:title".
    const keys = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .toLowerCase()
      .split(/\s+/);
    const content = clean(meta.getAttribute('content'));
    for (const key of keys) if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const objects = jsonLdObjects(document);
  // Pages often carry several JSON-LD articles (the story, then teasers or a partial copy): each
  // field comes from the first article object that has it, the story being first.
  const articles = objects.filter(isArticle);
  if (articles.length === 0) articles.push(...objects.filter((object) => object.headline !== undefined));
  const fromArticle = (key: string) => articles.find((object) => object[key] !== undefined && object[key] !== null)?.[key] ?? undefined;
  const article: JsonObject | undefined = articles[0];
  const site = objects.filter((object) =>
    types(object).some((type) => type === 'WebSite' || type === 'Organization' || type === 'NewsMediaOrganization'),
  );
  const itemprop = (name: string) => document.querySelector(`[itemprop~="${name}"]`);
  const itemValue = (element: Element | null) =>
    element ? clean(element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent) : undefined;
  const link = (rel: string) =>
    Array.from(document.querySelectorAll('link[rel]')).find((el) =>
      (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel),
    );
  const timeElements = Array.from(document.querySelectorAll('time[datetime]'));
  const rank = (el: Element) => (el.hasAttribute('pubdate') ? 0 : el.closest('article') ? 1 : 2);
  const microAuthors = Array.from(document.querySelectorAll('[itemprop~="author"]'))
    .map((el) => itemValue(el.querySelector('[itemprop~="name"]')) ?? itemValue(el))
    .filter((name): name is string => Boolean(name));
  const publisher = fromArticle('publisher');
  const visibleDates = [
    ...Array.from(document.querySelectorAll('time:not([datetime])')).map((el) => clean(el.textContent)),
    ...Array.from(document.querySelectorAll('p, span, div, li, small, em, footer, address'))
      .filter((el) => !el.querySelector('p, div, li'))
      .map((el) => clean(el.textContent))
      .filter((value) => value !== undefined && value.length <= MAX_DATE_LINE && PUBLISHED_LINE.test(value)),
  ].filter((value): value is string => Boolean(value));

  return {
    title: clean(document.querySelector('title')?.textContent),
    h1s: Array.from(document.querySelectorAll('h1'))
      .map((el) => clean(el.textContent))
      .filter((value): value is string => Boolean(value)),
    jsonLd: {
      headline: jsonString(fromArticle('headline')) ?? jsonString(article?.name),
      datePublished: jsonString(fromArticle('datePublished')) ?? jsonString(fromArticle('dateCreated')),
      authors: jsonLdNames(fromArticle('author')),
      creators: jsonLdNames(fromArticle('creator')),
      publisher: publisher && typeof publisher === 'object' && !Array.isArray(publisher) ? jsonString(publisher.name) : undefined,
      image: jsonString(fromArticle('image')),
      description: jsonString(fromArticle('description')),
    },
    dcTitle: metas.get('dc:title') ?? metas.get('dc.title') ?? metas.get('dcterms.title'),
    og: {
      title: metas.get('og:title') ?? metas.get('twitter:title'),
      siteName: metas.get('og:site_name'),
      image: metas.get('og:image') ?? metas.get('og:image:url') ?? metas.get('twitter:image'),
      imageAlt: metas.get('og:image:alt') ?? metas.get('twitter:image:alt'),
      url: metas.get('og:url'),
      description: metas.get('og:description'),
    },
    metaDates: DATE_META.map((key) => metas.get(key)).filter((value): value is string => Boolean(value)),
    metaAuthors: [
      metas.get('dc:creator'),
      metas.get('dc.creator'),
      metas.get('dcterms.creator'),
      metas.get('article:author'),
      metas.get('author'),
      metas.get('byl'),
      metas.get('sailthru.author'),
      metas.get('parsely-author'),
    ].filter((value): value is string => Boolean(value) && !isUrl(value ?? '')),
    description: metas.get('description'),
    microdata: {
      headline: itemValue(itemprop('headline')),
      datePublished: itemValue(itemprop('datePublished')),
      authors: microAuthors,
    },
    times: timeElements
      .sort((a, b) => rank(a) - rank(b))
      .map((el) => clean(el.getAttribute('datetime')))
      .filter((value): value is string => Boolean(value)),
    visibleDates,
    siteNames: [metas.get('application-name'), ...site.map((object) => jsonString(object.name))].filter((value): value is string =>
      Boolean(value),
    ),
    canonical: clean(link('canonical')?.getAttribute('href')),
    baseHref: clean(document.querySelector('base[href]')?.getAttribute('href')),
    lang: clean(document.documentElement?.getAttribute('lang')),
  };
}
