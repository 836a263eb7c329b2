/**
 * npm start: the main job. Lint both ways, generate every target and render
 * the docs (one process; nothing is written unless all of it succeeds), print
 * where each thing is, then run the Prism mock on 127.0.0.1 exactly as
 * `npm run mock` does (same flags: --port, --dynamic, --seed, --verbose…).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPipeline, summarizeRun } from './lib/pipeline.ts';
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
  if (!result.ok) {
    console.error(`${summarizeRun('start', result)}\nThe mock was not started.`);
    return 1;
  }
  const generated = result.targets.filter((f) => f.startsWith('generated/'));
  console.log(`${summarizeRun('pipeline', result)}

  source     ${rel(path.join(ROOT, 'openapi', 'openapi.yaml'))} (edit it; \`npm run dev\` regenerates on save)
  generated  generated/ (${generated.length} files: openapi.yaml and .json, schema.d.ts, operations.ts, validators.js, validators/<operationId>.js)
  docs       ${pathToFileURL(DOCS_INDEX).href}
  client     src/index.ts (\`npm run build\` compiles it to dist/)
`);
  return mockMain(argv);
}

runMain(import.meta.url, main);
