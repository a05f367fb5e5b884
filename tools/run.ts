/**
 * Runs the project's own Node scripts as child processes (the production build, the corpus
 * generator) for the benchmarks, the demo and the tests: one runner, so every caller gets the same
 * environment handling, output capture and memory measurement.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root (this file is tools/run.ts). */
export const ROOT = resolve(import.meta.dirname, '..');

export interface RunOptions {
  /** Variables added to (or, when undefined, removed from) this process's environment. */
  env?: Record<string, string | undefined>;
  /** `inherit` shows the output as it comes; `capture` (default) only collects it. */
  output?: 'inherit' | 'capture';
  /** Called with each chunk of captured output, e.g. to relay it with a prefix. */
  onOutput?: (text: string) => void;
  /** Sample the resident memory of the child and its descendants every 200 ms. */
  measureMemory?: boolean;
}

export interface RunResult {
  /** Exit code; 1 when the child was killed by a signal. */
  code: number;
  /** Wall-clock seconds from start to exit. */
  seconds: number;
  /** CPU seconds (user + system) of the child and every descendant it waited for (Linux; 0 elsewhere). */
  cpuSeconds: number;
  /** Everything the child wrote to stdout and stderr, interleaved (empty with `inherit`). */
  output: string;
  /** Peak resident memory of the child's process tree in KiB (0 unless `measureMemory`). */
  peakKiB: number;
}

/**
 * Runs `node <script> ...args` from the project root with the current Node binary.
 * @example await runScript('scripts/build.ts', ['--outDir', 'dist'], { env: { CONTENT_DIR: 'x' } })
 */
export function runScript(script: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return runCommand(process.execPath, [join(ROOT, script), ...args], options);
}

/**
 * Runs any program from the project root (e.g. `hugo`), like `runScript`.
 * @throws Error (`code` ENOENT) when the program is not installed.
 */
export function runCommand(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const inherit = options.output === 'inherit';
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const child = spawn(command, args, {
    cwd: ROOT,
    env,
    stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    options.onOutput?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let peakKiB = 0;
  const sampler = options.measureMemory
    ? setInterval(() => {
        if (child.pid !== undefined) peakKiB = Math.max(peakKiB, treeRssKiB(child.pid));
      }, 200)
    : undefined;
  return new Promise((done, fail) => {
    child.on('error', (error) => {
      clearInterval(sampler);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      done({ code: code ?? 1, output, peakKiB, seconds, cpuSeconds: childrenCpuSeconds() - cpuBefore });
    });
  });
}

/**
 * CPU seconds (user + system) used so far by this process's children that have ended and been
 * waited for, with their own waited-for descendants: `cutime` + `cstime` of `/proc/self/stat`
 * (proc(5)), in USER_HZ ticks, which Linux fixes at 100 per second for user space. 0 where there
 * is no /proc. Sequential runs only: children running in parallel would be counted together.
 */
export function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime are fields 16 and 17 of the line, 14 and 15 after the name and state.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/**
 * Resident memory of a process and all its descendants in KiB, summed from `/proc/<pid>/status`
 * (Linux only; 0 elsewhere). Astro and Pagefind run as separate processes, so the tree is what counts.
 */
export function treeRssKiB(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}
