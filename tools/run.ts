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
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const inherit = options.output === 'inherit';
  const child = spawn(process.execPath, [join(ROOT, script), ...args], {
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
  return new Promise((done) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      done({ code: code ?? 1, output, peakKiB });
    });
  });
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
