/**
 * The lint thread's body (started by scripts/lib/lint-thread.ts, always from
 * its compiled build, never under tsx): Spectral, loaded once and kept warm,
 * linting one document per message. Messages in: `{ id, text, file, target }`
 * to lint, `{ reset: true }` after .spectral.yaml changed. Out: `{ id,
 * findings }` or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import { prepareSpectral, resetSpectral, spectralLint } from './lint.ts';
import type { Finding } from './contract.ts';

type Request = { id: number; text: string; file: string; target: Finding['target'] } | { reset: true };

if (!parentPort) throw new Error('scripts/lib/lint-worker.ts runs as a worker thread (see scripts/lib/lint-thread.ts)');
const port = parentPort;
// Load Spectral and its ruleset now, while the main thread bundles.
prepareSpectral();
port.on('message', (m: Request) => {
  if ('reset' in m) {
    resetSpectral();
    return prepareSpectral();
  }
  spectralLint(m.text, m.file, m.target).then(
    (findings) => port.postMessage({ id: m.id, findings }),
    (err: unknown) => port.postMessage({ id: m.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
