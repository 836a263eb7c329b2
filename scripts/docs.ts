/**
 * npm run docs            render the bundled contract into docs/index.html (atomically)
 * npm run docs -- --check  render in memory; exit 1 naming docs/index.html when it is stale
 *
 * The one chain (scripts/lib/pipeline.ts) with the docs as its only target:
 * bundle, render (scripts/lib/docs.ts), then write or compare.
 */
import fs from 'node:fs';
import { ToolError } from './lib/errors.ts';
import { DOCS_INDEX, rel } from './lib/paths.ts';
import { parseFlags, reportUsage, runMain, type CommandHelp } from './lib/cli.ts';

export const HELP: CommandHelp = {
  usage: 'npm run docs [-- --check]',
  summary:
    'Render the bundled contract into docs/index.html: one file with Redoc inlined, that opens from disk and makes no outside request. Written atomically; left untouched when the contract is broken.',
  flags: { '--check': 'render in memory only; exit 1 naming docs/index.html when it is stale' },
  exitCodes: { 0: 'written, or (--check) up to date', 1: 'the contract is broken, or (--check) docs/index.html is stale', 2: 'bad command line' },
};

export async function main(argv: string[]): Promise<number> {
  let check: boolean;
  try {
    check = Boolean(parseFlags('docs', argv, { check: { type: 'boolean' } }, HELP).check);
  } catch (err) {
    return reportUsage(err);
  }
  const { runPipeline } = await import('./lib/pipeline.ts');
  let r: Awaited<ReturnType<typeof runPipeline>>;
  try {
    r = await runPipeline({ generate: false, lint: false, check });
  } catch (err) {
    if (err instanceof ToolError) {
      console.error(`docs: ${rel(DOCS_INDEX)} was left untouched.\n${err.message}`);
      return 1;
    }
    throw err;
  }
  const ms = (r.timings['total'] ?? 0).toFixed(0);
  if (r.broken !== undefined) {
    console.error(`docs: ${rel(DOCS_INDEX)} was left untouched.\n${r.broken}`);
    return 1;
  }
  if (check) {
    if (r.stale.length) {
      console.error(`docs:check: stale: ${r.stale.join(', ')}; run \`npm run docs\` and commit it`);
      return 1;
    }
    console.log(`docs:check: ${rel(DOCS_INDEX)} is up to date (${ms} ms)`);
    return 0;
  }
  console.log(`docs: ${rel(DOCS_INDEX)} ${r.written.length ? 'written' : 'unchanged'}, ${fs.statSync(DOCS_INDEX).size} bytes, in ${ms} ms`);
  return 0;
}

runMain(import.meta.url, main);
