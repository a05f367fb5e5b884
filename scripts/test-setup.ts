/**
 * First step of `npm test`: makes sure the programs the tests drive are installed. As root on a
 * Debian or Ubuntu machine it installs what is missing with apt-get; anywhere else it stops at
 * once with the exact command to run. See tools/test-deps.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseCommandLine } from '../tools/cli.ts';
import { locate, planSetup, REQUIREMENTS } from '../tools/test-deps.ts';

parseCommandLine(
  `Usage: npm run test:setup

Installs what the browser and server tests need (${REQUIREMENTS.map((requirement) => requirement.name).join(', ')}) with apt-get when
run as root on Debian or Ubuntu; elsewhere prints the command to run. The first step of npm test.`,
  { options: {} },
);

const missing = REQUIREMENTS.filter((requirement) => !locate(requirement));
const plan = planSetup(missing, { isRoot: process.getuid?.() === 0, hasApt: existsSync('/usr/bin/apt-get') });

if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(`Installing ${plan.packages.join(', ')} for the tests (apt-get, as root)…`);
  const started = performance.now();
  for (const [command = '', ...args] of plan.commands) {
    const result = spawnSync(command, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(
        `\`${[command, ...args].join(' ')}\` failed (exit ${result.status}). Install ${plan.packages.join(' ')} by hand, then run npm test again.`,
      );
      process.exit(1);
    }
  }
  const still = REQUIREMENTS.filter((requirement) => !locate(requirement));
  if (still.length > 0) {
    console.error(`Still missing after installing: ${still.map((requirement) => requirement.name).join(', ')}.`);
    process.exit(1);
  }
  console.log(`Installed ${plan.packages.join(', ')} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
} else {
  console.log(`Test programs found: ${REQUIREMENTS.map((requirement) => `${requirement.name} (${locate(requirement)})`).join(', ')}.`);
}
