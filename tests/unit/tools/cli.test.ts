import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { numberOption, readCommandLine } from '../../../tools/cli.ts';

const config = {
  allowPositionals: true,
  options: { port: { type: 'string' }, full: { type: 'boolean', default: false } },
} as const;

describe('numberOption', () => {
  test.each([
    ['10000', { integer: true, min: 1 }, 10000],
    ['0.03', { min: Number.MIN_VALUE }, 0.03],
    ['-2', {}, -2],
    [' 7 ', { integer: true }, 7],
  ])('reads %s', (text, rule, value) => {
    expect(numberOption(text, '--n', rule)).toBe(value);
  });

  test.each([
    ['abc', {}, /--n must be a number, not "abc"/],
    ['', {}, /--n must be a number/],
    ['1e999', {}, /not "1e999"/],
    ['2.5', { integer: true }, /--n must be a whole number, not "2.5"/],
    ['0', { integer: true, min: 1 }, /--n must be a whole number of at least 1, not "0"/],
    ['99999', { integer: true, min: 0, max: 65535 }, /--n must be a whole number from 0 to 65535, not "99999"/],
    ['11', { max: 10 }, /--n must be a number of at most 10, not "11"/],
  ])('refuses %s', (text, rule, message) => {
    expect(() => numberOption(text, '--n', rule)).toThrow(message);
  });
});

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

  test('an unknown option is named in one plain sentence', () => {
    expect(readCommandLine(['--bogus'], config)).toEqual({ kind: 'error', message: "Unknown option '--bogus'." });
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
  const reading = readdirSync(scripts).filter((name) => name.endsWith('.ts'));

  test.each(reading)('%s reads arguments through tools/cli.ts, so --help and mistakes are answered', (name) => {
    const source = readFileSync(join(scripts, name), 'utf8');
    expect(source).not.toMatch(/\bparseArgs\(|process\.argv/);
    expect(source).toMatch(/\bparseCommandLine\(/);
  });

  test.each([
    ['--help', 0, /^Usage: npm run serve/m, 'stdout'],
    ['--colour', 2, /Unknown option '--colour'[\s\S]*Usage: npm run serve/, 'stderr'],
    ['--port=99999', 2, /--port must be a whole number from 0 to 65535, not "99999"[\s\S]*Usage: npm run serve/, 'stderr'],
    ['--port=abc', 2, /--port must be a whole number from 0 to 65535, not "abc"/, 'stderr'],
  ] as const)('npm run serve -- %s exits %i with the usage', (arg, code, text, stream) => {
    const result = spawnSync(process.execPath, [join(scripts, 'serve.ts'), arg], { encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(code);
    expect(result[stream]).toMatch(text);
  });

  // The input path does not exist: the date is refused before any input is looked at.
  test.each([
    ['2024-13-45', 'a month that does not exist'],
    ['2023-02-29', 'a day that does not exist'],
    ['10/09/2022', 'a day and month that depend on the reader'],
    ['yesterday', 'words'],
  ])('npm run import -- --date %s (%s) exits 2 naming the option and the format before reading anything', (date) => {
    const result = spawnSync(process.execPath, [join(scripts, 'import.ts'), '--dry-run', '--date', date, 'no-such-input.html'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--date "${date}" is not a real day: write it as YYYY-MM-DD`);
    expect(result.stderr).toMatch(/Usage: npm run import/);
    expect(result.stderr + result.stdout).not.toMatch(/no-such-input/);
  });
});
