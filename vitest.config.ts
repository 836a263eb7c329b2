import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // vitest's own output, then one plain "N passed, N failed, N skipped" line.
    reporters: ['default', './test/setup/summary-reporter.ts'],
    // Starts one real Prism process for the contract tests and always stops it.
    globalSetup: ['test/setup/prism.global.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Type tests: expectTypeOf / @ts-expect-error, checked by tsc.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
