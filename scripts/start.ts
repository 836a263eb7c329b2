/**
 * npm start: the main job. Lint both ways, generate every target and render
 * the docs (one process; nothing is written unless all of it succeeds), print
 * where each thing is, then run the Prism mock on 127.0.0.1 exactly as
 * `npm run mock` does (same flags: --port, --dynamic, --seed, --verbose…).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPipeline } from './lib/pipeline.ts';
import { ROOT, rel } from './lib/paths.ts';
import { DOCS_INDEX } from './lib/docs.ts';
import { main as mockMain, parseMockArgs, UsageError } from './mock.ts';
import { runMain } from './lib/cli.ts';

export async function main(argv: string[]): Promise<number> {
  try {
    parseMockArgs(argv); // bad flags fail before the (slower) pipeline runs
  } catch (err) {
    if (err instanceof UsageError) return mockMain(argv); // prints the usage and the exit code
    throw err;
  }
  const result = await runPipeline();
  const t = Object.entries(result.timings).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
  if (!result.ok) {
    console.error(`start: the pipeline failed (${t}); fix the findings above. The mock was not started.`);
    return 1;
  }
  console.log(`pipeline: ${result.targets.length} targets, ${result.written.length} changed (${t})

  source     ${rel(path.join(ROOT, 'openapi', 'openapi.yaml'))} (edit it; \`npm run dev\` regenerates on save)
  generated  ${result.targets.filter((f) => f.startsWith('generated/')).join(', ')}
  docs       ${pathToFileURL(DOCS_INDEX).href}
  client     src/index.ts (\`npm run build\` compiles it to dist/)
`);
  return mockMain(argv);
}

runMain(import.meta.url, main);
