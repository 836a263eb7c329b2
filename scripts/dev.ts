/**
 * npm run dev: watch openapi/ and the lint configs; on every save run the one
 * chain (bundle, lint source and bundle, then write generated/ and
 * docs/index.html atomically, only when lint is clean) in this warm process.
 * Ctrl-C stops it. The loop itself is scripts/lib/watch.ts.
 */
import { watchContract } from './lib/watch.ts';
import { OPENAPI_DIR, rel } from './lib/paths.ts';

if (process.argv.length > 2) {
  console.error(`dev: unexpected argument(s) ${process.argv.slice(2).join(' ')} (npm run dev takes none)`);
  process.exit(2);
}
const w = watchContract();
// One run at start, so the watch begins from a current tree; it reports only what it wrote.
await w.regenerate();
console.log(`dev: watching ${rel(OPENAPI_DIR)}/, redocly.yaml and .spectral.yaml; Ctrl-C to stop`);
process.on('SIGINT', () => {
  w.close();
  console.log('\ndev: stopped');
  process.exit(0);
});
