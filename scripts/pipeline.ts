/**
 * npm run pipeline: lint both ways, generate every target and render the docs,
 * in one process (what `npm start` does before it starts the mock). The steps
 * are the one chain in scripts/lib/pipeline.ts.
 */
import { parseFlags, reportUsage, runMain, type CommandHelp } from './lib/cli.ts';

export const HELP: CommandHelp = {
  usage: 'npm run pipeline',
  summary:
    'Bundle the contract once; lint it (Redocly and Spectral, source and bundle), generate generated/ and render docs/index.html side by side; then write everything atomically. Nothing is written when lint finds anything or a step fails.',
  exitCodes: { 0: 'written (or already up to date)', 1: 'lint findings or a broken contract (listed above); nothing written', 2: 'bad command line' },
};

runMain(import.meta.url, async (argv) => {
  try {
    parseFlags('pipeline', argv, {}, HELP);
  } catch (err) {
    return reportUsage(err);
  }
  const { runPipeline, summarizeRun } = await import('./lib/pipeline.ts');
  const r = await runPipeline();
  console.log(summarizeRun('pipeline', r));
  return r.ok ? 0 : 1;
});
