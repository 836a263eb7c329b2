/**
 * npm run docs            render the bundled contract into docs/index.html (atomically)
 * npm run docs -- --check  render in memory; exit 1 naming docs/index.html when it is stale
 *
 * The rendering itself is scripts/lib/docs.ts (`renderDocs`), which the
 * one-process pipeline calls directly.
 */
import fs from 'node:fs';
import { bundleContract } from './lib/contract.ts';
import { DOCS_INDEX, renderDocs } from './lib/docs.ts';
import { ToolError } from './lib/errors.ts';
import { writeFileAtomic } from './lib/atomic.ts';
import { rel } from './lib/paths.ts';
import { parseFlags, reportUsage, runMain, type CommandHelp } from './lib/cli.ts';

/** The docs as the contract renders them now. */
export async function computeDocs(): Promise<string> {
  const { doc } = await bundleContract();
  return renderDocs(doc);
}

/** Why docs/index.html differs from `html`, or undefined when it is up to date. */
export function docsStaleness(html: string, file: string = DOCS_INDEX): string | undefined {
  if (!fs.existsSync(file)) return `${rel(file)} is missing`;
  return fs.readFileSync(file, 'utf8') === html ? undefined : `${rel(file)} is stale`;
}

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
  const t0 = performance.now();
  let html: string;
  try {
    html = await computeDocs();
  } catch (err) {
    if (err instanceof ToolError) {
      console.error(`docs: ${rel(DOCS_INDEX)} was left untouched.\n${err.message}`);
      return 1;
    }
    throw err;
  }
  const ms = (performance.now() - t0).toFixed(0);
  if (check) {
    const stale = docsStaleness(html);
    if (stale) {
      console.error(`docs:check: ${stale}; run \`npm run docs\` and commit it`);
      return 1;
    }
    console.log(`docs:check: ${rel(DOCS_INDEX)} is up to date (${ms} ms)`);
    return 0;
  }
  const changed = docsStaleness(html) !== undefined;
  if (changed) writeFileAtomic(DOCS_INDEX, html);
  console.log(`docs: ${rel(DOCS_INDEX)} ${changed ? 'written' : 'unchanged'}, ${Buffer.byteLength(html)} bytes, in ${ms} ms`);
  return 0;
}

runMain(import.meta.url, main);
