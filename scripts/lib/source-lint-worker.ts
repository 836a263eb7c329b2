/**
 * The source lint thread's body (started by scripts/lib/lint-thread.ts for
 * the dev watcher, always from its compiled build): Redocly on the
 * multi-file source, its library and redocly.yaml loaded once and kept warm,
 * so that this lint runs beside Spectral's and the main thread's generation
 * instead of after them. Messages in: `{ id, root, files }` (the run's
 * source files as `[path, bytes]` pairs, the bytes its bundle read) and
 * `{ reset: true }` after redocly.yaml changed. Answers carry the findings
 * (scripts/lib/step-thread.ts).
 */
import { redoclyConfig, resetRedoclyConfig, type SourceFiles } from './contract.ts';
import type { Finding } from './findings.ts';
import { redoclySourceLint } from './redocly-lint.ts';
import { serveSteps } from './step-thread.ts';

type Request = { root: string; files: Array<[string, Uint8Array]> } | { reset: true };

/** The files as a run's SourceFiles: a clone carries each Buffer as a plain Uint8Array. */
function sourceFiles(files: Array<[string, Uint8Array]>): SourceFiles {
  return new Map(files.map(([file, bytes]) => [file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]));
}

// Load redocly.yaml now, while the main thread bundles.
redoclyConfig().catch(() => undefined);
serveSteps('scripts/lib/source-lint-worker.ts', (message): Promise<Finding[]> | undefined => {
  const m = message as Request;
  if ('reset' in m) {
    resetRedoclyConfig();
    redoclyConfig().catch(() => undefined);
    return undefined;
  }
  return redoclySourceLint(m.root, sourceFiles(m.files));
});
