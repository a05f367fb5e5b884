import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCommandLine } from '../../../tools/cli.ts';

const config = {
  allowPositionals: true,
  options: { port: { type: 'string' }, full: { type: 'boolean', default: false } },
} as const;

describe('readCommandLine', () => {
  test.each([
    ['--help', ['--help']],
    ['-h', ['-h']],
    ['help beside an unknown option', ['--nonsense', '--help']],
    ['help after values', ['page', '--port', '80', '-h']],
  ])('asks for help: %s', (_, args) => {
    expect(readCommandLine(args, config)).toEqual({ kind: 'help' });
  });

  test.each([
    ['an unknown option', ['--colour'], /--colour/],
    ['a missing value', ['--port'], /--port/],
    ['a value given to a switch', ['--full=yes'], /--full/],
  ])('reports %s without throwing', (_, args, message) => {
    const line = readCommandLine(args, config);
    expect(line.kind).toBe('error');
    expect(line.kind === 'error' && line.message).toMatch(message);
  });

  test('a stray positional is a mistake when the script takes none', () => {
    expect(readCommandLine(['extra'], { options: { port: { type: 'string' } } }).kind).toBe('error');
  });

  test('returns values, defaults and positionals', () => {
    const line = readCommandLine(['a', '--port', '8080', 'b'], config);
    expect(line).toMatchObject({ kind: 'run', values: { port: '8080', full: false }, positionals: ['a', 'b'] });
  });
});

describe('the scripts', () => {
  const scripts = join(import.meta.dirname, '../../../scripts');
  // build.ts hands its arguments to Astro, which has its own --help.
  const reading = readdirSync(scripts).filter((name) => name.endsWith('.ts') && name !== 'build.ts');

  test.each(reading)('%s reads arguments through tools/cli.ts, so --help and mistakes are answered', (name) => {
    const source = readFileSync(join(scripts, name), 'utf8');
    if (!/process\.argv|parseArgs/.test(source)) return;
    expect(source).not.toMatch(/\bparseArgs\(/);
    expect(source).toMatch(/\bparseCommandLine\(/);
  });

  test.each([
    ['--help', 0, /^Usage: npm run serve/m, 'stdout'],
    ['--colour', 2, /Unknown option '--colour'[\s\S]*Usage: npm run serve/, 'stderr'],
  ] as const)('npm run serve -- %s exits %i with the usage', (arg, code, text, stream) => {
    const result = spawnSync(process.execPath, [join(scripts, 'serve.ts'), arg], { encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(code);
    expect(result[stream]).toMatch(text);
  });
});
