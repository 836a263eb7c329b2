/**
 * npm run dev: watch openapi/, the lint configs and docs/assets/; on every save run the one
 * chain (bundle, lint: Redocly on the source, Spectral on the bundle, then write generated/ and
 * docs/index.html atomically, only when lint is clean) in this warm process.
 * Ctrl-C stops it. The loop itself is scripts/lib/watch.ts.
 */
import { parseFlags, reportUsage, runMain, type CommandHelp } from './lib/cli.ts';

export const HELP: CommandHelp = {
  usage: 'npm run dev',
  summary:
    'Watch openapi/, redocly.yaml, .spectral.yaml and docs/assets/ (what the docs page embeds). At start and after every save, run what npm run pipeline runs (bundle, lint, generate, docs) in this warm process, and print the files it wrote; nothing is written while lint finds anything. A save starts its run at once; a save made while a run is going (before it writes) drops that run and the next one reads the files as they are then, so a burst of saves prints once. Ctrl-C stops it.',
  exitCodes: { 0: 'stopped with Ctrl-C', 2: 'bad command line' },
};

runMain(import.meta.url, async (argv) => {
  try {
    parseFlags('dev', argv, {}, HELP);
  } catch (err) {
    return reportUsage(err);
  }
  const [{ watchContract }, { OPENAPI_DIR, rel }] = await Promise.all([import('./lib/watch.ts'), import('./lib/paths.ts')]);
  const w = watchContract();
  // One run at start, so the watch begins from a current tree; it reports only what it wrote.
  await w.regenerate();
  console.log(`dev: watching ${rel(OPENAPI_DIR)}/, redocly.yaml, .spectral.yaml and docs/assets/; Ctrl-C to stop`);
  return new Promise<number>((resolve) => {
    process.on('SIGINT', () => {
      w.close();
      console.log('\ndev: stopped');
      resolve(0);
    });
  });
});
