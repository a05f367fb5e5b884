import { describe, expect, test } from 'vitest';
import { childrenCpuSeconds, runCommand, runScript, treeRssKiB } from '../../../tools/run.ts';

describe('runScript', () => {
  test('runs a project script with added and removed environment variables and captures its output', async () => {
    process.env.RUN_TEST_REMOVED = 'present';
    const chunks: string[] = [];
    const result = await runScript('tests/fixtures/tools/echo-env.mjs', ['--flag'], {
      env: { RUN_TEST_ADDED: 'added', RUN_TEST_REMOVED: undefined },
      onOutput: (text) => chunks.push(text),
      measureMemory: true,
    });
    expect(result.code).toBe(3);
    expect(result.output).toContain('added=added');
    expect(result.output).toContain('removed=undefined');
    expect(result.output).toContain('args=--flag');
    expect(result.output).toContain('to stderr');
    expect(chunks.join('')).toBe(result.output);
    delete process.env.RUN_TEST_REMOVED;
  });
});

describe('treeRssKiB', () => {
  test('measures this process', () => {
    expect(treeRssKiB(process.pid)).toBeGreaterThan(1024);
  });
});

describe('CPU and wall time of a run', () => {
  test('counts the CPU a child spent, which a sleeping child does not', async () => {
    const busy = await runScript('tests/fixtures/tools/busy.mjs', []);
    expect(busy.output).toContain('spun true');
    expect(busy.cpuSeconds).toBeGreaterThanOrEqual(0.3);
    expect(busy.seconds).toBeGreaterThanOrEqual(busy.cpuSeconds * 0.9);
    const idle = await runCommand('sleep', ['0.3']);
    expect(idle.seconds).toBeGreaterThanOrEqual(0.3);
    expect(idle.cpuSeconds).toBeLessThan(0.1);
  });

  test('childrenCpuSeconds only grows', async () => {
    const before = childrenCpuSeconds();
    await runScript('tests/fixtures/tools/busy.mjs', []);
    expect(childrenCpuSeconds()).toBeGreaterThan(before);
  });

  test('a program that is not installed rejects with ENOENT', async () => {
    await expect(runCommand('no-such-program-here', [])).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
