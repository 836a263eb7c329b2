/**
 * npm start: the main job. Lint both ways, generate every target and render
 * the docs (the one chain, as `npm run pipeline` runs it: it stops at once
 * when nothing changed since its last run; nothing is written unless all of
 * it succeeds),
 * print where each thing is, then serve the mock on 127.0.0.1 exactly as
 * `npm run mock` does (same flags: --port, --dynamic, --stateful, --seed…).
 * A bad flag or a busy port is reported before the pipeline spends its
 * seconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportUsage, runMain, type CommandHelp } from './lib/cli.ts';
import { compiledModule } from './lib/compiled.mjs';
import { MOCK_FLAGS, MOCK_USAGE_FLAGS, parseMockArgs, portProblem, type MockOptions } from './lib/mock-args.ts';
import { DOCS_DIR, GENERATED_DIR, ROOT, rel } from './lib/paths.ts';

export const HELP: CommandHelp = {
  usage: `npm start ${MOCK_USAGE_FLAGS}`,
  summary:
    'Lint the contract, generate every target and render the docs (as npm run pipeline: at once up to date when nothing changed since its last run), print where everything is, then serve the mock as npm run mock does, with the same flags. Ctrl-C stops it.',
  flags: MOCK_FLAGS,
  exitCodes: { 0: 'stopped with Ctrl-C', 1: 'the pipeline failed (lint findings or a broken contract), or the port is taken', 2: 'bad command line' },
};

export async function main(argv: string[]): Promise<number> {
  let opts: MockOptions;
  try {
    opts = parseMockArgs(argv, HELP, 'start');
  } catch (err) {
    return reportUsage(err);
  }
  const busy = await portProblem(opts, 'npm start --');
  if (busy) {
    console.error(`start: ${busy}`);
    return 1;
  }
  // The chain from its compiled build, as `npm run pipeline` runs it (scripts/lib/compiled.mjs):
  // under tsx its libraries load file by file, about twice as slow on a cold run.
  const { runPipelineUnlessFresh, summarizeRun, upToDateLine } = (await compiledModule('scripts/lib/pipeline.ts')) as typeof import('./lib/pipeline.ts');
  const result = await runPipelineUnlessFresh();
  if (!result.upToDate && !result.ok) {
    console.error(`${summarizeRun('start', result)}\nThe mock was not started.`);
    return 1;
  }
  const generated = fs.readdirSync(GENERATED_DIR, { recursive: true }).filter((f) => !fs.statSync(path.join(GENERATED_DIR, String(f))).isDirectory());
  console.log(`${result.upToDate ? upToDateLine('pipeline', result.ms) : summarizeRun('pipeline', result)}

  source     ${rel(path.join(ROOT, 'openapi', 'openapi.yaml'))} (edit it; \`npm run dev\` regenerates on save)
  generated  generated/ (${generated.length} files: openapi.yaml and .json, schema.d.ts, operations.ts, validators.js, validators/<operationId>.js)
  docs       ${pathToFileURL(path.join(DOCS_DIR, 'index.html')).href}
  client     src/index.ts (\`npm run build\` compiles it to dist/)
`);
  // Loaded now, not at start: it loads generated/ (the operation table, the
  // validators), which the pipeline above may just have rewritten.
  const { serveMock } = await import('./lib/mock.ts');
  return serveMock(opts);
}

runMain(import.meta.url, main);
