import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Build and browser suites share dist folders and two CPU cores: run files one at a time.
    fileParallelism: false,
  },
});
