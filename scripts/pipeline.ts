/**
 * npm run pipeline: lint both ways, generate every target and render the docs,
 * in one process (what `npm start` does before it starts the mock). The steps
 * are the one chain in scripts/lib/pipeline.ts.
 */
import { runPipeline, summarizeRun } from './lib/pipeline.ts';

if (process.argv.length > 2) {
  console.error(`pipeline: unexpected argument(s) ${process.argv.slice(2).join(' ')} (it takes none)`);
  process.exit(2);
}
const r = await runPipeline();
console.log(summarizeRun('pipeline', r));
process.exit(r.ok ? 0 : 1);
