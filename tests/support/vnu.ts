/**
 * The Nu HTML Checker (the `vnu-jar` package: the W3C validator's engine) over built pages. It
 * runs on Java: when `java` is missing and this process is root on a machine with apt, it installs
 * Debian's `default-jre-headless` first, as `playwright install --with-deps` does for browsers;
 * otherwise it stops with the command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The jar the package ships (its own launcher would download a Java runtime, which CI cannot). */
const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

export interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Makes sure a Java runtime is on PATH. @throws Error with the install command when it cannot. */
export function ensureJava(): void {
  if (hasJava()) return;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!root || !apt)
    throw new Error(
      'The Nu HTML Checker needs Java. Install a JRE, e.g. `sudo apt-get install -y default-jre-headless`, then run the tests again.',
    );
  console.log('Installing default-jre-headless for the Nu HTML Checker…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Errors (and fatal errors) the Nu checker reports for each HTML file; warnings are left out. */
export function nuErrors(files: string[]): NuMessage[] {
  ensureJava();
  const result = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--errors-only', ...files], {
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
