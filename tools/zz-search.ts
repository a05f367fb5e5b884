import { launchBrowser } from '/work/main/tools/browser.ts';
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(process.argv[2]!);
await page.waitForFunction(
  () => ['done', 'idle'].includes(document.querySelector('[data-search-page]')?.getAttribute('data-state') ?? ''),
  null,
  { timeout: 30000 },
);
console.log(await page.locator('#search-status').innerText());
console.log((await page.locator('.search-result a').allInnerTexts()).slice(0, 3).join('\n'));
await browser.close();
