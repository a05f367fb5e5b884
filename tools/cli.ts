/**
 * Command-line arguments for the project's scripts, on Node's own `util.parseArgs`: every script
 * answers `--help`/`-h` with its usage, and a wrong or unknown option ends with the reason and the
 * usage instead of a stack trace.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** parseArgs' options and positional setting, without `args` (the argument list is passed apart). */
export type CommandLineConfig = Omit<ParseArgsConfig, 'args' | 'strict' | 'tokens'>;

/** What the arguments asked for: help, a mistake to report, or values to run with. */
export type CommandLine<T extends CommandLineConfig> =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | ({ kind: 'run' } & ReturnType<typeof parseArgs<T & { strict: true }>>);

const HELP = { type: 'boolean', short: 'h' } as const;

/**
 * Reads an argument list.
 * @param args the arguments after the script's name, e.g. `process.argv.slice(2)`.
 * @param config parseArgs options (strict mode always: an unknown option is a mistake). A `help`
 *   option (`--help`, `-h`) is added unless the config names its own.
 * @returns `help` when asked for it (even beside mistakes, so help is always reachable), `error`
 *   with parseArgs' message for an unknown option, a missing value or a stray positional, and
 *   otherwise the parsed `values` and `positionals`.
 * Never throws for bad arguments.
 */
export function readCommandLine<T extends CommandLineConfig>(args: readonly string[], config: T): CommandLine<T> {
  if (args.some((arg) => arg === '--help' || arg === '-h')) return { kind: 'help' };
  try {
    const parsed = parseArgs({ ...config, options: { help: HELP, ...config.options }, args: [...args], strict: true });
    return { kind: 'run', ...(parsed as ReturnType<typeof parseArgs<T & { strict: true }>>) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node adds advice on passing a positional that starts with '-', with unbalanced quotes; the usage says more.
    return { kind: 'error', message: message.replace(/\. To specify a positional argument[\s\S]*$/, '.') };
  }
}

/**
 * `readCommandLine` over this process's arguments, for a script's top level: prints `usage` and
 * exits 0 on `--help`; prints the mistake and `usage` to stderr and exits 2 (the usual code for
 * wrong usage) on a mistake.
 * @returns the parsed `values` and `positionals`.
 */
export function parseCommandLine<T extends CommandLineConfig>(usage: string, config: T) {
  const line = readCommandLine(process.argv.slice(2), config);
  if (line.kind === 'help') {
    console.log(usage);
    process.exit(0);
  }
  if (line.kind === 'error') {
    console.error(`${line.message}\n\n${usage}`);
    process.exit(2);
  }
  const { kind: _, ...parsed } = line;
  return parsed;
}

/** What a number option must be: a whole number, at least `min`, at most `max`. */
export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
}

/**
 * The number an option's text stands for.
 * @param text the option's value as typed, e.g. "10000".
 * @param flag the option's name for the message, e.g. "--articles".
 * @returns the number.
 * @throws Error saying what the option must be and what was typed, for text that is not a finite
 *   number ("abc", "", "1e999"), a fraction where a whole number is needed, or a number outside `min`–`max`.
 */
export function numberOption(text: string, flag: string, rule: NumberRule = {}): number {
  const value = Number(text);
  const ok =
    text.trim() !== '' &&
    Number.isFinite(value) &&
    (!rule.integer || Number.isInteger(value)) &&
    value >= (rule.min ?? -Infinity) &&
    value <= (rule.max ?? Infinity);
  if (ok) return value;
  const kind = rule.integer ? 'a whole number' : 'a number';
  const range =
    rule.min !== undefined && rule.max !== undefined
      ? ` from ${rule.min} to ${rule.max}`
      : rule.min !== undefined
        ? ` of at least ${rule.min}`
        : rule.max !== undefined
          ? ` of at most ${rule.max}`
          : '';
  throw new Error(`${flag} must be ${kind}${range}, not "${text}".`);
}

/**
 * `numberOption` for a script's top level: on a bad value prints the reason and `usage` to stderr
 * and exits 2, like `parseCommandLine`.
 */
export function readNumberOption(usage: string, text: string, flag: string, rule: NumberRule = {}): number {
  return readOption(usage, () => numberOption(text, flag, rule));
}

/**
 * For a script's top level: the value `read` returns, or, when it throws (a bad option value, the
 * message naming the option and the fix), that message and `usage` on stderr and exit 2, like
 * `parseCommandLine`.
 */
export function readOption<T>(usage: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
