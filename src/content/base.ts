/**
 * Normalises a base path to `/` or `/segment/…/` so joining never doubles or drops a slash.
 * @example normaliseBase('archive') // '/archive/'
 */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
