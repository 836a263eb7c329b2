/**
 * npm run pipeline: lint both ways, generate every target and render the docs,
 * in one process (what `npm start` does before it starts the mock).
 */
import { runPipeline } from './lib/pipeline.ts';

if (process.argv.length > 2) {
  console.error(`pipeline: unexpected argument(s) ${process.argv.slice(2).join(' ')} (it takes none)`);
  process.exit(2);
}
const r = await runPipeline();
const t = Object.entries(r.timings).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
console.log(`pipeline: ${r.ok ? 'ok' : 'FAILED'}; ${r.targets.length} targets, ${r.written.length} changed${r.written.length ? ` (${r.written.join(', ')})` : ''}; ${t}`);
process.exit(r.ok ? 0 : 1);
