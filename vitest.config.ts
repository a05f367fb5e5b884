import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 900_000,
    coverage: {
      provider: 'v8',
      // The unit suite's gate: pure modules of the product and the tools. Astro components, pages
      // and the browser entry points are covered by the build and Chromium suites instead.
      include: ['src/**/*.ts', 'tools/**/*.ts'],
      exclude: ['src/pages/**', 'src/search/client/main.ts', 'src/search/client/render.ts', 'src/middleware.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 88, functions: 86, branches: 80, statements: 86 },
    },
    projects: [
      {
        // astro:content and astro:assets exist only inside an Astro build; unit tests get doubles whose entries they set.
        resolve: {
          alias: {
            'astro:content': fileURLToPath(new URL('./tests/support/astro-content.ts', import.meta.url)),
            'astro:assets': fileURLToPath(new URL('./tests/support/astro-assets.ts', import.meta.url)),
            'astro:asset-imports': fileURLToPath(new URL('./tests/support/astro-assets.ts', import.meta.url)),
          },
        },
        // --expose-gc: memory tests collect garbage before they measure, so they measure what is kept, not when V8 collects.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], execArgv: ['--expose-gc'] },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          // Builds and the browser share two CPU cores and the .tmp folder: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
