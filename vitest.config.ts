import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // vitest's own output, then one plain "N passed, N failed, N skipped" line.
    reporters: ['default', './test/setup/summary-reporter.ts'],
    // Starts one real Prism process for the contract tests and always stops it.
    globalSetup: ['test/setup/prism.global.ts'],
    // One worker per core. Vitest's default leaves a core free, i.e. one worker
    // on these 2-core machines; most test files wait on real processes (Prism,
    // tsx, npm, Chromium), so two workers took the run from 173 s to 138 s
    // (`npx vitest run --maxWorkers=2`, same tree, same quiet machine; 3 gave
    // the same 136 s).
    maxWorkers: Math.max(2, os.availableParallelism()),
    // Test files in one worker share loaded modules instead of importing
    // Redocly, Spectral, TypeScript, Playwright... again per file: 104 s → 87 s
    // of vitest and 191 s → 154 s of CPU (`npx vitest run --no-isolate` against
    // the default, same tree, quiet machine). It holds because no test leaves
    // global state behind: environment stubs are undone (vi.unstubAllEnvs), MSW's
    // interception is closed in afterAll, and the libraries' process-wide caches
    // are safe to share: the last validators are keyed by what Ajv compiles, and
    // the Redocly config and Spectral ruleset are loaded once from the project's
    // config files, which no test edits.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Type tests (test/**/*.test-d.ts: expectTypeOf, @ts-expect-error) are
    // compiled by `tsc --noEmit`, the first step of `npm test`: a wrong type
    // or an unused @ts-expect-error fails it there. Vitest's typecheck mode
    // would run the same compiler over the same files a second time.
  },
});
