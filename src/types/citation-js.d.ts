/**
 * The parts of citation-js we call. Its packages ship no type declarations; these follow the
 * documented API (https://citation.js.org/api/0.7/).
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    format(format: string, options?: Record<string, unknown>): string | unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  export function parse(name: string): unknown;
}
