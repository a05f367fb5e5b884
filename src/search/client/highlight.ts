/**
 * On an article reached from search (`?highlight=…`), marks the searched words in the article
 * with Pagefind's highlight script. Does nothing otherwise; the article reads the same without it.
 */
const PARAM = 'highlight';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

if (new URLSearchParams(location.search).has(PARAM)) {
  const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
  import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)
    // Its own inline <style> would break the Content-Security-Policy; global.css styles the marks.
    .then(({ default: PagefindHighlight }: { default: Highlighter }) => new PagefindHighlight({ highlightParam: PARAM, addStyles: false }))
    .catch((error: unknown) => console.warn('Search highlighting is unavailable:', error));
}
