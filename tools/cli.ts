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
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
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
