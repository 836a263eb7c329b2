/**
 * npm run pipeline: lint both ways, generate every target and render the docs,
 * in one process (what `npm start` does before it starts the mock). The steps
 * are the one chain in scripts/lib/pipeline.ts. When no input changed since
 * the last successful run and every output is as it left them, it stops
 * before loading any heavy library (scripts/lib/stamp.ts); --force runs anyway.
 */
import { parseFlags, reportUsage, runMain, type CommandHelp } from './lib/cli.ts';

export const HELP: CommandHelp = {
  usage: 'npm run pipeline [-- --force]',
  summary:
    'Bundle the contract once; lint it (Redocly on the source, Spectral on the bundle with each finding placed in its source file), generate generated/ and render docs/index.html side by side; then write everything atomically. Nothing is written when lint finds anything or a step fails. When no input (openapi/, the lint configs, the lockfile, scripts/lib/) changed since the last successful run and no output was touched, it says so and stops at once.',
  flags: { '--force': 'run every step even when nothing changed' },
  exitCodes: { 0: 'written, or already up to date', 1: 'lint findings or a broken contract (listed above); nothing written', 2: 'bad command line' },
};

runMain(import.meta.url, async (argv) => {
  let force: boolean;
  try {
    force = Boolean(parseFlags('pipeline', argv, { force: { type: 'boolean' } }, HELP).force);
  } catch (err) {
    return reportUsage(err);
  }
  const { runPipelineUnlessFresh, summarizeRun, upToDateLine } = await import('./lib/pipeline.ts');
  const r = await runPipelineUnlessFresh({ force });
  if (r.upToDate) {
    console.log(upToDateLine('pipeline', r.ms));
    return 0;
  }
  console.log(summarizeRun('pipeline', r));
  return r.ok ? 0 : 1;
});
