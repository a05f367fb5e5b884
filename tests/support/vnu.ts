/**
 * The Nu HTML Checker (the `vnu-jar` package: the W3C validator's engine) over built pages. It
 * runs on Java, which `npm test`'s set-up step installs or asks for (tools/test-deps.ts).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { programPath } from '../../tools/test-deps.ts';

/** The jar the package ships (its own launcher would download a Java runtime, which CI cannot). */
const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

export interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Errors (and fatal errors) the Nu checker reports for each HTML file; warnings are left out. */
export function nuErrors(files: string[]): NuMessage[] {
  const result = spawnSync(programPath('Java'), ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--errors-only', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(result.stderr) as { messages: NuMessage[] };
  } catch {
    throw new Error(`The Nu HTML Checker did not run (exit ${result.status}): ${result.error?.message ?? result.stderr}`);
  }
  return report.messages.filter((message) => message.type === 'error' || message.subType === 'fatal');
}
