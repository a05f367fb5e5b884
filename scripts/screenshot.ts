/**
 * Screenshots pages of a served archive in light and dark mode, for reviewing design changes.
 * Usage: npm run screenshot -- http://127.0.0.1:4321/some/page/ [--out .tmp/shots] [--width 1280] [--full] [--print]
 *        npm run screenshot -- --readme [http://127.0.0.1:4321/]   the README's picture of the demo's front page
 *        (docs/front-page.png; serve the demo first with `npm run demo`)
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../tools/browser.ts';
import { parseCommandLine } from '../tools/cli.ts';

const USAGE = `Usage: npm run screenshot -- URL… [--out .tmp/shots] [--width 1280] [--full] [--print]
       npm run screenshot -- --readme [URL]

  --out PATH    folder for the shots (light and dark per URL)
  --width N     viewport width in CSS pixels
  --full        the whole page, not just the first screen
  --print       also a shot with the print stylesheet
  --readme      write docs/front-page.png from the demo's front page (serve it first with npm run demo)`;

const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    out: { type: 'string', default: '.tmp/shots' },
    width: { type: 'string', default: '1280' },
    full: { type: 'boolean', default: false },
    /** Also a shot with the print stylesheet applied. */
    print: { type: 'boolean', default: false },
    /** Write the README's screenshot, docs/front-page.png, of the front page at `positionals[0]` (default the demo's). */
    readme: { type: 'boolean', default: false },
  },
});
if (values.readme) {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.goto(positionals[0] ?? 'http://127.0.0.1:4321/', { waitUntil: 'networkidle' });
  await page.screenshot({ path: 'docs/front-page.png' });
  await browser.close();
  console.log('docs/front-page.png');
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(`Name at least one page to photograph.\n\n${USAGE}`);
  process.exit(2);
}
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
