import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlValidateConfig } from '../support/html-validate-config.ts';
import { htmlFiles } from '../support/link-checker.ts';
import { builtDir, demoBuild, fixtureBuilds } from '../support/site.ts';

// The demo archive is real text (171 Wikinews articles): quotes, accents and long names the fixtures lack.
describe.each([...Object.values(fixtureBuilds), demoBuild])('HTML validity of the $name build', (build) => {
  test('every page passes html-validate’s recommended rules', async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    const root = builtDir(build.name);
    const problems: string[] = [];
    let pages = 0;
    for (const file of htmlFiles(root)) {
      pages += 1;
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${relative(root, file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(pages).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });
});
