/**
 * The site's interface language bound once: pages and components format counts and numbers
 * through these, so `SITE_LANG` reaches every number and plural on the site.
 */
import { site } from '../site.ts';
import { type CountedKey, counted } from './en.ts';
import { formatNumber, plural } from './format.ts';

/**
 * A counted phrase in the site's language, e.g. `count('articles', 1)` → "1 article".
 * @example count('articles', 2500) // '2,500 articles' with SITE_LANG=en
 */
export function count(key: CountedKey, value: number): string {
  return plural(value, counted[key], site.lang);
}

/** A number with the site language's digit grouping. */
export function number(value: number): string {
  return formatNumber(value, site.lang);
}

/**
 * A UI string with its `{slot}`s filled, e.g. `fill('Articles by {name}', { name: 'Ann Lee' })`.
 * Slots without a value are left as written, so a missing argument shows up in review instead of vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot));
}
