import { describe, expect, test } from 'vitest';
import { runScript, treeRssKiB } from '../../../tools/run.ts';

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
