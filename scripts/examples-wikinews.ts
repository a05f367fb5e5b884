/**
 * Regenerates the demo archive examples/wikinews/ from the shared Wikinews corpus:
 *
 *   node scripts/examples-wikinews.ts [--from ../shared/real-corpus/en] [--out examples/wikinews]
 *
 * Every article keeps its YYYY/MM/<slug>.md path and body; tools/examples/wikinews.ts adds the
 * importer's entity suggestions. Old .md files under --out are removed first, so the folder is
 * exactly what the corpus and the current importer give (run it again after changing entities.ts).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { enrichArticle, type Spellings } from '../tools/examples/wikinews.ts';
import { filesUnder } from '../tools/fs.ts';
import { parseCommandLine } from '../tools/cli.ts';

const USAGE = `Usage: npm run examples:wikinews [-- --from ../shared/real-corpus/en] [--out examples/wikinews]

  --from PATH   folder of the Wikinews corpus's en/ articles
  --out PATH    the demo archive to rewrite (its .md files are replaced)`;

const { values } = parseCommandLine(USAGE, {
  options: {
    from: { type: 'string', default: '../shared/real-corpus/en' },
    out: { type: 'string', default: 'examples/wikinews' },
  },
});
const from = resolve(values.from);
const out = resolve(values.out);
const inputs = [...filesUnder(from, { suffix: '.md' })].sort();
if (inputs.length === 0) {
  console.error(`No .md articles under ${from}; pass --from <folder of the Wikinews corpus's en/ articles>`);
  process.exit(1);
}
for (const old of filesUnder(out, { suffix: '.md' })) await rm(old);

const failures: string[] = [];
const spellings: Spellings = new Map();
for (const input of inputs) {
  const path = relative(from, input);
  try {
    const target = join(out, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, enrichArticle(await readFile(input, 'utf8'), spellings));
  } catch (error) {
    failures.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`Wrote ${inputs.length - failures.length} of ${inputs.length} articles to ${relative(process.cwd(), out) || '.'}`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
