/**
 * node scripts/entity-eval.ts [folder]
 *
 * Prints precision and recall of the importer's people/places/organisations suggestions on the
 * texts in a folder (default tests/fixtures/import/entities/; gold lists in its gold.json), then the
 * names it got wrong. Texts are plain-text inputs (.txt) or article files in our format (.md), e.g.
 * tests/fixtures/import/entities-wikinews/.
 */
import { readFile } from 'node:fs/promises';
import { parseCommandLine } from '../tools/cli.ts';
import path from 'node:path';
import { articleFileEntityText, entityText } from '../tools/import/article.ts';
import { suggestEntities } from '../tools/import/entities.ts';
import { ENTITY_KINDS, formatEvalTable, scoreEntities, type EntityGold } from '../tools/import/entity-eval.ts';
import { decodeInput } from '../tools/import/input.ts';
import { parseText } from '../tools/import/text.ts';

const USAGE = `Usage: npm run entities:eval [-- folder]

  folder   texts (.txt or .md) with a gold.json of expected names (default tests/fixtures/import/entities)`;
const { positionals } = parseCommandLine(USAGE, { allowPositionals: true, options: {} });
const folder = path.resolve(positionals[0] ?? 'tests/fixtures/import/entities');
const gold = JSON.parse(await readFile(path.join(folder, 'gold.json'), 'utf8')) as Record<string, EntityGold>;

const rows = [];
for (const [text, expected] of Object.entries(gold)) {
  const content = decodeInput(await readFile(path.join(folder, text)));
  const input = text.endsWith('.md') ? articleFileEntityText(content) : entityText(parseText(content));
  rows.push({ text, scores: scoreEntities(suggestEntities(input), expected) });
}
console.log(formatEvalTable(rows));
console.log('\nP: precision with "acceptable" names left out; P strict: counting them as wrong; R: recall.\n');
for (const row of rows) {
  for (const kind of ENTITY_KINDS) {
    const { wrong, missed, acceptable } = row.scores[kind];
    const parts = [
      wrong.length ? `wrong: ${wrong.join(', ')}` : '',
      missed.length ? `missed: ${missed.join(', ')}` : '',
      acceptable.length ? `acceptable: ${acceptable.join(', ')}` : '',
    ].filter(Boolean);
    if (parts.length) console.log(`${row.text} ${kind}: ${parts.join('; ')}`);
  }
}
