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
    // Type tests (test/**/*.test-d.ts: expectTypeOf, @ts-expect-error) are
    // compiled by `tsc --noEmit`, the first step of `npm test`: a wrong type
    // or an unused @ts-expect-error fails it there. Vitest's typecheck mode
    // would run the same compiler over the same files a second time.
  },
});
