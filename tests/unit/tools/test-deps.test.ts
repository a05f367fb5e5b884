import { describe, expect, test } from 'vitest';
import { locate, planSetup, programPath, REQUIREMENTS } from '../../../tools/test-deps.ts';

const nginx = REQUIREMENTS.find((requirement) => requirement.name === 'nginx')!;
const chromium = REQUIREMENTS.find((requirement) => requirement.name === 'Chromium')!;

describe('locate', () => {
  test.each([
    [
      'the environment variable first',
      { NGINX_PATH: '/opt/nginx' },
      ['/opt/nginx', '/usr/sbin/nginx', '/etc/nginx/mime.types'],
      '/opt/nginx',
    ],
    ['the first candidate that exists', {}, ['/usr/bin/nginx', '/etc/nginx/mime.types'], '/usr/bin/nginx'],
    ['nothing when the binary is absent', {}, ['/etc/nginx/mime.types'], undefined],
    ['nothing when a file it needs is absent', {}, ['/usr/sbin/nginx'], undefined],
  ])('finds %s', (_, env, present, expected) => {
    expect(locate(nginx, env, (path) => present.includes(String(path)))).toBe(expected);
  });
});

describe('programPath', () => {
  test('finds an installed program', () => {
    expect(programPath('Chromium', {}, (path) => path === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
  });

  test('says how to install a missing program', () => {
    expect(() => programPath('Chromium', {}, () => false)).toThrow(/apt-get install chromium.*CHROMIUM_PATH/);
    expect(() => programPath('Firefox')).toThrow(/unknown/);
  });
});

describe('planSetup', () => {
  test('is ready when nothing is missing', () => {
    expect(planSetup([], { isRoot: false, hasApt: false })).toEqual({ action: 'ready' });
  });

  test('installs with apt-get as root', () => {
    expect(planSetup([chromium, nginx], { isRoot: true, hasApt: true })).toEqual({
      action: 'install',
      packages: ['chromium', 'nginx'],
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'nginx'],
      ],
    });
  });

  test.each([
    [{ isRoot: false, hasApt: true }, 'sudo apt-get install chromium nginx'],
    [{ isRoot: true, hasApt: false }, "install chromium and nginx with your system's package manager"],
  ])('otherwise stops with the command to run (%o)', (system, command) => {
    const plan = planSetup([chromium, nginx], system);
    expect(plan.action).toBe('stop');
    if (plan.action === 'stop') {
      expect(plan.message).toContain(command);
      expect(plan.message).toContain('CHROMIUM_PATH');
      expect(plan.message).toContain('tests/e2e/nginx.test.ts');
    }
  });
});
