/**
 * Vitest globalSetup: one real Prism mock (static examples, request validation
 * and security checks on) on a free loopback port for the whole run, and the
 * compiled build of the scripts made once before the test files start.
 *
 * Tests read it with `inject('prismUrl')`. Teardown always stops it, and checks
 * that its process group is really gone; if the run is interrupted, the
 * helper's SIGINT/SIGTERM/SIGHUP/exit handlers kill it, and Prism's own
 * watchdog exits when this process disappears.
 */
import type { TestProject } from 'vitest/node';
import { compiledFile } from '../../scripts/lib/compiled.mjs';
import { pidAlive } from '../../scripts/lib/pid.mjs';
import { startPrism } from '../../scripts/lib/prism.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared Prism mock, e.g. http://127.0.0.1:41234 (no trailing slash). */
    prismUrl: string;
    /** Process id of the shared Prism mock (leader of its own process group). */
    prismPid: number;
    /** How long the shared Prism took to answer its first request, in ms. */
    prismReadyMs: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Meanwhile, the compiled build of the scripts (scripts/lib/compiled.mjs:
  // the lint thread runs it), once: on a fresh clone, every worker that
  // started a lint thread at the same moment would otherwise build its own
  // copy (3-4 s of esbuild each, the libraries bundled in).
  const [prism] = await Promise.all([startPrism({ mode: 'mock' }), compiledFile('scripts/lib/lint-worker.ts')]);
  project.provide('prismUrl', prism.url);
  project.provide('prismPid', prism.pid);
  project.provide('prismReadyMs', prism.readyMs);
  return async function teardown(): Promise<void> {
    await prism.stop();
    if (pidAlive(prism.pid)) throw new Error(`the shared Prism mock (pid ${prism.pid}) is still running after teardown`);
  };
}
