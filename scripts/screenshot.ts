/**
 * Screenshots pages of a served archive in light and dark mode, for reviewing design changes.
 * Usage: npm run screenshot -- http://127.0.0.1:4321/some/page/ [--out .tmp/shots] [--width 1280] [--full] [--print]
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tools/browser.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: '.tmp/shots' },
    width: { type: 'string', default: '1280' },
    full: { type: 'boolean', default: false },
    /** Also a shot with the print stylesheet applied. */
    print: { type: 'boolean', default: false },
  },
});
await mkdir(values.out, { recursive: true });
const browser = await launchBrowser();
for (const [index, url] of positionals.entries()) {
  for (const scheme of ['light', 'dark', ...(values.print ? (['print'] as const) : [])] as const) {
    const page = await browser.newPage({
      viewport: { width: Number(values.width), height: 900 },
      colorScheme: scheme === 'dark' ? 'dark' : 'light',
    });
    if (scheme === 'print') await page.emulateMedia({ media: 'print' });
    await page.goto(url, { waitUntil: 'networkidle' });
    const file = `${values.out}/${index}-${scheme}.png`;
    await page.screenshot({ path: file, fullPage: values.full });
    console.log(file);
    await page.close();
  }
}
await browser.close();
