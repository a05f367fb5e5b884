/**
 * What `npm test` needs besides Node packages, how to find each program, and what to do when one
 * is missing. The browser tests drive Chromium, the deploy tests run a real nginx and the Nu HTML
 * Checker runs on Java; none comes from npm (browser and runtime downloads are blocked on many CI
 * and offline machines), so they come from the system's packages. Pure planning here; scripts/test-setup.ts acts on the plan.
 */
import { existsSync } from 'node:fs';

export interface Requirement {
  /** Program name, as the README and messages call it. */
  name: string;
  /** What needs it, for the message. */
  neededBy: string;
  /** Debian/Ubuntu package that provides it. */
  debianPackage: string;
  /** Environment variable that points at a copy elsewhere. */
  envVar: string;
  /** Paths tried in order after the environment variable. */
  candidates: readonly string[];
  /** Other files the program needs, e.g. nginx's mime.types. */
  alsoNeeds?: readonly string[];
}

export const REQUIREMENTS: readonly Requirement[] = [
  {
    name: 'Chromium',
    neededBy: 'the browser tests (tests/e2e)',
    debianPackage: 'chromium',
    envVar: 'CHROMIUM_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  },
  {
    name: 'nginx',
    neededBy: 'the deploy test that runs deploy/nginx.conf (tests/e2e/nginx.test.ts)',
    debianPackage: 'nginx',
    envVar: 'NGINX_PATH',
    candidates: ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'],
    alsoNeeds: ['/etc/nginx/mime.types'],
  },
  {
    name: 'Java',
    neededBy: 'the Nu HTML Checker (tests/build/nu-validity.test.ts)',
    debianPackage: 'default-jre-headless',
    envVar: 'JAVA_PATH',
    candidates: ['/usr/bin/java', '/usr/local/bin/java'],
  },
];

/** Where a requirement is installed, or undefined when it is not (all of `alsoNeeds` must exist too). */
export function locate(requirement: Requirement, env: NodeJS.ProcessEnv = process.env, exists = existsSync): string | undefined {
  const fromEnv = env[requirement.envVar];
  const found = [fromEnv, ...requirement.candidates].find((path): path is string => !!path && exists(path));
  if (!found) return undefined;
  return (requirement.alsoNeeds ?? []).every((path) => exists(path)) ? found : undefined;
}

/** The path of a requirement, or an error that says how to install it. */
export function programPath(name: string, env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const requirement = REQUIREMENTS.find((entry) => entry.name === name);
  if (!requirement) throw new Error(`unknown test requirement ${name}`);
  const found = locate(requirement, env, exists);
  if (found) return found;
  throw new Error(
    `${requirement.name} is needed by ${requirement.neededBy} and is not installed. ` +
      `Install it with \`sudo apt-get install ${requirement.debianPackage}\`, or set ${requirement.envVar} to its path.`,
  );
}

export type SetupPlan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[]; commands: string[][] }
  | { action: 'stop'; message: string };

/**
 * What to do about missing programs: nothing; install them (as root where apt-get exists, the
 * way `playwright install --with-deps` does); or stop with the exact command for the user.
 */
export function planSetup(missing: readonly Requirement[], system: { isRoot: boolean; hasApt: boolean }): SetupPlan {
  if (missing.length === 0) return { action: 'ready' };
  const packages = missing.map((requirement) => requirement.debianPackage);
  if (system.isRoot && system.hasApt) {
    return {
      action: 'install',
      packages,
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
      ],
    };
  }
  const lines = missing.map((requirement) => `  - ${requirement.name}, for ${requirement.neededBy} (or set ${requirement.envVar})`);
  const command = system.hasApt
    ? `sudo apt-get install ${packages.join(' ')}`
    : `install ${packages.join(' and ')} with your system's package manager`;
  return {
    action: 'stop',
    message: [
      'The tests need programs that are not installed:',
      ...lines,
      '',
      `Install them, then run npm test again:`,
      `  ${command}`,
    ].join('\n'),
  };
}
