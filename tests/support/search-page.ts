/** Waiting on the search page (src/search/client/main.ts), which reports its progress in `data-state`. */
import type { Page } from 'playwright-core';

/**
 * Waits until the search page has finished the search its URL describes (`done`, or `idle` when
 * there is nothing to search), and fails at once, quoting the page's status line, when the search
 * ended in `error`.
 * Facet counts over every shard of a sharded archive come last and, on two busy cores, have taken
 * over 30 s (Playwright's default), so the wait is 90 s, inside the site tests' 120 s limit.
 * @throws Error when the page reports `error` or does not settle within 90 s.
 */
export async function searchSettled(page: Page): Promise<void> {
  const handle = await page
    .waitForFunction(
      () => {
        const state = document.querySelector('[data-search-page]')?.getAttribute('data-state');
        return state === 'done' || state === 'idle' || state === 'error' ? state : false;
      },
      undefined,
      { timeout: 90_000 },
    )
    .catch(async (error: unknown) => {
      const [state, said] = await page.evaluate(() => [
        document.querySelector('[data-search-page]')?.getAttribute('data-state'),
        document.getElementById('search-status')?.textContent,
      ]);
      throw new Error(`The search at ${page.url()} did not settle: data-state ${state}, status “${said}”`, { cause: error });
    });
  if ((await handle.jsonValue()) === 'error') {
    const said = await page
      .locator('#search-status, #search-unavailable')
      .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText).join(' '));
    throw new Error(`The search at ${page.url()} failed: ${said.trim()}`);
  }
}
